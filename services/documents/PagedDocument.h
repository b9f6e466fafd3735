// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace casedesk {

// A document CaseDesk prints or writes as PDF (the case, a decision): its body as rich text for
// QTextDocument, and what every page repeats. One layout for the PDF file and the printer, so a
// printed case and an exported one are the same pages.
struct PagedDocument
{
    QString title;       // the PDF's title and the left of each page's header
    QString headerRight; // e.g. the case reference
    // Printed at the top of every page when not empty, e.g. that the pages hold internal notes.
    QString marking;
    QString html;     // the body (QTextDocument's HTML subset); text in it must be escaped
    QString language; // "sv" or "en": the page numbers' words
};

// Lays out `document` for `device` and paints every page: header, marking, body, "page N of M".
// The fonts are DejaVu Sans where installed (Latin, Polish, Vietnamese, Arabic, ...), else what
// the system offers for each script; the PDF engine embeds what it uses. Safe on any thread
// while the device is used by that thread only.
void paintPagedDocument(const PagedDocument& document, QPagedPaintDevice& device);

// The document as PDF/A-1b (QPdfWriter), A4. The PDF's own dates are `createdAt`, so writing the
// same document twice with the same time gives the same bytes.
QByteArray renderPdfA(const PagedDocument& document, const QDateTime& createdAt);

} // namespace casedesk
