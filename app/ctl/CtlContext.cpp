// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlContext.h"

#include "db/Migrator.h"

#include <cstdio>

namespace casedesk::ctl {

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return ExitInvalidInput;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::PermissionDenied:
        return ExitPermission;
    case ErrorCode::Unavailable:
    case ErrorCode::Internal:
        return ExitRuntime;
    }
    return ExitRuntime;
}

int mostSerious(int a, int b)
{
    // The one severity order of every command, documented in --help and the README.
    const auto rank = [](int status) {
        switch (status) {
        case ExitOk:
            return 0;
        case ExitInvalidInput:
            return 1;
        case ExitConflict:
            return 2;
        case ExitPermission:
            return 3;
        case ExitRuntime:
            return 4;
        case ExitUsage:
            return 5;
        }
        return 4; // an unknown status counts as a runtime error
    };
    return rank(b) > rank(a) ? b : a;
}

CtlContext::CtlContext(QStringList arguments, QString databaseUrl)
    : m_arguments(std::move(arguments))
    , m_databaseUrl(std::move(databaseUrl))
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Result<Database*> CtlContext::database()
{
    return open(OpenMode::ExistingOnly, /*requireCurrentSchema=*/true);
}

Result<Database*> CtlContext::databaseToCreateOrUpgrade()
{
    return open(OpenMode::CreateIfMissing, /*requireCurrentSchema=*/false);
}

Result<Database*> CtlContext::open(OpenMode mode, bool requireCurrentSchema)
{
    if (m_database)
        return m_database.get();
    auto url = DatabaseUrl::resolve(m_databaseUrl);
    if (!url.ok())
        return url.error();
    auto db = Database::open(*url, mode);
    if (!db.ok())
        return db.error();
    if (requireCurrentSchema) {
        if (auto r = Migrator(**db).requireCurrent(); !r.ok())
            return r.error();
    }
    m_database = std::move(db).value();
    return m_database.get();
}

int CtlContext::fail(const Error& error)
{
    // In the language of the system (LANG, LC_MESSAGES), with the field's path for scripts.
    m_err << "casedeskctl: " << error.explainWithPath() << Qt::endl;
    return exitCodeFor(error);
}

int CtlContext::usage(const QString& message)
{
    m_err << "casedeskctl: " << message << "\nTry 'casedeskctl --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace casedesk::ctl
