// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <optional>

namespace casedesk {

class Database;

// PostgreSQL: a status change and an assignment as one statement (casedesk_change_status and
// casedesk_assign_case, migration 0013), kept prepared and run outside a transaction, so that the
// statement is its own transaction: one round trip, two on a connection's first change. The
// database does what CaseWork does on SQLite, as the caller (row-level security and the write
// guards apply), and answers a refusal with the same codes and texts: NotFound (field
// "reference"), PermissionDenied, Conflict naming the last change, InvalidInput (field "status").
// Returns the case as it is after the change.
Result<CaseSummary> changeStatusInOneStatement(const Database& db, const QString& reference,
                                               const QString& statusId, std::optional<int> expectedVersion,
                                               const QString& note);
Result<CaseSummary> assignInOneStatement(const Database& db, const QString& reference,
                                         const QString& assignee, std::optional<int> expectedVersion);

} // namespace casedesk
