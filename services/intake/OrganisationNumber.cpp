// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "OrganisationNumber.h"

#include "PersonalNumber.h"

#include <QRegularExpression>

namespace casedesk::OrganisationNumber {

namespace {

Error invalid(ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason));
}

} // namespace

Result<QString> normalize(const QString& input)
{
    static const QRegularExpression form(QStringLiteral("^(16)?([0-9]{6})-?([0-9]{4})$"));
    const QRegularExpressionMatch match = form.match(input.trimmed());
    if (!match.hasMatch())
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "expected 10 digits, e.g. 556677-8899"));
    const QString ten = match.captured(2) + match.captured(3);
    if (ten.at(2) < QLatin1Char('2'))
        return invalid(QT_TRANSLATE_NOOP(
            "casedesk::Errors", "the third digit must be at least 2 (this looks like a personal number)"));
    if (PersonalNumber::checkDigit(ten.left(9)) != ten.at(9).unicode() - '0')
        return invalid(QT_TRANSLATE_NOOP("casedesk::Errors", "invalid check digit"));
    return QString(ten.left(6) + QLatin1Char('-') + ten.right(4));
}

bool isValidTenDigits(const QString& digits)
{
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    return tenDigits.match(digits).hasMatch() && normalize(digits).ok();
}

} // namespace casedesk::OrganisationNumber
