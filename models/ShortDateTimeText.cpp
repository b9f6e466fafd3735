// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ShortDateTimeText.h"

#include <algorithm>

namespace casedesk {

ShortDateTimeText::ShortDateTimeText(const QLocale& locale, const QString& format)
    : m_locale(locale)
    , m_format(format.isEmpty() ? locale.dateTimeFormat(QLocale::ShortFormat) : format)
{
    for (int month = 1; month <= 12; ++month)
        m_monthNames << m_locale.monthName(month, QLocale::ShortFormat);
    m_byHand = m_locale.zeroDigit() == QLatin1String("0") && compile(m_format);
}

// Reads the tokens of QLocale's format language that are numbers on a 24-hour clock (yyyy yy M
// MM d dd H HH m mm s ss) and quoted or plain literals; anything else (names, h and AP, a zone)
// makes the format QLocale's to write.
bool ShortDateTimeText::compile(const QString& format)
{
    const auto run = [&format](qsizetype at) {
        qsizetype end = at;
        while (end < format.size() && format[end] == format[at])
            ++end;
        return end - at;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype close = format.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return false;
            // '' is a quote; 'text' is text.
            m_pieces.push_back(
                {Part::Literal, close == i + 1 ? QStringLiteral("'") : format.mid(i + 1, close - i - 1)});
            i = close + 1;
            continue;
        }
        if (!c.isLetter()) {
            m_pieces.push_back({Part::Literal, QString(c)});
            ++i;
            continue;
        }
        const qsizetype n = run(i);
        Part part = Part::Literal;
        if (c == QLatin1Char('y') && n == 4)
            part = Part::Year4;
        else if (c == QLatin1Char('y') && n == 2)
            part = Part::Year2;
        else if (c == QLatin1Char('M') && n <= 2)
            part = n == 1 ? Part::Month : Part::Month2;
        else if (c == QLatin1Char('M') && n == 3)
            part = Part::MonthShortName;
        else if (c == QLatin1Char('d') && n <= 2)
            part = n == 1 ? Part::Day : Part::Day2;
        else if (c == QLatin1Char('H') && n <= 2)
            part = n == 1 ? Part::Hour : Part::Hour2;
        else if (c == QLatin1Char('m') && n <= 2)
            part = n == 1 ? Part::Minute : Part::Minute2;
        else if (c == QLatin1Char('s') && n <= 2)
            part = n == 1 ? Part::Second : Part::Second2;
        else
            return false; // names, a 12-hour clock, AM/PM, a zone: QLocale's
        m_pieces.push_back({part, QString()});
        i += n;
    }
    // The longest text the pieces can make must fit the buffer write() uses.
    qsizetype longestName = 0;
    for (const QString& month : std::as_const(m_monthNames))
        longestName = std::max(longestName, month.size());
    qsizetype longest = 0;
    for (const Piece& piece : m_pieces)
        longest += piece.part == Part::Literal          ? piece.literal.size()
                   : piece.part == Part::MonthShortName ? longestName
                                                        : 4;
    return longest <= kMaxLength;
}

QString ShortDateTimeText::write(const QDateTime& local) const
{
    if (!local.isValid())
        return {};
    if (!m_byHand)
        return m_locale.toString(local, m_format);
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < 1000 || date.year() > 9999)
        return m_locale.toString(local, m_format);
    // Written into one buffer, one allocation for the whole text.
    char16_t buffer[kMaxLength];
    qsizetype size = 0;
    const auto number = [&](int value, bool twoDigits, bool fourDigits) {
        if (fourDigits) {
            buffer[size++] = char16_t(u'0' + value / 1000);
            buffer[size++] = char16_t(u'0' + value / 100 % 10);
        }
        if (twoDigits || fourDigits || value >= 10)
            buffer[size++] = char16_t(u'0' + value / 10 % 10);
        buffer[size++] = char16_t(u'0' + value % 10);
    };
    for (const Piece& piece : m_pieces) {
        switch (piece.part) {
        case Part::Literal:
            for (const QChar c : piece.literal)
                buffer[size++] = c.unicode();
            break;
        case Part::Year4:
            number(date.year(), false, true);
            break;
        case Part::Year2:
            number(date.year() % 100, true, false);
            break;
        case Part::Month:
        case Part::Month2:
            number(date.month(), piece.part == Part::Month2, false);
            break;
        case Part::MonthShortName:
            for (const QChar c : m_monthNames.at(date.month() - 1))
                buffer[size++] = c.unicode();
            break;
        case Part::Day:
        case Part::Day2:
            number(date.day(), piece.part == Part::Day2, false);
            break;
        case Part::Hour:
        case Part::Hour2:
            number(time.hour(), piece.part == Part::Hour2, false);
            break;
        case Part::Minute:
        case Part::Minute2:
            number(time.minute(), piece.part == Part::Minute2, false);
            break;
        case Part::Second:
        case Part::Second2:
            number(time.second(), piece.part == Part::Second2, false);
            break;
        }
    }
    return QString(reinterpret_cast<const QChar*>(buffer), size);
}

} // namespace casedesk
