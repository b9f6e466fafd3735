// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresDialect.h"

namespace casedesk {

QString PostgresDialect::qtDriver() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::qtDriverPackage() const
{
    return QStringLiteral("libqt6sql6-psql");
}

QString PostgresDialect::migrationFolder() const
{
    return QStringLiteral("postgresql");
}

QStringList PostgresDialect::sessionSetup(bool) const
{
    // timestamptz values come back in UTC, as SQLite's text does.
    return {QStringLiteral("SET TIME ZONE 'UTC'")};
}

bool PostgresDialect::isEmbedded() const
{
    return false;
}

bool PostgresDialect::hasRolesAndRowSecurity() const
{
    return true;
}

bool PostgresDialect::hasCaseFunctions() const
{
    return true;
}

bool PostgresDialect::hasChangeNotifications() const
{
    return true;
}

bool PostgresDialect::prefersKeptStatements() const
{
    return true;
}

bool PostgresDialect::locksRows() const
{
    return true;
}

bool PostgresDialect::hasLateralJoinsAndArrays() const
{
    return true;
}

QString PostgresDialect::beginWriteTransaction(bool) const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::migrationLock() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(?)");
}

QString PostgresDialect::countTablesNamed() const
{
    return QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?");
}

QVariant PostgresDialect::idListParameter(const QList<qint64>& ids) const
{
    // An array literal, "{1,2,3}", cast to bigint[] where it is used: Qt's driver binds no
    // arrays, and text of digits and commas needs no quoting.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return QString(QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}'));
}

QString PostgresDialect::inIdList(const QString& column) const
{
    return column + QStringLiteral(" = ANY (CAST(? AS bigint[]))");
}

QString PostgresDialect::inSubquery(const QString& column, const QString& subquery) const
{
    // The matches as an array, so that the rows are looked up by the column's index and only the
    // matches are sorted; as IN (subquery) the planner may instead walk a sort index and probe
    // every row, which reads the whole table when the matches are few.
    return column + QStringLiteral(" = ANY (ARRAY(") + subquery + QStringLiteral("))");
}

QString PostgresDialect::byteOrder(const QString& expression) const
{
    return expression + QStringLiteral(" COLLATE \"C\"");
}

QString PostgresDialect::databaseNow() const
{
    return QStringLiteral("now()");
}

QString PostgresDialect::secondsBeforeNow(const QString& seconds) const
{
    return QStringLiteral("now() - make_interval(secs => ") + seconds + QLatin1Char(')');
}

QString PostgresDialect::timeMinusDays(const QString& time, const QString& days) const
{
    // The session's time zone is UTC (sessionSetup), where every day has 24 hours.
    return QStringLiteral("CAST(") + time + QStringLiteral(" AS timestamptz) - make_interval(days => ") +
           days + QLatin1Char(')');
}

QString PostgresDialect::tableInIdOrder(const QString& table) const
{
    return table; // the planner walks the primary key for ORDER BY id LIMIT n by itself
}

QString PostgresDialect::forUpdateSkipLocked() const
{
    return QStringLiteral(" FOR UPDATE SKIP LOCKED");
}

QString PostgresDialect::fullTextQuery(const QStringList& words, bool wholeWords) const
{
    // A tsquery: every word, each a prefix (":*") unless whole. Words hold only letters and
    // digits, so nothing in them is tsquery syntax.
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms << (wholeWords ? word : word + QStringLiteral(":*"));
    return terms.join(QStringLiteral(" & "));
}

QString PostgresDialect::jsonRows(const QList<JsonRowColumn>& columns, const QString& alias) const
{
    QStringList definitions;
    definitions.reserve(columns.size());
    for (const JsonRowColumn& column : columns)
        definitions << QLatin1String(column.name) + QLatin1Char(' ') + QLatin1String(column.type);
    return QStringLiteral("json_to_recordset(CAST(? AS json)) AS ") + alias + QLatin1Char('(') +
           definitions.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace casedesk
