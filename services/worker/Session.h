// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/DatabaseUrl.h"

#include <QString>

namespace casedesk {

class Database;

// What the window knows of its database without holding a connection: where it is (for the
// status bar and the live-update listener) and who is acting (for "Me", "Take case" and
// templates). Queries go through the DatabaseWorker, never through this.
struct Session
{
    Session() = default;
    Session(DatabaseUrl url, QString currentUser)
        : url(std::move(url))
        , currentUser(std::move(currentUser))
    {}
    // The session of an open connection (the desktop start's, prepareDatabase, or a test's).
    Session(const Database& db); // NOLINT(google-explicit-constructor): a connection is its session

    DatabaseUrl url;
    QString currentUser;
};

} // namespace casedesk
