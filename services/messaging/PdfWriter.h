// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casedesk {

// A small PDF 1.4 writer for text documents (decision documents) without QtGui: A4 pages,
// the standard Helvetica and Helvetica-Bold fonts in WinAnsiEncoding (Swedish letters and the
// rest of Latin-1 plus the Windows-1252 extras; other characters become '?'), word wrap by the
// font's real glyph widths, as many pages as the text needs, ( ) \ escaped in strings.
class PdfWriter
{
public:
    void setTitle(const QString& title) { m_title = title; }
    // A heading line in bold, larger.
    void addHeading(const QString& text);
    // A paragraph; '\n' starts a new line, empty lines are kept.
    void addParagraph(const QString& text);
    QByteArray render() const;

    // Width of `text` in points at `size` in Helvetica (bold or not), for word wrap and tests.
    static double textWidth(const QString& text, double size, bool bold);
    // Text to WinAnsiEncoding bytes (unknown characters as '?').
    static QByteArray toWinAnsi(const QString& text);

private:
    struct Block
    {
        QString text;
        bool heading = false;
    };
    QString m_title;
    QList<Block> m_blocks;
};

} // namespace casedesk
