// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace casedesk {

class Database;

// A complete archive package of a case, as recorded on it (case_archive_exports, 0038).
struct ArchiveExport
{
    QString exportedBy;
    QDateTime exportedAt; // the database's clock
    QString metsSha256;
};

class ArchiveExportRepository
{
public:
    explicit ArchiveExportRepository(const Database& db)
        : m_db(db)
    {}

    // Records that the current user exported the case now; the database stamps the time.
    VoidResult record(qint64 caseId, const QString& metsSha256) const;
    // Oldest first.
    Result<QList<ArchiveExport>> forCase(qint64 caseId) const;

    // A page of the closed cases of `eserviceId` closed before `before`, in closing order after
    // the case (`afterClosedAt`, `afterId`); with `pendingOnly` only those not exported since
    // they were last closed (what "archive before purge" waits for). References only.
    struct ClosedCase
    {
        qint64 id = 0;
        QString reference;
        QDateTime closedAt;
    };
    Result<QList<ClosedCase>> closedBefore(const QString& eserviceId, const QDateTime& before,
                                           bool pendingOnly, const QDateTime& afterClosedAt, qint64 afterId,
                                           int limit) const;

    // The SQL condition "case `cases` was exported completely since its last closing", for the
    // purge's predicate and the list above: on PostgreSQL a definer function, so the answer does
    // not depend on which exports the asking login may read.
    static QString archivedCondition(const Database& db);

private:
    const Database& m_db;
};

} // namespace casedesk
