// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseScreen.h"

namespace casedesk {

// PostgreSQL: the whole case view in one statement kept prepared, casedesk_open_case_screen
// (migration 0017): casedesk_open_case's document (the case, read and marked opened as
// CaseService::open does) with the conversation, the allowed next statuses, the person's access,
// the e-service's attachment types and message templates added, each read under the caller's
// rules. One round trip (two on a connection's first open).
Result<CaseScreen> readCaseScreenInOneStatement(const Database& db, const QString& reference,
                                                bool markOpened);

} // namespace casedesk
