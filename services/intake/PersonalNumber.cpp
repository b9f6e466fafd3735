// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PersonalNumber.h"

#include "OrganisationNumber.h"

namespace casedesk::PersonalNumber {

namespace {

Error invalid(ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason));
}

bool allAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int digitsToInt(const QString& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text.at(i).unicode() - '0');
    return value;
}

// The calendar day a personnummer or samordningsnummer (day + 60) stands for.
QDate birthDate(int year, int month, int dayField)
{
    const int day = dayField > 60 ? dayField - 60 : dayField;
    if (day < 1)
        return {};
    return QDate(year, month, day); // invalid when the day does not exist
}

} // namespace

int checkDigit(const QString& nineDigits)
{
    if (nineDigits.size() != 9 || !allAsciiDigits(nineDigits))
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        int d = nineDigits.at(i).unicode() - '0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> normalize(const QString& input, const QDate& today)
{
    const QString text = input.trimmed();
    QString digits = text;
    QChar separator;
    const qsizetype separatorAt = text.size() - 5;
    if (separatorAt > 0) {
        const QChar c = text.at(separatorAt);
        if (c == QLatin1Char('-') || c == QLatin1Char('+')) {
            separator = c;
            digits = text.left(separatorAt) + text.mid(separatorAt + 1);
        }
    }
    if ((digits.size() != 10 && digits.size() != 12) || !allAsciiDigits(digits))
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "expected 10 or 12 digits"));

    const bool plus = separator == QLatin1Char('+');
    const QString ten = digits.right(10); // YYMMDDNNNC
    const int month = digitsToInt(ten, 2, 2);
    const int dayField = digitsToInt(ten, 4, 2);

    int year = 0;
    if (digits.size() == 12) {
        year = digitsToInt(digits, 0, 4);
    } else {
        // The most recent century that does not put the (month, day) after today, or one
        // century earlier with '+'.
        const int yy = digitsToInt(ten, 0, 2);
        const int day = dayField > 60 ? dayField - 60 : dayField;
        year = today.year() - ((today.year() - yy) % 100 + 100) % 100;
        if (year == today.year() && (month > today.month() || (month == today.month() && day > today.day())))
            year -= 100;
        if (plus)
            year -= 100;
    }

    const QDate born = birthDate(year, month, dayField);
    if (year < 1800 || !born.isValid())
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid date"));
    if (born > today)
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "birth date in the future"));
    if (plus && born.addYears(100) > today)
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "'+' is only used from the age of 100"));
    // The Tax Agency never issues birth number 000 (the three digits after the date), so such a
    // number is mistyped or made up, whatever its check digit says.
    if (ten.mid(6, 3) == QLatin1String("000"))
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "birth number 000 is never issued"));
    if (checkDigit(ten.left(9)) != ten.at(9).unicode() - '0')
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "invalid check digit"));

    return QString(QString::number(year) + ten.mid(2, 4) + QLatin1Char('-') + ten.right(4));
}

QString mask(const QString& normalized)
{
    if (normalized.size() == 13 && normalized.at(8) == QLatin1Char('-'))
        return normalized.left(9) + QStringLiteral("****");
    // An organisation's number stands where a person's does in lists and is public.
    if (normalized.size() == 11 && OrganisationNumber::normalize(normalized).ok())
        return normalized;
    return QString(normalized.size(), QLatin1Char('*'));
}

bool isCoordinationNumber(const QString& normalized)
{
    if (normalized.size() < 8 || !allAsciiDigits(normalized.mid(6, 2)))
        return false;
    return digitsToInt(normalized, 6, 2) > 60;
}

} // namespace casedesk::PersonalNumber
