// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk {

enum class Dialect
{
    Sqlite,
    Postgres
};

// Where the case database lives: "sqlite:/path/file.db" or
// "postgresql://user@host:port/dbname?sslmode=require". A PostgreSQL server that is not on this
// machine (loopback address, localhost or a Unix socket) is reached with sslmode=verify-full
// unless the URL names an sslmode itself. A password may come from libpq's own
// sources (PGPASSWORD, ~/.pgpass) or the OS keychain; one written in the URL is accepted but
// never shown again (displayString() leaves it out).
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options, "key=value;key=value"

    static Result<DatabaseUrl> parse(const QString& url);
    // --db wins over CASEDESK_DB, which wins over the embedded default.
    static Result<DatabaseUrl> resolve(const QString& commandLineValue);
    static DatabaseUrl embeddedDefault();
    // A Unix socket (empty or starting with '/'), localhost, 127.0.0.0/8 or ::1.
    static bool isLocalHost(const QString& host);

    QString displayString() const;

    // An SQLite file that this process opens itself; otherwise a PostgreSQL server.
    bool isEmbedded() const { return dialect == Dialect::Sqlite; }
    // A database that several people use, each with a login of their own (PostgreSQL): what the
    // window asks before it offers user administration or a remembered password.
    bool isShared() const { return !isEmbedded(); }
    // SQLite's ":memory:": private to one connection, so nobody else can see or change it.
    bool isInMemory() const { return isEmbedded() && sqlitePath == QLatin1String(":memory:"); }
};

} // namespace casedesk
