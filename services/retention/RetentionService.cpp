// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RetentionService.h"

#include "PurgeConnectionSettings.h"
#include "StorageMaintenance.h"
#include "access/AccessService.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "db/SqliteReserve.h"
#include "db/TransactionGuard.h"
#include "repositories/AuditRepository.h"
#include "repositories/SettingsRepository.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace casedesk {

namespace {

constexpr int kMaxBatchSize = 10000;
constexpr int kAuditRowsPerTransaction = 5000;
constexpr int kMaxRetentionDays = 36500;

bool stopRequested(const PurgeOptions& options)
{
    return options.cancel && options.cancel->load();
}

} // namespace

QList<PurgeNote> PurgeReport::notes() const
{
    QList<PurgeNote> all;
    if (!auditNote.isEmpty())
        all << auditNote;
    all << maintenance;
    if (!reserveNote.isEmpty())
        all << reserveNote;
    return all;
}

Result<int> RetentionService::auditRetentionDays() const
{
    auto text = SettingsRepository(m_db).value(QStringLiteral("audit.retention_days"),
                                               QString::number(kDefaultAuditRetentionDays));
    if (!text.ok())
        return text.error();
    bool ok = false;
    const int days = text->trimmed().toInt(&ok);
    return ok && days >= 1 && days <= kMaxRetentionDays ? days : 0;
}

Result<RetentionPreview> RetentionService::preview(const QDateTime& now) const
{
    RetentionPreview preview;
    preview.now = now.toUTC();
    auto rows = RetentionRepository(m_db).allDue(preview.now.addDays(kPreviewDays));
    if (!rows.ok())
        return rows.error();
    preview.cases = std::move(rows).value();
    std::stable_sort(preview.cases.begin(), preview.cases.end(),
                     [](const RetentionCase& a, const RetentionCase& b) { return a.dueAt() < b.dueAt(); });
    for (const RetentionCase& c : std::as_const(preview.cases)) {
        if (c.waitsForArchive)
            ++preview.waitingForArchive;
        else if (c.dueAt() < preview.now)
            ++preview.dueNow;
        else
            ++preview.dueNextWeek;
    }
    auto days = auditRetentionDays();
    if (!days.ok())
        return days.error();
    preview.auditRetentionDays = *days;
    if (*days > 0)
        preview.auditRowsDue = RetentionRepository(m_db).auditRowsBefore(preview.now.addDays(-*days));
    return preview;
}

VoidResult RetentionService::requirePurgeRight() const
{
    if (!m_db.sql().hasRolesAndRowSecurity())
        return {};
    // The database enforces this too (grants and policies); asking first gives a clear message
    // before anything is done.
    auto role = AccessService(m_db).currentRole();
    if (!role.ok())
        return role.error();
    if (*role != Role::Owner && *role != Role::Service && *role != Role::Admin)
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP(
                "casedesk::Errors",
                "only the background service (casedesk_service) and administrators purge cases"));
    return {};
}

Result<bool> RetentionService::purgeBatch(const QDateTime& now, int batchSize, qint64& afterId,
                                          PurgeReport& report) const
{
    const RetentionRepository repository(m_db);
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto batch = repository.due(now, afterId, batchSize);
    if (!batch.ok())
        return batch.error();
    if (batch->isEmpty())
        return false;
    afterId = batch->constLast().caseId;

    QList<qint64> ids;
    ids.reserve(batch->size());
    for (const RetentionCase& c : std::as_const(*batch))
        ids.append(c.caseId);
    auto counts = repository.counts(ids);
    if (!counts.ok())
        return counts.error();
    // The predicate is checked again in the DELETE: a case reopened since the SELECT stays.
    auto deleted = repository.deleteDue(ids, now);
    if (!deleted.ok())
        return deleted.error();

    const QSet<qint64> gone(deleted->cbegin(), deleted->cend());
    const QDateTime purgedAt = QDateTime::currentDateTimeUtc();
    QList<PurgeLogRow> rows;
    rows.reserve(gone.size());
    for (const RetentionCase& c : std::as_const(*batch)) {
        if (gone.contains(c.caseId))
            rows.append({c.reference, c.eserviceId, c.closedAt, purgedAt, counts->value(c.caseId)});
    }
    auto logged = repository.log(rows);
    if (!logged.ok())
        return logged.error();
    if (*logged != rows.size())
        return makeError(
            ErrorCode::Internal,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the purge log took %1 rows for %2 purged cases"),
             {*logged, rows.size()}});
    if (auto r = transaction.commit(); !r.ok())
        return r.error();

    report.purged += rows.size();
    report.logged += *logged;
    report.skipped += batch->size() - rows.size();
    ++report.batches;
    qCDebug(lcRetention) << "batch" << report.batches << "purged" << rows.size() << "of" << batch->size();
    return true;
}

VoidResult RetentionService::expireAudit(const QDateTime& now, PurgeReport& report) const
{
    auto days = auditRetentionDays();
    if (!days.ok())
        return days.error();
    if (*days == 0) {
        report.auditNote = {
            QStringLiteral("audit_retention_invalid"),
            {QString::number(kMaxRetentionDays)},
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "audit.retention_days is not a number of days from 1 to %1; the "
                               "audit log is left as is"),
             {kMaxRetentionDays}}};
        return {};
    }
    if (m_db.sql().hasRolesAndRowSecurity()) {
        auto role = AccessService(m_db).currentRole();
        if (!role.ok())
            return role.error();
        if (*role == Role::Admin) {
            report.auditNote = {
                QStringLiteral("audit_left_to_service"),
                {},
                {QT_TRANSLATE_NOOP("casedesk::Errors", "the audit log is expired by the "
                                                       "background service, not by administrators")}};
            return {};
        }
    }
    const QDateTime before = now.addDays(-*days);
    for (;;) {
        TransactionGuard transaction(m_db);
        if (!transaction.begun().ok())
            return transaction.begun();
        auto removed = RetentionRepository(m_db).expireAudit(before, kAuditRowsPerTransaction);
        if (!removed.ok())
            return removed.error();
        if (auto r = transaction.commit(); !r.ok())
            return r;
        report.auditRowsExpired += *removed;
        if (*removed < kAuditRowsPerTransaction)
            return {};
    }
}

Result<PurgeReport> RetentionService::purge(const QDateTime& now, const PurgeOptions& options) const
{
    if (options.batchSize < 1 || options.batchSize > kMaxBatchSize)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "must be from 1 to %1"), {kMaxBatchSize}},
                         QStringLiteral("batchSize"));
    if (auto r = requirePurgeRight(); !r.ok())
        return r.error();
    if (auto r = RetentionRepository(m_db).requireSecureDelete(); !r.ok())
        return r.error();
    QElapsedTimer timer;
    timer.start();
    const QDateTime utcNow = now.toUTC();

    PurgeReport report;
    std::optional<Error> failure;
    // A connection opened read-only on a full disk cannot write a single page: straight to the
    // reserve.
    if (m_db.isOnFullDisk())
        failure = makeError(ErrorCode::Unavailable, sqliteDiskFullMessage(m_db.url().sqlitePath));
    else
        failure = run(utcNow, options, false, report);
    if (failure && isDiskFull(*failure) && m_db.sql().isEmbedded() && !stopRequested(options))
        failure = runOnReserve(utcNow, options, *failure, report);
    if (failure) {
        qCWarning(lcRetention) << "purge stopped after" << report.purged << "cases:" << failure->describe();
        return makeError(failure->code,
                         {QT_TRANSLATE_NOOP("casedesk::Errors",
                                            "%1 (%2 cases were purged before this; the next run continues)"),
                          {failure->text, report.purged}},
                         failure->field);
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcRetention) << "purged" << report.purged << "cases in" << report.batches << "batches,"
                         << report.skipped << "reopened meanwhile," << report.auditRowsExpired
                         << "audit rows expired";
    return report;
}

std::optional<Error> RetentionService::runOnReserve(const QDateTime& utcNow, const PurgeOptions& options,
                                                    const Error& full, PurgeReport& report) const
{
    const QString path = m_db.url().sqlitePath;
    const SqliteReserve reserve(path);
    const qint64 released = reserve.release();
    if (released <= 0)
        return makeError(
            full.code, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1; there is no reserve at %2 to purge on, so "
                                                              "free space on the disk by other means"),
                        {full.text, reserve.path()}});
    qCWarning(lcRetention).noquote() << "disk full: released" << released / 1024 << "KiB of" << reserve.path()
                                     << "to purge in small batches";
    report.usedReserve = true;
    std::optional<Error> failure;
    {
        // A writer of our own: the caller's connection may be one opened read-only on the full
        // disk, and there is room for a -shm now.
        auto writer = Database::open(m_db.url(), OpenMode::ExistingOnly);
        if (!writer.ok())
            failure = writer.error();
        else if ((*writer)->isReadOnly())
            failure = makeError(ErrorCode::Unavailable, sqliteDiskFullMessage(path));
        else
            failure = RetentionService(**writer).run(utcNow, options, true, report);
    }
    // Made again only when the disk has room for it and as much again: else the next writable
    // open makes it once space is freed.
    if (auto again = reserve.ensure(); again.ok()) {
        report.reserveNote = {
            QStringLiteral("reserve_back"),
            {},
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "the disk was full: purged on CaseDesk's reserve, which is back")}};
    } else {
        qCWarning(lcRetention).noquote() << "reserve not made again:" << again.error().describe();
        report.reserveNote = {
            QStringLiteral("reserve_not_back"),
            {again.error().describe()},
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "the disk was full: purged on CaseDesk's reserve, which is made "
                               "again once there is room for it (%1)"),
             {again.error().text}}};
    }
    return failure;
}

std::optional<Error> RetentionService::run(const QDateTime& utcNow, const PurgeOptions& options,
                                           bool littleSpace, PurgeReport& report) const
{
    const RetentionRepository repository(m_db);
    const PurgeConnectionSettings settings(m_db, littleSpace);
    PurgeProgress progress;
    if (options.progress) {
        auto due = repository.allDue(utcNow);
        if (!due.ok())
            return due.error();
        qint64 expected = 0;
        for (const RetentionCase& c : std::as_const(*due))
            expected += c.waitsForArchive ? 0 : 1;
        progress.expected = expected + report.purged;
    }

    std::optional<Error> failure;
    qint64 afterId = 0;
    qint64 reclaimedOnTheWay = 0; // little space: what the vacuum after each batch gave back
    int batchSize =
        littleSpace ? std::min(options.batchSize, SqliteReserve::kPurgeBatchOnReserve) : options.batchSize;
    report.complete = true;
    for (;;) {
        const bool stopping =
            stopRequested(options) || (options.maxBatches >= 0 && report.batches >= options.maxBatches);
        if (stopping) {
            auto more = repository.due(utcNow, afterId, 1);
            report.complete = more.ok() && more->isEmpty();
            break;
        }
        const qint64 batchStart = afterId;
        auto more = purgeBatch(utcNow, batchSize, afterId, report);
        if (!more.ok() && littleSpace && batchSize > 1 && isDiskFull(more.error())) {
            // Not even the reserve holds this batch's pages: try half as many cases.
            afterId = batchStart;
            batchSize /= 2;
            continue;
        }
        if (!more.ok()) {
            failure = more.error();
            report.complete = false;
            break;
        }
        if (!*more)
            break;
        if (littleSpace) {
            // Give the pages back to the file system before the next batch needs room.
            auto maintenance =
                StorageMaintenance(m_db).afterPurgeOnLittleSpace(SqliteReserve::kVacuumStepOnReserve);
            if (!maintenance.ok()) {
                failure = maintenance.error();
                report.complete = false;
                break;
            }
            reclaimedOnTheWay += maintenance->bytesReclaimed;
        }
        if (options.progress) {
            progress.purged = report.purged;
            progress.batches = report.batches;
            options.progress(progress);
        }
    }

    // The purged words leave the full-text index once per run, after its last batch, also when
    // the run stopped or failed half way. FTS5's optimize rewrites the whole index (seconds at a
    // million cases): once per batch it made a purge of 100,000 cases take ten minutes.
    // On the reserve after a full disk, `report` holds the cases of both parts.
    if (report.purged > 0) {
        QElapsedTimer optimizeTimer;
        optimizeTimer.start();
        TransactionGuard transaction(m_db);
        VoidResult dropped = transaction.begun();
        if (dropped.ok())
            dropped = repository.dropPurgedSearchTerms();
        if (dropped.ok())
            dropped = transaction.commit();
        if (!dropped.ok() && !failure)
            failure = dropped.error();
        qCDebug(lcRetention) << "search index rewritten in" << optimizeTimer.elapsed() << "ms";
    }
    if (!failure && options.expireAuditLog && !stopRequested(options)) {
        if (auto r = expireAudit(utcNow, report); !r.ok())
            failure = r.error();
    }
    // One audit row per run, also for a run that failed half way: what was purged is gone. A
    // run that goes on on the reserve writes it there, with the cases of both parts.
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("retention.purged"), 0,
                                              QString(), QString::number(report.purged));
        !r.ok() && !failure)
        failure = r.error();
    // What the run wrote goes into the database file now, not with some later write. Only speed
    // depends on it: the WAL stays consistent either way, and a statement the caller still reads
    // on this connection makes SQLite refuse ("table is locked"); the next checkpoint then takes it.
    if (auto r = settings.checkpointNow(); !r.ok())
        qCDebug(lcRetention) << "checkpoint after the purge left to the next one:" << r.error().describe();
    if (failure)
        return failure;

    if (options.reclaimSpace && !stopRequested(options) &&
        (report.purged > 0 || report.auditRowsExpired > 0)) {
        // The purge itself is done and committed; a failure here is reported, not fatal.
        auto maintenance =
            littleSpace
                ? StorageMaintenance(m_db).afterPurgeOnLittleSpace(SqliteReserve::kVacuumStepOnReserve)
                : StorageMaintenance(m_db).afterPurge();
        if (maintenance.ok() && littleSpace) {
            const qint64 reclaimed = reclaimedOnTheWay + maintenance->bytesReclaimed;
            const QString mebibytes = QString::number(double(reclaimed) / (1024.0 * 1024.0), 'f', 1);
            report.maintenance = {
                {QStringLiteral("sqlite_little_room"),
                 {mebibytes},
                 {QT_TRANSLATE_NOOP("casedesk::Errors",
                                    "SQLite, little room: incremental vacuum and checkpoint "
                                    "after every batch; reclaimed %1 MiB"),
                  {mebibytes}}}};
        } else if (maintenance.ok()) {
            report.maintenance = maintenance->notes;
        } else {
            qCWarning(lcRetention) << "space not reclaimed:" << maintenance.error().describe();
            report.maintenance = {{QStringLiteral("space_not_reclaimed"),
                                   {maintenance.error().describe()},
                                   {QT_TRANSLATE_NOOP("casedesk::Errors", "space not reclaimed: %1"),
                                    {maintenance.error().text}}}};
        }
    }
    return std::nullopt;
}

} // namespace casedesk
