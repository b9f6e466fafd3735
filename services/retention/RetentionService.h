// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "PurgeNote.h"
#include "RetentionRepository.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace casedesk {

class Database;

// What the next runs will purge: for the settings dialog and `casedeskctl purge --dry-run`.
struct RetentionPreview
{
    QDateTime now;
    qint64 dueNow = 0;      // the next run purges these
    qint64 dueNextWeek = 0; // due after `now` and within 7 days
    // Due by time within the week, but kept until exported (archive before purge).
    qint64 waitingForArchive = 0;
    // Both kinds, earliest due first: reference, e-service, closed at, due at.
    QList<RetentionCase> cases;
    int auditRetentionDays = 0;         // 0: audit.retention_days is not a valid number
    std::optional<qint64> auditRowsDue; // nullopt: the caller may not read the audit log
};

struct PurgeProgress
{
    qint64 purged = 0;
    int batches = 0;
    qint64 expected = 0; // due when the run started (cases may be reopened meanwhile)
};

struct PurgeOptions
{
    int batchSize = 500; // cases per transaction: caseworkers wait at most one batch
    int maxBatches = -1; // stop after this many batches (the next run resumes); -1: all
    std::function<void(const PurgeProgress&)> progress;
    const std::atomic_bool* cancel = nullptr; // checked between batches
    bool expireAuditLog = true;
    bool reclaimSpace = true;
};

struct PurgeReport
{
    qint64 purged = 0;  // cases deleted
    qint64 logged = 0;  // purge_log rows written, one per deleted case
    qint64 skipped = 0; // selected, but no longer due when deleted (reopened meanwhile)
    int batches = 0;
    bool complete = true; // false: cancelled or stopped after maxBatches; the next run resumes
    qint64 auditRowsExpired = 0;
    PurgeNote auditNote;          // why the audit log was left as is, if it was
    QList<PurgeNote> maintenance; // what was done to the files (VACUUM, checkpoint)
    // SQLite: the disk was full, so the run released CaseDesk's reserve and purged in small
    // batches; reserveNote says whether the reserve is back.
    bool usedReserve = false;
    PurgeNote reserveNote;
    double seconds = 0;

    // Every note of the run in the order a person reads them: audit log, files, reserve.
    QList<PurgeNote> notes() const;
};

// Retention (gallring): deletes closed cases whose e-service's retention time has run out,
// with everything they hold, and expires the audit log. Each batch is one transaction that
// deletes only what is still due at that moment and writes a purge_log row for exactly what
// it deleted; an interrupted run leaves whole batches behind, and the next run picks up the
// rest. The audit log gets one row per run (action retention.purged, detail: the number of
// cases). Audit rows about purged cases stay until they expire themselves: they hold the case
// id and reference, who and what, never personal data, and the accountability they give is the
// point of an audit log.
//
// On a full disk (SQLite) a write fails with "disk full": the run then releases the reserve
// next to the file (SqliteReserve), opens a writer of its own and goes on in small batches, each
// followed by an incremental vacuum and a checkpoint so that the file system gets the pages
// back; a batch that still finds no room is halved, down to one case. The reserve is made again
// at the end when there is room for it.
//
// On PostgreSQL the database decides who may purge: the casedesk_service role, administrators
// and the owner. Only the service and the owner expire the audit log; for an administrator the
// run leaves it to the service and says so in auditNote.
class RetentionService
{
public:
    static constexpr int kDefaultAuditRetentionDays = 730;
    static constexpr int kPreviewDays = 7;

    explicit RetentionService(const Database& db)
        : m_db(db)
    {}

    Result<RetentionPreview> preview(const QDateTime& now) const;
    Result<PurgeReport> purge(const QDateTime& now, const PurgeOptions& options = {}) const;

    // audit.retention_days from settings; 0 when it is set but not a number of days (1..36500).
    Result<int> auditRetentionDays() const;

private:
    VoidResult requirePurgeRight() const;
    // One run on this connection into `report`; the failure that stopped it, if any.
    std::optional<Error> run(const QDateTime& utcNow, const PurgeOptions& options, bool littleSpace,
                             PurgeReport& report) const;
    // After a "disk full": the same run again on the reserve.
    std::optional<Error> runOnReserve(const QDateTime& utcNow, const PurgeOptions& options, const Error& full,
                                      PurgeReport& report) const;
    Result<bool> purgeBatch(const QDateTime& now, int batchSize, qint64& afterId, PurgeReport& report) const;
    VoidResult expireAudit(const QDateTime& now, PurgeReport& report) const;
    const Database& m_db;
};

} // namespace casedesk
