// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Session.h"

#include "db/Database.h"

namespace casedesk {

Session::Session(const Database& db)
    : url(db.url())
    , currentUser(db.currentUser())
{}

} // namespace casedesk
