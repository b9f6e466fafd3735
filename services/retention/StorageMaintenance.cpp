// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StorageMaintenance.h"

#include "access/AccessService.h"
#include "core/Logging.h"
#include "db/Database.h"

#include <algorithm>

namespace casedesk {

namespace {

constexpr qint64 kIncrementalStepPages = 2000; // about 8 MB per step with 4 KiB pages
constexpr qint64 kMinFreePagesForVacuum = 256; // below that, a full VACUUM is not worth it

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

Result<MaintenanceReport> StorageMaintenance::afterPurge() const
{
    return m_db.sql().isEmbedded() ? sqlite(kIncrementalStepPages, false) : postgres();
}

Result<MaintenanceReport> StorageMaintenance::afterPurgeOnLittleSpace(qint64 stepPages) const
{
    return m_db.sql().isEmbedded() ? sqlite(std::max<qint64>(1, stepPages), true) : postgres();
}

VoidResult StorageMaintenance::checkpoint(MaintenanceReport& report) const
{
    // Earlier images of the purged pages are in the WAL until it is checkpointed and emptied.
    auto checkpoint = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint.ok())
        return checkpoint.error();
    if (checkpoint->next())
        report.checkpointComplete = checkpoint->value(0).toInt() == 0;
    checkpoint->finish();
    return {};
}

Result<qint64> StorageMaintenance::pragma(const char* name) const
{
    auto q = m_db.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<MaintenanceReport> StorageMaintenance::sqlite(qint64 stepPages, bool littleSpace) const
{
    // Vacuum and checkpoint write outside any TransactionGuard: with the -wal lost they would
    // write this process's stale pages into the database file.
    if (auto intact = m_db.checkFilesOnDisk(); !intact.ok())
        return intact.error();
    MaintenanceReport report;
    const auto pageSize = pragma("page_size");
    const auto pagesBefore = pragma("page_count");
    const auto freePages = pragma("freelist_count");
    const auto autoVacuum = pragma("auto_vacuum");
    for (const auto* r : {&pageSize, &pagesBefore, &freePages, &autoVacuum}) {
        if (!r->ok())
            return r->error();
    }

    PurgeNote space;
    if (*autoVacuum == 2) {
        // Incremental: each step is its own short write transaction.
        for (qint64 left = *freePages; left > 0;) {
            auto step = m_db.exec(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(stepPages));
            if (!step.ok())
                return step.error();
            while (step->next()) {
                // one row per freed page; stepping to the end runs it
            }
            step->finish();
            // With little room the -wal must not grow by more than a step at a time.
            if (littleSpace) {
                if (auto r = checkpoint(report); !r.ok())
                    return r.error();
            }
            auto remaining = pragma("freelist_count");
            if (!remaining.ok())
                return remaining.error();
            if (*remaining >= left)
                break;
            left = *remaining;
        }
        space = {QStringLiteral("sqlite_incremental_vacuum"), {}, {}};
    } else if (littleSpace) {
        const QString free = mebibytes(*freePages * *pageSize);
        space = {
            QStringLiteral("sqlite_free_no_room_for_vacuum"),
            {free},
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "SQLite: %1 free inside the file, reused by new cases (no room for VACUUM)"),
             {free}}};
    } else if (*freePages >= kMinFreePagesForVacuum && *freePages * 10 >= *pagesBefore) {
        // Switching to incremental takes one full VACUUM; after that the step above applies.
        if (auto r = m_db.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !r.ok())
            return r.error();
        auto vacuum = m_db.exec(QStringLiteral("VACUUM"));
        if (!vacuum.ok()) {
            qCWarning(lcRetention) << "VACUUM failed, space stays free inside the file:"
                                   << vacuum.error().describe();
            const QString why = vacuum.error().describe();
            space = {
                QStringLiteral("sqlite_vacuum_failed"),
                {why},
                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "SQLite: VACUUM not possible now (%1); free space is reused by new cases"),
                 {why}}};
        } else {
            space = {QStringLiteral("sqlite_vacuum"), {}, {}};
        }
    } else {
        const QString free = mebibytes(*freePages * *pageSize);
        space = {
            QStringLiteral("sqlite_free_inside"),
            {free},
            {QT_TRANSLATE_NOOP("casedesk::Errors", "SQLite: %1 free inside the file, reused by new cases"),
             {free}}};
    }

    if (auto r = checkpoint(report); !r.ok())
        return r.error();

    auto pagesAfter = pragma("page_count");
    if (!pagesAfter.ok())
        return pagesAfter.error();
    report.bytesReclaimed = std::max<qint64>(0, (*pagesBefore - *pagesAfter) * *pageSize);
    // The vacuums name what they gave back; the other notes say why nothing was given back.
    const QString reclaimed = mebibytes(report.bytesReclaimed);
    if (space.code == QLatin1String("sqlite_incremental_vacuum")) {
        space.args = {reclaimed};
        space.text = {QT_TRANSLATE_NOOP("casedesk::Errors", "SQLite: incremental vacuum; reclaimed %1"),
                      {reclaimed}};
    } else if (space.code == QLatin1String("sqlite_vacuum")) {
        space.args = {reclaimed};
        space.text = {
            QT_TRANSLATE_NOOP("casedesk::Errors", "SQLite: VACUUM, from now on incremental; reclaimed %1"),
            {reclaimed}};
    }
    report.notes << space;
    if (!report.checkpointComplete)
        report.notes << PurgeNote{
            QStringLiteral("sqlite_checkpoint_incomplete"),
            {},
            {QT_TRANSLATE_NOOP("casedesk::Errors", "another program is reading, so the write-ahead log is "
                                                   "emptied at its next checkpoint")}};
    return report;
}

Result<MaintenanceReport> StorageMaintenance::postgres() const
{
    MaintenanceReport report;
    auto role = AccessService(m_db).currentRole();
    if (!role.ok())
        return role.error();
    if (*role != Role::Owner) {
        report.notes << PurgeNote{
            QStringLiteral("postgresql_vacuum_left_to_autovacuum"),
            {},
            {QT_TRANSLATE_NOOP(
                "casedesk::Errors",
                "PostgreSQL: VACUUM left to autovacuum (only the database owner may vacuum)")}};
        return report;
    }
    // Every table that held a piece of a purged case, the search document and the change feed
    // included. One statement per table, outside any transaction (VACUUM refuses to run inside
    // one), so that a table this role may not vacuum does not keep the others from it.
    static const char* const tables[] = {"cases",        "form_pages",  "form_fields",         "case_parties",
                                         "signatures",   "messages",    "attachments",         "notes",
                                         "case_events",  "decisions",   "supplement_requests", "case_search",
                                         "case_changes", "mail_outbox", "purge_log",           "audit_log"};
    QStringList failed;
    for (const char* table : tables) {
        auto vacuum = m_db.exec(QStringLiteral("VACUUM (ANALYZE) ") + QString::fromLatin1(table));
        if (!vacuum.ok()) {
            qCWarning(lcRetention) << "VACUUM failed on" << table << ":" << vacuum.error().describe();
            failed.append(QString::fromLatin1(table));
        }
    }
    if (!failed.isEmpty()) {
        const QString tables = failed.join(QStringLiteral(", "));
        report.notes << PurgeNote{
            QStringLiteral("postgresql_vacuum_partly"),
            {tables},
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "PostgreSQL: VACUUM (ANALYZE) on the case tables except %1 "
                               "(failed; left to autovacuum)"),
             {tables}}};
        return report;
    }
    report.notes << PurgeNote{
        QStringLiteral("postgresql_vacuum"),
        {},
        {QT_TRANSLATE_NOOP("casedesk::Errors", "PostgreSQL: VACUUM (ANALYZE) on the case tables")}};
    return report;
}

} // namespace casedesk
