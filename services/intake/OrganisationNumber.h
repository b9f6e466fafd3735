// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk {

// Swedish organisationsnummer: ten digits, the third at least 2 (a personal number's third digit
// is a month's first, 0 or 1) and the last a Luhn check digit over the other nine, as the
// personal number's. A sole trader (enskild firma) has none: it applies with the owner's personal
// number. resources/sql/postgresql/0027 checks the same in the database.
namespace OrganisationNumber {

// Accepts "NNNNNN-NNNN", ten digits, or either with the prefix "16" that some registers write.
// Returns the normalised form "NNNNNN-NNNN".
Result<QString> normalize(const QString& input);

// Ten digits without a hyphen that normalize() accepts (Navet's setting writes it so).
bool isValidTenDigits(const QString& digits);

} // namespace OrganisationNumber
} // namespace casedesk
