// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SqliteDialect.h"

namespace casedesk {

namespace {

// SQLite reads a list of ids as one JSON array: "[1,2,3]".
QString jsonArray(const QList<qint64>& ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

QString SqliteDialect::qtDriver() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::qtDriverPackage() const
{
    return QStringLiteral("libqt6sql6-sqlite");
}

QString SqliteDialect::migrationFolder() const
{
    return QStringLiteral("sqlite");
}

QStringList SqliteDialect::sessionSetup(bool readOnlyFile) const
{
    // WAL: readers never block the writer. secure_delete: purged data is overwritten, not just
    // unlinked from the b-tree. auto_vacuum first: it only takes effect on a new file, before
    // WAL is set, and lets retention hand purged pages back in small steps instead of a blocking
    // VACUUM. A file we may only read gets only the settings of the connection: auto_vacuum and
    // journal_mode write to the file (or fail on it), and it is in WAL mode already if CaseDesk
    // ever wrote it.
    if (readOnlyFile)
        return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 10000")};
    return {
        QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA secure_delete = ON"),        QStringLiteral("PRAGMA busy_timeout = 10000")};
}

bool SqliteDialect::isEmbedded() const
{
    return true;
}

bool SqliteDialect::hasRolesAndRowSecurity() const
{
    return false;
}

bool SqliteDialect::hasCaseFunctions() const
{
    return false;
}

bool SqliteDialect::hasChangeNotifications() const
{
    return false;
}

bool SqliteDialect::prefersKeptStatements() const
{
    return false;
}

bool SqliteDialect::locksRows() const
{
    return false;
}

bool SqliteDialect::hasLateralJoinsAndArrays() const
{
    return false;
}

QString SqliteDialect::beginWriteTransaction(bool readOnlyFile) const
{
    // IMMEDIATE takes the write lock at once, so two writers queue on busy_timeout instead of
    // one failing when it upgrades a read lock. On a file we may only read there is no write lock
    // to take: a deferred transaction still reads one snapshot, and a write in it fails with
    // "PATH is read-only".
    return readOnlyFile ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::migrationLock() const
{
    return {}; // BEGIN IMMEDIATE already keeps every other writer out
}

QString SqliteDialect::countTablesNamed() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QVariant SqliteDialect::idListParameter(const QList<qint64>& ids) const
{
    return jsonArray(ids);
}

QString SqliteDialect::inIdList(const QString& column) const
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QString SqliteDialect::inSubquery(const QString& column, const QString& subquery) const
{
    // SQLite plans IN (subquery) as lookups by rowid.
    return column + QStringLiteral(" IN (") + subquery + QLatin1Char(')');
}

QString SqliteDialect::byteOrder(const QString& expression) const
{
    return expression; // BINARY, SQLite's default collation, is byte order
}

QString SqliteDialect::databaseNow() const
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString SqliteDialect::secondsBeforeNow(const QString& seconds) const
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (") + seconds +
           QStringLiteral(") || ' seconds')");
}

QString SqliteDialect::timeMinusDays(const QString& time, const QString& days) const
{
    // Timestamps are ISO 8601 text in UTC (toSqlTime), where every day has 24 hours.
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', ") + time + QStringLiteral(", '-' || (") + days +
           QStringLiteral(") || ' days')");
}

QString SqliteDialect::tableInIdOrder(const QString& table) const
{
    return table + QStringLiteral(" NOT INDEXED");
}

QString SqliteDialect::forUpdateSkipLocked() const
{
    return {};
}

QString SqliteDialect::fullTextQuery(const QStringList& words, bool wholeWords) const
{
    // Each word a quoted FTS5 string, with a prefix star unless whole; juxtaposed strings must
    // all match.
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms << QLatin1Char('"') + word + (wholeWords ? QStringLiteral("\"") : QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::jsonRows(const QList<JsonRowColumn>& columns, const QString& alias) const
{
    QStringList values;
    values.reserve(columns.size());
    for (const JsonRowColumn& column : columns)
        values << QStringLiteral("json_extract(value, '$.%1') AS %1").arg(QLatin1String(column.name));
    return QStringLiteral("(SELECT ") + values.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM json_each(?)) AS ") + alias;
}

} // namespace casedesk
