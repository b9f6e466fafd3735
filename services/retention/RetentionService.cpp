#include "RetentionService.h"

#include "StorageMaintenance.h"
#include "access/AccessService.h"
#include "core/Logging.h"
#include "db/Database.h"
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
        if (c.dueAt() < preview.now)
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
    if (m_db.dialect() != Dialect::Postgres)
        return {};
    // The database enforces this too (grants and policies); asking first gives a clear message
    // before anything is done.
    auto role = AccessService(m_db).currentRole();
    if (!role.ok())
        return role.error();
    if (*role != Role::Owner && *role != Role::Service && *role != Role::Admin)
        return makeError(
            ErrorCode::PermissionDenied,
            QStringLiteral("only the background service (casedesk_service) and administrators purge cases"));
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
    // The purged words leave the full-text index in the same transaction as the rows.
    if (!rows.isEmpty()) {
        if (auto r = repository.dropPurgedSearchTerms(); !r.ok())
            return r.error();
    }
    auto logged = repository.log(rows);
    if (!logged.ok())
        return logged.error();
    if (*logged != rows.size())
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("the purge log took %1 rows for %2 purged cases").arg(*logged).arg(rows.size()));
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
        report.auditNote =
            QStringLiteral("audit.retention_days is not a number of days from 1 to %1; the audit log is "
                           "left as is")
                .arg(kMaxRetentionDays);
        return {};
    }
    if (m_db.dialect() == Dialect::Postgres) {
        auto role = AccessService(m_db).currentRole();
        if (!role.ok())
            return role.error();
        if (*role == Role::Admin) {
            report.auditNote =
                QStringLiteral("the audit log is expired by the background service, not by administrators");
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
        return makeError(ErrorCode::InvalidInput, QStringLiteral("must be from 1 to %1").arg(kMaxBatchSize),
                         QStringLiteral("batchSize"));
    if (auto r = requirePurgeRight(); !r.ok())
        return r.error();
    if (auto r = RetentionRepository(m_db).requireSecureDelete(); !r.ok())
        return r.error();
    QElapsedTimer timer;
    timer.start();
    const QDateTime utcNow = now.toUTC();
    const RetentionRepository repository(m_db);

    PurgeProgress progress;
    if (options.progress) {
        auto due = repository.allDue(utcNow);
        if (!due.ok())
            return due.error();
        progress.expected = due->size();
    }

    PurgeReport report;
    std::optional<Error> failure;
    qint64 afterId = 0;
    for (;;) {
        const bool stopping =
            stopRequested(options) || (options.maxBatches >= 0 && report.batches >= options.maxBatches);
        if (stopping) {
            auto more = repository.due(utcNow, afterId, 1);
            report.complete = more.ok() && more->isEmpty();
            break;
        }
        auto more = purgeBatch(utcNow, options.batchSize, afterId, report);
        if (!more.ok()) {
            failure = more.error();
            report.complete = false;
            break;
        }
        if (!*more)
            break;
        if (options.progress) {
            progress.purged = report.purged;
            progress.batches = report.batches;
            options.progress(progress);
        }
    }

    if (!failure && options.expireAuditLog && !stopRequested(options)) {
        if (auto r = expireAudit(utcNow, report); !r.ok())
            failure = r.error();
    }
    // One audit row per run, also for a run that failed half way: what was purged is gone.
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("retention.purged"), 0,
                                              QString(), QString::number(report.purged));
        !r.ok() && !failure)
        failure = r.error();
    if (failure) {
        qCWarning(lcRetention) << "purge stopped after" << report.purged << "cases:" << failure->message;
        return makeError(failure->code,
                         failure->message +
                             QStringLiteral(" (%1 cases were purged before this; the next run continues)")
                                 .arg(report.purged),
                         failure->field);
    }

    if (options.reclaimSpace && !stopRequested(options) &&
        (report.purged > 0 || report.auditRowsExpired > 0)) {
        // The purge itself is done and committed; a failure here is reported, not fatal.
        auto maintenance = StorageMaintenance(m_db).afterPurge();
        if (maintenance.ok()) {
            report.maintenance = maintenance->summary;
        } else {
            qCWarning(lcRetention) << "space not reclaimed:" << maintenance.error().message;
            report.maintenance = QStringLiteral("space not reclaimed: ") + maintenance.error().message;
        }
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcRetention) << "purged" << report.purged << "cases in" << report.batches << "batches,"
                         << report.skipped << "reopened meanwhile," << report.auditRowsExpired
                         << "audit rows expired";
    return report;
}

} // namespace casedesk
