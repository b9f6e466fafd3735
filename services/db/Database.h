// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DatabaseUrl.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "SqliteFileAccess.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace casedesk {

class SqliteFileWatch;

// The result of a kept statement (Database::run): reads like the QSqlQuery it wraps, and
// finishes it when it goes, so that the next run of the same SQL can reuse the statement.
class KeptQuery
{
public:
    explicit KeptQuery(QSqlQuery* query)
        : m_query(query)
    {}
    KeptQuery(KeptQuery&& other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
    {}
    KeptQuery& operator=(KeptQuery&&) = delete;
    KeptQuery(const KeptQuery&) = delete;
    ~KeptQuery()
    {
        if (m_query)
            m_query->finish();
    }

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& name) const { return m_query->value(name); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery& query() const { return *m_query; }

private:
    QSqlQuery* m_query;
};

// One open connection to the case database. Qt's rule applies: a connection belongs to the
// thread that opened it, so every thread opens its own Database.
class Database
{
public:
    // `mode` matters for SQLite only: every program that does not make databases passes
    // ExistingOnly (CreateIfMissing stays the default for tests and tools that make their own).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // Which database: for tests and for what a person is told. Code that writes SQL asks sql().
    Dialect dialect() const { return m_url.dialect; }
    // How this database spells what differs, and what it can do (see SqlDialect).
    const SqlDialect& sql() const { return *m_sql; }
    const DatabaseUrl& url() const { return m_url; }
    // Who is acting: the PostgreSQL login role, or the operating-system user on SQLite.
    const QString& currentUser() const { return m_currentUser; }

    // Prepares, binds positionally and runs one statement. Bound values are never logged.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& params = {}) const;
    // Prepares once for many runs (bulk inserts).
    Result<QSqlQuery> prepare(const QString& sql) const;
    VoidResult execPrepared(QSqlQuery& query, const QVariantList& params) const;

    // Runs one statement that stays prepared on this connection for the next call with the same
    // SQL. On PostgreSQL Qt's driver sends every parameterised statement as PREPARE, EXECUTE and
    // DEALLOCATE, three round trips; a kept statement costs one EXECUTE after its first run. Read
    // the result, then finish() it, before the next call with the same SQL (it reuses the query).
    Result<QSqlQuery*> execKept(const QString& sql, const QVariantList& params) const;
    // execKept with its result finished when the KeptQuery goes: for statements a connection
    // runs again and again (intake's inserts), one round trip on PostgreSQL instead of three.
    Result<KeptQuery> run(const QString& sql, const QVariantList& params = {}) const;

    // Runs a script of several statements (migrations).
    VoidResult execScript(const QString& script) const;

    bool isOpen() const;
    // An SQLite file we may only read: reads work, every write fails with "PATH is read-only".
    bool isReadOnly() const { return m_readOnly; }
    // An SQLite file opened read-only because its disk was too full even to read it the usual
    // way: every write fails with "disk full".
    bool isOnFullDisk() const { return m_onFullDisk; }
    // Is the server still there? A cheap round trip.
    VoidResult ping() const;
    // Closes and opens the connection again, e.g. after the server restarted. Refused once the
    // embedded database's files were lost (filesLost()): only a new process is safe then.
    VoidResult reconnect();

    // SQLite: are the database file and its -wal and -shm on disk still the ones this process
    // holds (see SqliteFileWatch)? Unavailable, naming the file, once they are not; every
    // write transaction and ping() ask first. Always fine on PostgreSQL.
    VoidResult checkFilesOnDisk() const;
    bool filesLost() const;

private:
    explicit Database(DatabaseUrl url, QString connectionName);
    VoidResult configure();
    Error statementError(const QSqlQuery& query, const ErrorText& what) const;

    DatabaseUrl m_url;
    std::unique_ptr<SqlDialect> m_sql;
    QString m_connectionName;
    QString m_currentUser;
    bool m_readOnly = false;
    bool m_onFullDisk = false;
    std::unique_ptr<SqliteFileWatch> m_fileWatch; // SQLite files only
    // PostgreSQL: closes the connection and lets its driver go before the kept statements, so
    // that Qt sends no DEALLOCATE for them (the server drops a session's statements with it, and
    // on a lost connection each DEALLOCATE would only fail and log "Unable to free statement").
    // `replacement`: the name of a copy of the connection's settings to carry on with, or empty.
    void closeDroppingKept(const QString& replacement);

    // execKept's statements; dropped before the connection closes or reconnects.
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_kept;
    // Kept statements of a connection found lost, held until the connection closes or is made
    // again: destroyed now, Qt's driver would try to DEALLOCATE them on the dead connection.
    mutable std::vector<std::unique_ptr<QSqlQuery>> m_keptOfLostConnection;
};

// Maps a failed statement onto our error codes: unique violations are conflicts, missing
// privileges are permission errors, lost connections make the database unavailable.
Error sqlError(const QSqlQuery& query, const ErrorText& what);
// The same for a statement's error reported some other way than by its query (a PL/pgSQL block
// that caught it, casedesk_intake_submission); `connectionLost` when the connection is gone.
Error sqlError(const QSqlError& error, bool connectionLost, const ErrorText& what);

// Splits a migration script into statements: on ';' at the end of a line, except inside
// dollar-quoted bodies (PostgreSQL functions) and BEGIN...END blocks (SQLite triggers).
QStringList splitSqlScript(const QString& script);

} // namespace casedesk
