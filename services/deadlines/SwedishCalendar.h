// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>

namespace casedesk {

// Swedish working days: Monday to Friday that are not public holidays or the days treated as
// such (Midsummer Eve, Christmas Eve, New Year's Eve). The holidays are computed, the moving
// ones from Easter (Good Friday, Easter Monday, Ascension Day) and from their rule (Midsummer
// Eve is the Friday between 19 and 25 June), so the calendar holds for any year.
//
// PostgreSQL computes the same in SQL (casedesk_is_swedish_working_day, migration 0031); a test
// compares the two day by day over decades.
namespace SwedishCalendar {

// Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher).
QDate easterSunday(int year);
bool isWorkingDay(const QDate& day);
// The day `days` working days after `from` (`from` itself never counts): 2 working days after a
// Friday is the Tuesday. 0 gives `from`.
QDate addWorkingDays(const QDate& from, int days);

} // namespace SwedishCalendar

} // namespace casedesk
