// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "db/Database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace casedesk::ctl {

// Exit statuses of casedeskctl, part of its scripting contract.
enum ExitCode
{
    ExitOk = 0,
    ExitRuntime = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitConflict = 4,
    ExitPermission = 5,
};

int exitCodeFor(const Error& error);

// The more serious of two exit statuses, for a command that handles many items and reports the
// worst: 1 runtime error > 5 permission denied > 4 conflict > 3 invalid input > 0 ok. A runtime
// error (the database gone) outranks everything, because what was not done may be fine input.
// Usage (2) stops a command before it does any work, so it never meets another status.
int mostSerious(int a, int b);

// What every command gets: its arguments (command name first), the database URL from --db or
// CASEDESK_DB, and the two output streams.
class CtlContext
{
public:
    CtlContext(QStringList arguments, QString databaseUrl);

    const QStringList& arguments() const { return m_arguments; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the database and checks that its schema is the one this program knows. An SQLite
    // file must exist: nothing is created, not even its folder.
    Result<Database*> database();
    // For init only: an SQLite file that is missing is created (0600, in 0700 folders), and an
    // empty or older schema is fine.
    Result<Database*> databaseToCreateOrUpgrade();

    // Prints "casedeskctl: message" (or "field: message") and returns the exit code.
    int fail(const Error& error);
    int usage(const QString& message);

private:
    QStringList m_arguments;
    QString m_databaseUrl;
    QTextStream m_out;
    QTextStream m_err;
    Result<Database*> open(OpenMode mode, bool requireCurrentSchema);

    std::unique_ptr<Database> m_database;
};

} // namespace casedesk::ctl
