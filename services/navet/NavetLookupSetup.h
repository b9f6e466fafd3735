// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetClient.h"
#include "core/Result.h"

namespace casedesk {

class Database;

// Everything before a lookup, in the order it is checked: the caller may ask Navet (the
// background service, administrators and the database owner; on SQLite the one user), Navet is
// configured (NavetSettings::load), the certificate's password is in the environment and opens
// the PKCS#12 file (NavetTls). The certificate is the organisation's, so a caseworker never
// gets this far: PermissionDenied before any setting or file is read.
Result<NavetEndpoint> prepareNavetLookup(const Database& db);

// The same check alone, for a caller that holds an endpoint already.
VoidResult requireNavetLookupRight(const Database& db);

} // namespace casedesk
