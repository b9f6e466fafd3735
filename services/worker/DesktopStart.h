#pragma once

#include "Session.h"
#include "core/Result.h"
#include "db/DatabaseUrl.h"

namespace casedesk {

// The desktop program's start, before its window exists, so that the window never holds a
// connection of its own: opens the database (making the embedded file when it is missing),
// creates or upgrades the embedded schema, or checks that a shared one is current (its
// administrator upgrades it with 'casedeskctl init'), and fills in demo data when asked and the
// database is empty or a demo run was left unfinished. The connection closes again; the window
// reads through the DatabaseWorker and gets the session (URL, who is acting).
Result<Session> prepareDesktopDatabase(const DatabaseUrl& url, bool fillDemo);

} // namespace casedesk
