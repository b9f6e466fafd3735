// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DatabaseUrl.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace casedesk {

// What differs between SQLite and PostgreSQL, asked of the connection (Database::sql()) instead
// of branching on the URL's dialect in every repository: the SQL text that is spelled
// differently, and the few capabilities that decide between two ways of doing a thing. One
// object per connection, made when it opens (create()). Modelled on KMyMoney's MyMoneyDbDriver.
//
// Each method answers one question a caller asks today; the text it returns is SQL with `?`
// placeholders where it takes parameters, and never holds a value.
// One column of the rows jsonRows() reads: its name (the key in each row's JSON object) and
// the SQL type PostgreSQL reads it as (SQLite keeps the JSON value's own type).
struct JsonRowColumn
{
    const char* name;
    const char* type;
};

class SqlDialect
{
public:
    static std::unique_ptr<SqlDialect> create(Dialect dialect);
    virtual ~SqlDialect() = default;

    // --- the connection ---
    // Qt's driver ("QSQLITE", "QPSQL") and the Debian package that ships it.
    virtual QString qtDriver() const = 0;
    virtual QString qtDriverPackage() const = 0;
    // "sqlite" or "postgresql": the folder of resources/sql/ the migrations come from.
    virtual QString migrationFolder() const = 0;
    // Statements every new connection runs first. A file we may only read gets only those that
    // do not write to it.
    virtual QStringList sessionSetup(bool readOnlyFile) const = 0;

    // --- what kind of database ---
    // One file that this process opens itself (SQLite): file errors, PRAGMAs, its own
    // maintenance and bulk loading, one writer at a time. The branches on this are different
    // algorithms, not different spellings.
    virtual bool isEmbedded() const = 0;
    // Logins with roles, row-level security and column grants (PostgreSQL): personal data is read
    // through the logging functions and guarded writes go through SECURITY DEFINER functions.
    // Without them (SQLite) the one operating-system user reads and writes the tables directly.
    virtual bool hasRolesAndRowSecurity() const = 0;
    // Server functions that do a whole case change in one statement, which is its own
    // transaction with the rules in the database (one round trip instead of many).
    virtual bool hasCaseFunctions() const = 0;
    // LISTEN/NOTIFY: the database tells a listener of a commit. Without it (SQLite) a listener
    // polls PRAGMA data_version.
    virtual bool hasChangeNotifications() const = 0;
    // A statement kept prepared between runs saves round trips to a server; SQLite prepares in
    // this process, so keeping gains nothing worth its memory.
    virtual bool prefersKeptStatements() const = 0;
    // Rows can be locked one by one (SELECT ... FOR UPDATE). SQLite locks the whole database for
    // a write transaction (beginWriteTransaction) instead.
    virtual bool locksRows() const = 0;
    // A subquery in FROM may read the columns of the tables before it (LATERAL), and a subquery's
    // rows make an array (`= ANY (ARRAY(SELECT ...))`, read once per statement): PostgreSQL. One
    // statement then reads a status kind's statuses and, per status, its own range of an index.
    // Without them (SQLite) the kind's status ids are read first, in this process, no round trip.
    virtual bool hasLateralJoinsAndArrays() const = 0;

    // --- SQL text ---
    // The statement that begins a transaction that will write. `readOnlyFile`: an SQLite file we
    // may only read, where no write lock can be taken.
    virtual QString beginWriteTransaction(bool readOnlyFile) const = 0;
    // Another program upgrading the schema at the same time waits at this statement (one
    // parameter: the lock's key) until the first one commits. Empty where the write transaction
    // already excludes every other writer (SQLite).
    virtual QString migrationLock() const = 0;
    // "SELECT count(*)" of the tables in the current schema named by the one parameter.
    virtual QString countTablesNamed() const = 0;
    // A list of ids as one parameter, for inIdList() and for functions that take bigint[].
    virtual QVariant idListParameter(const QList<qint64>& ids) const = 0;
    // "<column> is one of the ids in the one parameter" (made by idListParameter): a statement of
    // the same text for any number of ids.
    virtual QString inIdList(const QString& column) const = 0;
    // "<column> is one of the values the subquery returns", in the form the planner reads as
    // lookups by that column.
    virtual QString inSubquery(const QString& column, const QString& subquery) const = 0;
    // `expression` compared in byte order whatever the database's collation, so that a prefix
    // range (>= prefix AND < next prefix) uses the column's index.
    virtual QString byteOrder(const QString& expression) const = 0;
    // The UTC time `time` (an expression, usually "?") minus `days` days (an integer
    // expression), comparable with the stored timestamps.
    virtual QString timeMinusDays(const QString& time, const QString& days) const = 0;
    // The database's own clock, as it stores times: now, and `seconds` (an integer expression,
    // usually "?") before now. For marks that desktops with different clocks compare.
    virtual QString databaseNow() const = 0;
    virtual QString secondsBeforeNow(const QString& seconds) const = 0;
    // `table` read in id order: SQLite would otherwise pick another index and sort.
    virtual QString tableInIdOrder(const QString& table) const = 0;
    // Appended to a SELECT of a row to claim: the rows another transaction holds are skipped, not
    // waited for. Empty without row locks.
    virtual QString forUpdateSkipLocked() const = 0;
    // The full-text engine's query for rows that hold every word, each as a word prefix unless
    // `wholeWords`. The words hold only letters and digits.
    virtual QString fullTextQuery(const QStringList& words, bool wholeWords) const = 0;
    // The rows of the one parameter, a JSON array of objects (one object a row, its keys the
    // columns' names), as a table named `alias` with those columns, to use after FROM:
    // `INSERT INTO t (a, b) SELECT r.a, r.b FROM <jsonRows> ` inserts any number of rows with one
    // statement of the same text (kept prepared: one round trip on PostgreSQL for all of them).
    // A JSON null is NULL; a JSON string is text (PostgreSQL casts it to the column's type).
    virtual QString jsonRows(const QList<JsonRowColumn>& columns, const QString& alias) const = 0;
};

} // namespace casedesk
