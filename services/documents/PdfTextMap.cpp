// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PdfTextMap.h"

#include <QList>

#include <QString>
#include <algorithm>

namespace casedesk {

namespace {

bool isPresentationForm(uint code)
{
    return (code >= 0xFB50 && code <= 0xFDFF) || (code >= 0xFE70 && code <= 0xFEFF);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// "<XXXX>" tokens from `from` on with each presentation form replaced by the UTF-16 of its letters.
QByteArray remapTokens(const QByteArray& text, qsizetype from)
{
    QByteArray out = text.left(from);
    qsizetype i = from;
    while (i < text.size()) {
        if (text[i] == '<' && i + 5 < text.size() && text[i + 5] == '>') {
            uint code = 0;
            bool hex = true;
            for (int k = 1; k <= 4 && hex; ++k) {
                const int v = hexValue(text[i + k]);
                hex = v >= 0;
                code = code * 16 + uint(v);
            }
            if (hex && isPresentationForm(code)) {
                QString letters = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
                std::reverse(letters.begin(), letters.end());
                out += '<';
                for (const QChar c : std::as_const(letters))
                    out += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
                out += '>';
                i += 6;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

// The map with its glyphs' text remapped, line by line as Qt writes it (QFontSubset):
// "<first> <last> [<text> <text> ...]" maps each glyph on its own, and so does
// "<glyph> <glyph> <text>"; a linear range "<first> <last> <text>" counts its text up from
// one code and is left as it is. Glyph ids never reach the presentation forms' codes: a
// subset has far fewer glyphs.
QByteArray remapCMap(const QByteArray& cmap)
{
    QList<QByteArray> lines = cmap.split('\n');
    for (QByteArray& line : lines) {
        const qsizetype bracket = line.indexOf('[');
        if (bracket >= 0) {
            line = remapTokens(line, bracket);
            continue;
        }
        const QList<QByteArray> tokens = line.split(' ');
        if (tokens.size() == 3 && tokens[0].startsWith('<') && tokens[0] == tokens[1])
            line = remapTokens(line, tokens[0].size() + tokens[1].size() + 2);
    }
    return lines.join('\n');
}

struct Edit
{
    qsizetype at = 0;    // where in the old file
    qsizetype delta = 0; // how many bytes longer from there on
};

// The old offset moved by every edit before it.
qsizetype moved(qsizetype offset, const QList<Edit>& edits)
{
    qsizetype result = offset;
    for (const Edit& e : edits)
        if (e.at < offset)
            result += e.delta;
    return result;
}

} // namespace

void mapPresentationFormsToLetters(QByteArray& pdf)
{
    // Qt writes each ToUnicode map as "<< /Length N >>\nstream\n<map>\nendstream", uncompressed.
    const QByteArray lengthKey = QByteArrayLiteral("<< /Length ");
    const QByteArray streamStart = QByteArrayLiteral(" >>\nstream\n");
    const QByteArray streamEnd = QByteArrayLiteral("endstream");
    QByteArray out;
    out.reserve(pdf.size() + 256);
    QList<Edit> edits;
    qsizetype copied = 0;
    for (qsizetype map = pdf.indexOf("begincmap"); map >= 0; map = pdf.indexOf("begincmap", map + 1)) {
        const qsizetype key = pdf.lastIndexOf(lengthKey, map);
        const qsizetype start = key < 0 ? -1 : pdf.indexOf(streamStart, key);
        if (key < copied || start < 0 || start > map)
            continue;
        const qsizetype dataStart = start + streamStart.size();
        bool ok = false;
        const qsizetype length =
            pdf.mid(key + lengthKey.size(), start - key - lengthKey.size()).toLongLong(&ok);
        if (!ok || dataStart + length > pdf.size() || pdf.indexOf(streamEnd, dataStart + length) < 0)
            continue;
        const QByteArray remapped = remapCMap(pdf.mid(dataStart, length));
        if (remapped.size() == length && remapped == pdf.mid(dataStart, length))
            continue;
        const QByteArray newLength = QByteArray::number(remapped.size());
        out += pdf.mid(copied, key + lengthKey.size() - copied);
        out += newLength;
        out += streamStart;
        out += remapped;
        edits.append({key + lengthKey.size(), newLength.size() - (start - key - lengthKey.size())});
        edits.append({dataStart, remapped.size() - length});
        copied = dataStart + length;
    }
    if (edits.isEmpty())
        return;
    out += pdf.mid(copied);

    // The cross-reference table: "xref\n0 N\n" then N entries of "OOOOOOOOOO GGGGG n \n" (20 bytes),
    // and "startxref\nOFFSET" at the end. Every offset moves by the edits before it.
    const qsizetype xref = out.lastIndexOf("\nxref\n");
    const qsizetype startxref = out.lastIndexOf("startxref\n");
    if (xref < 0 || startxref < 0)
        return; // not the layout Qt writes: better the old text map than a broken file
    const qsizetype header = out.indexOf('\n', xref + 6);
    const QList<QByteArray> range = out.mid(xref + 6, header - xref - 6).split(' ');
    const int count = range.size() == 2 ? range[1].toInt() : 0;
    for (int n = 0; n < count; ++n) {
        const qsizetype entry = header + 1 + qsizetype(n) * 20;
        if (entry + 20 > out.size() || out[entry + 17] != 'n')
            continue;
        const qsizetype old = out.mid(entry, 10).toLongLong();
        out.replace(entry, 10, QByteArray::number(moved(old, edits)).rightJustified(10, '0'));
    }
    const qsizetype numberStart = startxref + 10;
    qsizetype numberEnd = numberStart;
    while (numberEnd < out.size() && out[numberEnd] >= '0' && out[numberEnd] <= '9')
        ++numberEnd;
    const qsizetype oldXref = out.mid(numberStart, numberEnd - numberStart).toLongLong();
    out.replace(numberStart, numberEnd - numberStart, QByteArray::number(moved(oldXref, edits)));
    pdf = out;
}

} // namespace casedesk
