// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PdfWriter.h"

#include <QHash>

#include <cmath>

namespace casedesk {

namespace {

// A4 in points, 20 mm margins.
constexpr double PageWidth = 595.28;
constexpr double PageHeight = 841.89;
constexpr double Margin = 56.69;
constexpr double BodySize = 11;
constexpr double BodyLeading = 15;
constexpr double HeadingSize = 16;
constexpr double HeadingLeading = 24;

// Glyph widths (1/1000 em) of Helvetica and Helvetica-Bold for the printable ASCII range,
// from Adobe's AFM files of the standard 14 fonts.
constexpr short HelveticaAscii[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
constexpr short HelveticaBoldAscii[95] = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

// WinAnsiEncoding bytes 0x80-0x9F (0 where the code is unused).
constexpr char16_t WinAnsiHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
// Widths of those and of Latin-1 0xA0-0xBF (Helvetica; the bold cut differs little here).
constexpr short WinAnsiHighWidths[32] = {556, 0,    222, 556,  333, 1000, 556, 556, 333, 1000, 667,
                                         333, 1000, 0,   611,  0,   0,    222, 222, 333, 333,  350,
                                         556, 1000, 333, 1000, 500, 333,  944, 0,   500, 667};
constexpr short Latin1SymbolWidths[32] = {278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370,
                                          556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556,
                                          537, 278, 333, 333, 365, 556, 834, 834, 834, 611};

char encodeChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t')
        return ' ';
    if (u >= 0x20 && u < 0x7F)
        return char(u);
    if (u >= 0xA0 && u <= 0xFF)
        return char(u);
    for (int i = 0; i < 32; ++i)
        if (WinAnsiHigh[i] != 0 && WinAnsiHigh[i] == u)
            return char(0x80 + i);
    return '?';
}

double byteWidth(unsigned char b, bool bold)
{
    if (b >= 0x20 && b < 0x7F)
        return (bold ? HelveticaBoldAscii : HelveticaAscii)[b - 0x20];
    if (b >= 0x80 && b < 0xA0)
        return WinAnsiHighWidths[b - 0x80];
    if (b >= 0xA0 && b < 0xC0)
        return Latin1SymbolWidths[b - 0xA0];
    switch (b) {
    case 0xC6:
        return 1000; // AE
    case 0xD7:
        return 584; // multiply
    case 0xD8:
        return 778; // O slash
    case 0xDE:
        return 667; // Thorn
    case 0xDF:
        return 611; // germandbls
    case 0xE6:
        return 889; // ae
    case 0xF0:
        return 556; // eth
    case 0xF7:
        return 584; // divide
    case 0xF8:
        return 611; // o slash
    case 0xFE:
        return 556; // thorn
    default:
        break;
    }
    if (b >= 0xEC && b <= 0xEF)
        return 278; // i with accents: the dotless i is wider than i
    if (b >= 0xC0) {
        // Accented letters are as wide as their base letter in Helvetica (å as a, Ö as O).
        static constexpr char Base[] = "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
        const char base = Base[b - 0xC0];
        if (base != '?')
            return (bold ? HelveticaBoldAscii : HelveticaAscii)[base - 0x20];
    }
    return 556;
}

double bytesWidth(const QByteArray& bytes, double size, bool bold)
{
    double units = 0;
    for (char c : bytes)
        units += byteWidth(static_cast<unsigned char>(c), bold);
    return units * size / 1000.0;
}

QByteArray escapeString(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 8);
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(std::round(value * 100) / 100, 'f', 2);
}

// Breaks one paragraph line into lines no wider than `width`; a word too long for a line is
// cut between characters.
QList<QByteArray> wrap(const QByteArray& line, double size, bool bold, double width)
{
    QList<QByteArray> lines;
    QByteArray current;
    const QList<QByteArray> words = line.split(' ');
    for (QByteArray word : words) {
        const QByteArray candidate = current.isEmpty() ? word : current + ' ' + word;
        if (bytesWidth(candidate, size, bold) <= width) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty()) {
            lines << current;
            current.clear();
        }
        while (bytesWidth(word, size, bold) > width) {
            qsizetype fit = 1;
            while (fit < word.size() && bytesWidth(word.left(fit + 1), size, bold) <= width)
                ++fit;
            lines << word.left(fit);
            word = word.mid(fit);
        }
        current = word;
    }
    lines << current;
    return lines;
}

QByteArray utf16Hex(const QString& text)
{
    QByteArray out = "<FEFF";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

} // namespace

void PdfWriter::addHeading(const QString& text)
{
    m_blocks.append({text, true});
}

void PdfWriter::addParagraph(const QString& text)
{
    m_blocks.append({text, false});
}

QByteArray PdfWriter::toWinAnsi(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text)
        out += encodeChar(c);
    return out;
}

double PdfWriter::textWidth(const QString& text, double size, bool bold)
{
    return bytesWidth(toWinAnsi(text), size, bold);
}

QByteArray PdfWriter::render() const
{
    // Lay out: a list of pages, each a content stream.
    QList<QByteArray> pages;
    QByteArray content;
    double y = PageHeight - Margin;
    const double usable = PageWidth - 2 * Margin;
    const auto emitLine = [&](const QByteArray& bytes, bool heading) {
        const double leading = heading ? HeadingLeading : BodyLeading;
        const double size = heading ? HeadingSize : BodySize;
        if (y - leading < Margin) {
            pages << content;
            content.clear();
            y = PageHeight - Margin;
        }
        y -= leading;
        if (bytes.isEmpty())
            return;
        content += "BT /" + QByteArray(heading ? "F2 " : "F1 ") + number(size) + " Tf " + number(Margin) +
                   ' ' + number(y) + " Td (" + escapeString(bytes) + ") Tj ET\n";
    };
    for (const Block& block : m_blocks) {
        QString text = block.text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        const double size = block.heading ? HeadingSize : BodySize;
        for (const QString& line : text.split(QLatin1Char('\n')))
            for (const QByteArray& wrapped : wrap(toWinAnsi(line), size, block.heading, usable))
                emitLine(wrapped, block.heading);
        if (!block.heading)
            emitLine(QByteArray(), false); // space after a paragraph
    }
    pages << content;

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then page + content pairs.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) +
                   " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + utf16Hex(m_title) + " /Producer (CaseDesk) >>";
    for (qsizetype i = 0; i < pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(PageWidth) + ' ' +
                       number(PageHeight) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(7 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" + pages.at(i) +
                       "\nendstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace casedesk
