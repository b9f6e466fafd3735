// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RetentionRepository.h"

#include "db/Database.h"
#include "repositories/ArchiveExportRepository.h"

#include <QSqlRecord>

namespace casedesk {

namespace {

// "?, ?, ?": one placeholder per value, so that ids are bound, never pasted into the SQL.
QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// The tables a purge_log row counts, with the member each count goes to. The names are
// constants of this file, never input.
struct CountedTable
{
    const char* table;
    int PurgeCounts::*member;
};

constexpr CountedTable kCountedTables[] = {
    {"form_fields", &PurgeCounts::fields},    {"attachments", &PurgeCounts::attachments},
    {"messages", &PurgeCounts::messages},     {"notes", &PurgeCounts::notes},
    {"signatures", &PurgeCounts::signatures}, {"case_events", &PurgeCounts::events},
    {"mail_outbox", &PurgeCounts::mails},
};

constexpr int kLogRowsPerInsert = 25; // 275 placeholders a statement

} // namespace

QString RetentionRepository::duePredicate(bool archivedFirst) const
{
    // Day arithmetic in UTC, where every day has 24 hours. The one parameter is `now`.
    const QString cutoff = m_db.sql().timeMinusDays(QStringLiteral("?"), QStringLiteral("e.retention_days"));
    // An e-service archived before purge keeps its cases until they were exported since their
    // last closing (0038); the database's delete guard says the same.
    const QString archived = archivedFirst
                                 ? QStringLiteral(" AND (NOT e.archive_before_purge OR ") +
                                       ArchiveExportRepository::archivedCondition(m_db) + QLatin1Char(')')
                                 : QString();
    return QStringLiteral("cases.closed_at IS NOT NULL"
                          " AND cases.status_id IN (SELECT s.id FROM statuses s WHERE s.kind = 'closed')"
                          " AND EXISTS (SELECT 1 FROM eservices e WHERE e.id = cases.eservice_id"
                          " AND e.retention_days IS NOT NULL AND cases.closed_at < ") +
           cutoff + archived + QStringLiteral(")");
}

Result<QList<RetentionCase>> RetentionRepository::select(const QString& sql, const QVariantList& params) const
{
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    QList<RetentionCase> result;
    while (q->next()) {
        RetentionCase c;
        c.caseId = q->value(0).toLongLong();
        c.reference = q->value(1).toString();
        c.eserviceId = q->value(2).toString();
        c.closedAt = fromSqlTime(q->value(3));
        c.retentionDays = q->value(4).toInt();
        // Only the preview's query says whether the case waits for its export.
        c.waitsForArchive = q->record().count() > 5 && q->value(5).toBool();
        result.append(c);
    }
    return result;
}

Result<QList<RetentionCase>> RetentionRepository::due(const QDateTime& moment, qint64 afterId,
                                                      int limit) const
{
    // In id order from the last batch, so a whole run reads the table once. SQLite would pick the
    // status index and sort every closed case for each batch; NOT INDEXED keeps it on the rowid.
    const QString from = QStringLiteral(" FROM ") + m_db.sql().tableInIdOrder(QStringLiteral("cases"));
    return select(
        QStringLiteral("SELECT cases.id, cases.reference, cases.eservice_id, cases.closed_at,"
                       " (SELECT e.retention_days FROM eservices e WHERE e.id = cases.eservice_id)") +
            from + QStringLiteral(" WHERE cases.id > ? AND ") + duePredicate() +
            QStringLiteral(" ORDER BY cases.id LIMIT ?"),
        {afterId, toSqlTime(moment), limit});
}

Result<QList<RetentionCase>> RetentionRepository::allDue(const QDateTime& moment) const
{
    // Due by time, whether or not they wait for their export: the preview says which do.
    return select(QStringLiteral("SELECT cases.id, cases.reference, cases.eservice_id, cases.closed_at,"
                                 " (SELECT e.retention_days FROM eservices e WHERE e.id = cases.eservice_id),"
                                 " CASE WHEN EXISTS (SELECT 1 FROM eservices e WHERE e.id = cases.eservice_id"
                                 " AND e.archive_before_purge) AND NOT ") +
                      ArchiveExportRepository::archivedCondition(m_db) +
                      QStringLiteral(" THEN 1 ELSE 0 END FROM cases WHERE ") + duePredicate(false) +
                      QStringLiteral(" ORDER BY cases.closed_at, cases.id"),
                  {toSqlTime(moment)});
}

Result<QHash<qint64, PurgeCounts>> RetentionRepository::counts(const QList<qint64>& caseIds) const
{
    QHash<qint64, PurgeCounts> result;
    if (caseIds.isEmpty())
        return result;
    // The ids as ONE bound parameter: one placeholder per id would cost the driver time quadratic
    // in the number of ids (it looks every placeholder up by name).
    const QVariant ids = m_db.sql().idListParameter(caseIds);
    for (const CountedTable& counted : kCountedTables) {
        auto q =
            m_db.exec(QStringLiteral("SELECT case_id, count(*) FROM ") + QString::fromLatin1(counted.table) +
                          QStringLiteral(" WHERE ") + m_db.sql().inIdList(QStringLiteral("case_id")) +
                          QStringLiteral(" GROUP BY case_id"),
                      {ids});
        if (!q.ok())
            return q.error();
        while (q->next())
            result[q->value(0).toLongLong()].*counted.member = q->value(1).toInt();
    }
    return result;
}

Result<QList<qint64>> RetentionRepository::deleteDue(const QList<qint64>& caseIds, const QDateTime& now) const
{
    QList<qint64> deleted;
    if (caseIds.isEmpty())
        return deleted;
    auto q =
        m_db.exec(QStringLiteral("DELETE FROM cases WHERE ") + m_db.sql().inIdList(QStringLiteral("id")) +
                      QStringLiteral(" AND ") + duePredicate() + QStringLiteral(" RETURNING id"),
                  {m_db.sql().idListParameter(caseIds), toSqlTime(now)});
    if (!q.ok())
        return q.error();
    while (q->next())
        deleted.append(q->value(0).toLongLong());
    return deleted;
}

Result<int> RetentionRepository::log(const QList<PurgeLogRow>& rows) const
{
    int written = 0;
    for (qsizetype start = 0; start < rows.size(); start += kLogRowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(kLogRowsPerInsert, rows.size() - start);
        QString sql =
            QStringLiteral("INSERT INTO purge_log (reference, eservice_id, closed_at, purged_at, field_count,"
                           " attachment_count, message_count, note_count, signature_count, event_count,"
                           " mail_count, purged_by) VALUES ");
        QVariantList params;
        params.reserve(count * 12);
        for (qsizetype i = start; i < start + count; ++i) {
            const PurgeLogRow& row = rows.at(i);
            sql += (i == start ? QString() : QStringLiteral(", ")) + QStringLiteral("(") + placeholders(12) +
                   QStringLiteral(")");
            params << row.reference << row.eserviceId << toSqlTime(row.closedAt) << toSqlTime(row.purgedAt)
                   << row.counts.fields << row.counts.attachments << row.counts.messages << row.counts.notes
                   << row.counts.signatures << row.counts.events
                   << row.counts.mails
                   // Who purged: on PostgreSQL the database writes the session's login itself.
                   << m_db.currentUser();
        }
        auto q = m_db.exec(sql, params);
        if (!q.ok())
            return q.error();
        written += q->numRowsAffected();
    }
    return written;
}

Result<int> RetentionRepository::expireAudit(const QDateTime& before, int limit) const
{
    if (m_db.sql().hasRolesAndRowSecurity()) {
        // The service may not read the audit log, so the database does it (see 0003_retention.sql).
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_expire_audit_log(CAST(? AS timestamptz), ?)"),
                           {toSqlTime(before), limit});
        if (!q.ok())
            return q.error();
        return q->next() ? q->value(0).toInt() : 0;
    }
    auto q =
        m_db.exec(QStringLiteral("DELETE FROM audit_log WHERE id IN"
                                 " (SELECT id FROM audit_log WHERE occurred_at < ? ORDER BY id LIMIT ?)"),
                  {toSqlTime(before), limit});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

std::optional<qint64> RetentionRepository::auditRowsBefore(const QDateTime& before) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE occurred_at < ?"),
                       {toSqlTime(before)});
    if (!q.ok() || !q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

VoidResult RetentionRepository::dropPurgedSearchTerms() const
{
    if (!m_db.sql().isEmbedded())
        return {};
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO case_search(case_search) VALUES ('optimize')"));
        !r.ok())
        return r.error();
    return {};
}

VoidResult RetentionRepository::requireSecureDelete() const
{
    if (!m_db.sql().isEmbedded())
        return {};
    auto q = m_db.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).toInt() != 1)
        return makeError(
            ErrorCode::Internal,
            QT_TRANSLATE_NOOP("casedesk::Errors", "SQLite refused secure_delete; nothing was purged"));
    return {};
}

} // namespace casedesk
