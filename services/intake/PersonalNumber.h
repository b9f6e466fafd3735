// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace casedesk {

// Swedish personnummer and samordningsnummer (day + 60).
namespace PersonalNumber {

// Accepts 10 or 12 digits with "-", "+" (100 years or older) or no separator; checks the date
// and the Luhn check digit, and refuses birth number 000 (never issued). Returns the normalised form
// "YYYYMMDD-XXXX". `today` decides the century of 10-digit numbers.
Result<QString> normalize(const QString& input, const QDate& today = QDate::currentDate());

// "YYYYMMDD-XXXX" -> "YYYYMMDD-****" for lists and anybody without the right to see more. An
// organisation number ("NNNNNN-NNNN", public) comes back whole; anything else as asterisks.
QString mask(const QString& normalized);

bool isCoordinationNumber(const QString& normalized);

// The Luhn check digit for nine digits (YYMMDDNNN), for tests and demo data.
int checkDigit(const QString& nineDigits);

} // namespace PersonalNumber
} // namespace casedesk
