// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/RetentionTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// All SQL of retention (gallring). A case is due when its status is of the closed kind, it has
// a closed_at, its e-service has a retention time (NULL: never) and closed_at plus that many
// days lies before `now`. The same predicate selects and deletes, so a case reopened between
// the two stays. Callers own the transactions.
class RetentionRepository
{
public:
    explicit RetentionRepository(const Database& db)
        : m_db(db)
    {}

    // Cases due at `moment`, with id > afterId, in id order (keyset batches).
    Result<QList<RetentionCase>> due(const QDateTime& moment, qint64 afterId, int limit) const;
    // Every case due by time at `moment`, for the preview, those waiting for their export marked.
    Result<QList<RetentionCase>> allDue(const QDateTime& moment) const;
    // How many rows of each kind the cases hold, keyed by case id.
    Result<QHash<qint64, PurgeCounts>> counts(const QList<qint64>& caseIds) const;
    // Deletes those of `caseIds` that are still due at `now` (checked in the DELETE itself);
    // everything they hold goes with them through ON DELETE CASCADE. Returns the deleted ids.
    Result<QList<qint64>> deleteDue(const QList<qint64>& caseIds, const QDateTime& now) const;
    // Returns how many rows were written.
    Result<int> log(const QList<PurgeLogRow>& rows) const;

    // Deletes at most `limit` audit rows older than `before`; returns how many.
    Result<int> expireAudit(const QDateTime& before, int limit) const;
    // Audit rows older than `before`; nullopt where the caller may not read the audit log.
    std::optional<qint64> auditRowsBefore(const QDateTime& before) const;
    // SQLite: deleting a row from the FTS5 index only adds a delete marker; the purged words
    // stay in the index pages until their segments are merged. 'optimize' merges every segment
    // into one without them, and secure_delete zeroes the pages the old segments held. It
    // rewrites the whole index: RetentionService runs it once per purge run, after the last batch.
    // PostgreSQL's case_search is an ordinary table: nothing to do.
    VoidResult dropPurgedSearchTerms() const;
    // SQLite: makes sure freed pages are overwritten with zeros during the purge.
    VoidResult requireSecureDelete() const;

private:
    // Closed, past the e-service's retention time at the one parameter `now`, and (with
    // `archivedFirst`) exported since closing where the e-service asks for that.
    QString duePredicate(bool archivedFirst = true) const;
    Result<QList<RetentionCase>> select(const QString& sql, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace casedesk
