// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SafeFileName.h"

#include <QStringList>

namespace casedesk {

namespace {

constexpr qsizetype MaxLength = 180;
constexpr qsizetype MaxExtensionLength = 16; // ".pdf", ".docx"; longer is not an extension

bool isRemoved(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    // Control and format characters: C0/C1 controls, zero-width characters and the bidi
    // overrides that make "gpj.exe" read as "exe.jpg".
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
           category == QChar::Other_Surrogate;
}

bool isReplaced(char32_t c)
{
    switch (c) {
    case U'<':
    case U'>':
    case U':':
    case U'"':
    case U'|':
    case U'?':
    case U'*':
        return true;
    default:
        return false;
    }
}

bool isTrimmed(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(' ') || c.isSpace();
}

QString trimDotsAndSpaces(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isTrimmed(text.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with superscript digits): Windows treats them as
// devices whatever extension follows.
bool isReservedDeviceName(const QString& name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed{QStringLiteral("CON"),    QStringLiteral("PRN"),
                                   QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                   QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(stem))
        return true;
    if (stem.size() == 4 &&
        (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar last = stem.at(3);
        return (last >= QLatin1Char('0') && last <= QLatin1Char('9')) || last == QChar(0x00B9) ||
               last == QChar(0x00B2) || last == QChar(0x00B3);
    }
    return false;
}

// Cuts `text` to at most `length` UTF-16 units without splitting a surrogate pair.
QString cut(const QString& text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

} // namespace

QString safeFileName(const QString& untrusted)
{
    QString name = untrusted.normalized(QString::NormalizationForm_C);

    // Only the last path component, whichever separator the sender's system used.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);

    QString cleaned;
    cleaned.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (isRemoved(c))
            continue;
        if (isReplaced(c)) {
            cleaned.append(QLatin1Char('_'));
            continue;
        }
        cleaned.append(QString::fromUcs4(&c, 1));
    }
    name = trimDotsAndSpaces(cleaned);
    if (name.isEmpty())
        return QStringLiteral("bilaga");
    if (isReservedDeviceName(name))
        name.prepend(QLatin1Char('_'));

    if (name.size() > MaxLength) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        QString extension;
        if (dot > 0 && name.size() - dot <= MaxExtensionLength)
            extension = name.mid(dot);
        QString stem =
            trimDotsAndSpaces(cut(name.left(name.size() - extension.size()), MaxLength - extension.size()));
        if (stem.isEmpty())
            stem = QStringLiteral("bilaga");
        name = stem + extension;
    }
    return name;
}

} // namespace casedesk
