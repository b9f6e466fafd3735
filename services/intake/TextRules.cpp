// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TextRules.h"

#include <QStringList>

namespace casedesk {

namespace {

enum class Lines
{
    Single,
    Multi
};

bool isRefused(char32_t c, Lines lines)
{
    if (lines == Lines::Multi && (c == U'\t' || c == U'\n' || c == U'\r'))
        return false;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Other_Surrogate)
        return true; // C0, DEL, C1; unpaired surrogates
    if (c == 0xFFFE || c == 0xFFFF)
        return true; // non-characters
    if (lines == Lines::Single) {
        // Line and paragraph separators, and the bidi embeddings, overrides and isolates
        // that can make a name or an id read differently from what it is.
        if (c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return true;
    }
    return false;
}

VoidResult check(const QString& text, const QString& fieldPath, int maxLength, Lines lines)
{
    qsizetype characters = 0;
    for (const char32_t c : text.toUcs4()) {
        if (isRefused(c, lines))
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "contains control characters"), fieldPath);
        ++characters;
    }
    // Lone surrogates come out of toUcs4() as U+FFFD; catch them on the UTF-16 side.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()))
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "contains control characters"), fieldPath);
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "contains control characters"), fieldPath);
    }
    if (characters > maxLength) {
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "longer than %1 characters"), {maxLength}},
                         fieldPath);
    }
    return {};
}

bool isAtext(QChar c)
{
    // RFC 5322 atext plus '.', and any non-ASCII letter (RFC 6531).
    if (c.unicode() > 0x7F)
        return c.isLetterOrNumber() || c.isMark();
    if (c.isLetterOrNumber())
        return true;
    return QStringLiteral("!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool isDomainLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || (c.unicode() > 0x7F && c.isMark())))
            return false;
    }
    return true;
}

} // namespace

VoidResult checkSingleLine(const QString& text, const QString& fieldPath, int maxLength)
{
    return check(text, fieldPath, maxLength, Lines::Single);
}

VoidResult checkMultiLine(const QString& text, const QString& fieldPath, int maxLength)
{
    return check(text, fieldPath, maxLength, Lines::Multi);
}

VoidResult checkEmail(const QString& text, const QString& fieldPath)
{
    if (text.isEmpty())
        return {};
    const Error invalid =
        makeError(ErrorCode::InvalidInput,
                  QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid e-mail address"), fieldPath);
    if (text.size() > 254 || text.count(QLatin1Char('@')) != 1)
        return invalid;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.isEmpty() || local.size() > 64 || local.startsWith(QLatin1Char('.')) ||
        local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return invalid;
    for (const QChar c : local) {
        if (!isAtext(c))
            return invalid;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return invalid;
    for (const QString& label : labels) {
        if (!isDomainLabel(label))
            return invalid;
    }
    return {};
}

} // namespace casedesk
