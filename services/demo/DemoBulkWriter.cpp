// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoBulkWriter.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/CaseSearch.h"
#include "repositories/SettingsRepository.h"

#include <QStringList>

#include <algorithm>

namespace casedesk::demo {

namespace {

QString tableName(DemoTable table)
{
    return QString::fromLatin1(demoTableInfo(table).name);
}

// One column of rows [first, last) as a PostgreSQL array literal: {1,NULL,"text","\\x00ff"}.
QString postgresArray(const DemoRows& rows, int columns, int column, qsizetype first, qsizetype last)
{
    QString out;
    out.reserve((last - first) * 16);
    out += QLatin1Char('{');
    for (qsizetype r = first; r < last; ++r) {
        if (r > first)
            out += QLatin1Char(',');
        const QVariant& value = rows.values.at(r * columns + column);
        if (value.isNull()) {
            out += QStringLiteral("NULL");
            continue;
        }
        switch (value.metaType().id()) {
        case QMetaType::Bool:
            out += value.toBool() ? QLatin1Char('t') : QLatin1Char('f');
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
            out += QString::number(value.toLongLong());
            break;
        case QMetaType::QByteArray: // bytea in hex, its backslash escaped for the array
            out += QStringLiteral("\"\\\\x") + QString::fromLatin1(value.toByteArray().toHex()) +
                   QLatin1Char('"');
            break;
        default: {
            const QString text = value.toString();
            out += QLatin1Char('"');
            for (const QChar c : text) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    out += QLatin1Char('\\');
                out += c;
            }
            out += QLatin1Char('"');
        }
        }
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace

int demoRowsPerStatement(DemoTable table)
{
    return std::clamp(2400 / demoTableInfo(table).columnCount, 100, 500);
}

DemoBulkWriter::DemoBulkWriter(const Database& db)
    : m_db(db)
{}

DemoBulkWriter::~DemoBulkWriter()
{
    for (auto& sizes : m_statements)
        for (auto& statement : sizes)
            statement.reset();
    // Back to the connection's usual cache, and the write-ahead log into the database file.
    if (!m_sqliteCacheSize.isEmpty()) {
        m_db.exec(QStringLiteral("PRAGMA cache_size = ") + m_sqliteCacheSize).ok();
        m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok();
    }
}

void DemoBulkWriter::tuneSqlite()
{
    // A bigger page cache (256 MiB) keeps the indexes of a million cases in memory.
    auto current = m_db.exec(QStringLiteral("PRAGMA cache_size"));
    if (!current.ok() || !current->next())
        return;
    const QString old = QString::number(current->value(0).toLongLong());
    if (m_db.exec(QStringLiteral("PRAGMA cache_size = -262144")).ok())
        m_sqliteCacheSize = old;
}

Result<int> DemoBulkWriter::prepare()
{
    auto prefix =
        SettingsRepository(m_db).value(QStringLiteral("case.reference_prefix"), QStringLiteral("CD"));
    if (!prefix.ok())
        return prefix.error();
    m_prefix = *prefix;
    if (m_db.sql().isEmbedded())
        tuneSqlite();

    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    int added = 0;
    for (const DemoEServiceSpec& spec : demoCatalog()) {
        const EService& e = spec.eservice;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO eservices (id, name, functional_mailbox, retention_days, language)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
            {e.id, e.name, e.functionalMailbox,
             e.retentionDays ? QVariant(*e.retentionDays) : QVariant(QMetaType(QMetaType::Int)), e.language});
        if (!q.ok())
            return q.error();
        added += q->numRowsAffected() > 0 ? 1 : 0;
    }
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return added;
}

Result<QList<qint64>> DemoBulkWriter::reserveIds(DemoTable table, qsizetype count) const
{
    QList<qint64> ids;
    if (count == 0)
        return ids;
    ids.reserve(count);
    if (m_db.sql().isEmbedded()) {
        // The transaction holds SQLite's write lock (BEGIN IMMEDIATE): nobody else inserts meanwhile.
        auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + tableName(table));
        if (!q.ok())
            return q.error();
        const qint64 last = q->next() ? q->value(0).toLongLong() : 0;
        for (qsizetype i = 1; i <= count; ++i)
            ids.append(last + i);
        return ids;
    }
    // PostgreSQL: take the ids from the identity's sequence, as concurrent inserts do.
    auto q = m_db.exec(
        QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
            .arg(tableName(table)),
        {qint64(count)});
    if (!q.ok())
        return q.error();
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.size() != count)
        return makeError(
            ErrorCode::Internal,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the %1 sequence gave too few ids"), {tableName(table)}});
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<QStringList> DemoBulkWriter::reserveReferences(const QList<int>& years) const
{
    // Cases come in submission order, so each year's cases are one run in the batch.
    QStringList references;
    references.reserve(years.size());
    qsizetype i = 0;
    while (i < years.size()) {
        const int year = years.at(i);
        qsizetype end = i;
        while (end < years.size() && years.at(end) == year)
            ++end;
        const qint64 count = end - i;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO reference_counters (year, last_number) VALUES (?, ?)"
                           " ON CONFLICT (year) DO UPDATE SET last_number ="
                           " reference_counters.last_number + excluded.last_number RETURNING last_number"),
            {year, count});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::Internal,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "the reference counter returned nothing"));
        qint64 number = q->value(0).toLongLong() - count + 1;
        const QString stem = m_prefix + QLatin1Char('-') + QString::number(year) + QLatin1Char('-');
        for (; i < end; ++i, ++number)
            references.append(stem + QString::number(number).rightJustified(6, QLatin1Char('0')));
    }
    return references;
}

Result<QSqlQuery> DemoBulkWriter::prepareInsert(DemoTable table, qsizetype rows) const
{
    const DemoTableInfo& info = demoTableInfo(table);
    QString sql = QStringLiteral("INSERT INTO ") + QString::fromLatin1(info.name) + QStringLiteral(" (") +
                  QString::fromLatin1(info.columns) + QLatin1Char(')');
    if (!m_db.sql().isEmbedded()) {
        // One array per column, unnested into rows: the server neither parses nor plans a
        // parameter per value, which halves its work for the same rows.
        if (info.explicitId)
            sql +=
                QStringLiteral(" OVERRIDING SYSTEM VALUE"); // the ids come from the sequence, see reserveIds
        sql += QStringLiteral(" SELECT * FROM unnest(");
        const QStringList types = QString::fromLatin1(info.postgresTypes).split(QLatin1Char(','));
        for (qsizetype c = 0; c < types.size(); ++c)
            sql += (c > 0 ? QStringLiteral(", ?::") : QStringLiteral("?::")) + types.at(c) +
                   QStringLiteral("[]");
        sql += QLatin1Char(')');
        return m_db.prepare(sql);
    }
    QString row = QStringLiteral("(?");
    for (int c = 1; c < info.columnCount; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    sql += QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (qsizetype r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return m_db.prepare(sql);
}

VoidResult DemoBulkWriter::insertArrays(DemoTable table, const DemoRows& rows)
{
    const int columns = demoTableInfo(table).columnCount;
    std::unique_ptr<QSqlQuery>& statement = m_statements[std::size_t(table)][0];
    if (!statement) {
        auto prepared = prepareInsert(table, 0);
        if (!prepared.ok())
            return prepared.error();
        statement = std::make_unique<QSqlQuery>(std::move(prepared).value());
    }
    constexpr qsizetype kRowsPerStatement = 5000;
    for (qsizetype first = 0; first < rows.rowCount; first += kRowsPerStatement) {
        const qsizetype last = std::min(rows.rowCount, first + kRowsPerStatement);
        for (int c = 0; c < columns; ++c)
            statement->bindValue(c, postgresArray(rows, columns, c, first, last));
        if (!statement->exec())
            return sqlError(*statement,
                            {QT_TRANSLATE_NOOP("casedesk::Errors", "inserting demo %1"), {tableName(table)}});
    }
    return {};
}

VoidResult DemoBulkWriter::insertRows(DemoTable table, const DemoRows& rows)
{
    if (!m_db.sql().isEmbedded())
        return insertArrays(table, rows);
    // Full statements, then what is left in smaller ones: every statement is prepared once per
    // run (preparing costs SQLite time in the square of its parameters) and then only executed.
    const int columns = demoTableInfo(table).columnCount;
    const int full = demoRowsPerStatement(table);
    const std::array<int, 5> sizes{full, 64, 16, 4, 1};
    qsizetype first = 0;
    for (std::size_t s = 0; s < sizes.size(); ++s) {
        const int size = sizes.at(s);
        if (s > 0 && size >= full)
            continue;
        std::unique_ptr<QSqlQuery>& statement = m_statements[std::size_t(table)][s];
        for (; rows.rowCount - first >= size; first += size) {
            if (!statement) {
                auto prepared = prepareInsert(table, size);
                if (!prepared.ok())
                    return prepared.error();
                statement = std::make_unique<QSqlQuery>(std::move(prepared).value());
            }
            const qsizetype offset = first * columns;
            const int values = size * columns;
            for (int i = 0; i < values; ++i)
                statement->bindValue(i, rows.values.at(offset + i));
            if (!statement->exec())
                return sqlError(*statement, {QT_TRANSLATE_NOOP("casedesk::Errors", "inserting demo %1"),
                                             {tableName(table)}});
        }
    }
    return {};
}

VoidResult DemoBulkWriter::write(DemoBatch& batch)
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();

    // The search index is filled once per batch below, not row by row by the triggers.
    const SearchIndex search(m_db);
    if (auto r = search.setDeferred(true); !r.ok())
        return r;
    auto caseIds = reserveIds(DemoTable::Cases, batch.caseCount());
    if (!caseIds.ok())
        return caseIds.error();
    DemoRows& messages = batch.rows(DemoTable::Messages);
    auto messageIds = reserveIds(DemoTable::Messages, messages.rowCount);
    if (!messageIds.ok())
        return messageIds.error();
    auto references = reserveReferences(batch.years);
    if (!references.ok())
        return references.error();

    // Batch indexes become database ids.
    for (int t = 0; t < kDemoTableCount; ++t) {
        const DemoTableInfo& info = demoTableInfo(DemoTable(t));
        DemoRows& rows = batch.tables[std::size_t(t)];
        for (qsizetype r = 0; r < rows.rowCount; ++r) {
            QVariant& caseColumn = rows.values[r * info.columnCount + info.caseColumn];
            caseColumn = caseIds->at(caseColumn.toLongLong());
        }
    }
    DemoRows& cases = batch.rows(DemoTable::Cases);
    const int caseColumns = demoTableInfo(DemoTable::Cases).columnCount;
    for (qsizetype r = 0; r < cases.rowCount; ++r)
        cases.values[r * caseColumns + 1] = references->at(r);
    const int messageColumns = demoTableInfo(DemoTable::Messages).columnCount;
    for (qsizetype r = 0; r < messages.rowCount; ++r)
        messages.values[r * messageColumns] = messageIds->at(r);
    DemoRows& attachments = batch.rows(DemoTable::Attachments);
    const int attachmentColumns = demoTableInfo(DemoTable::Attachments).columnCount;
    for (qsizetype r = 0; r < attachments.rowCount; ++r) {
        QVariant& message = attachments.values[r * attachmentColumns + 1];
        if (!message.isNull())
            message = messageIds->at(message.toLongLong());
    }

    for (int t = 0; t < kDemoTableCount; ++t) {
        if (auto r = insertRows(DemoTable(t), batch.tables[std::size_t(t)]); !r.ok())
            return r;
    }
    if (auto r = search.indexNewCases(*caseIds); !r.ok())
        return r;
    if (auto r = search.setDeferred(false); !r.ok())
        return r;
    if (auto r = transaction.commit(); !r.ok())
        return r;
    if (m_firstReference.isEmpty() && !references->isEmpty())
        m_firstReference = references->constFirst();
    if (!references->isEmpty())
        m_lastReference = references->constLast();
    return {};
}

} // namespace casedesk::demo
