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
