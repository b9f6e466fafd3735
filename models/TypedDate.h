// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace casedesk {

// A date as a caseworker types it, in Swedish or English, whatever the system's locale:
//   2027-01-15, 2027-1-15, 20270115          (ISO, the unambiguous form)
//   15/1 2027, 15/1, 15.1.2027, 15.1         (day first, as written in Sweden; no year: the next
//                                             such day from today on)
//   15 jan 2027, 15 januari, 15 Jan 2027     (the month's name or its abbreviation, in `locale`'s
//   Jan 15, 2027                              language or English)
//   +14                                      (days from today)
// Nothing is guessed from an impossible date (2027-02-30 is no date). nullopt when the text is
// not one of these.
std::optional<QDate> parseTypedDate(const QString& text, const QLocale& locale, const QDate& today);

} // namespace casedesk
