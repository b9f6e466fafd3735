// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseChange.h"
#include "core/Result.h"

namespace casedesk {

class Database;

// The change log (case_changes), written by triggers in every writer's transaction. On
// PostgreSQL, row-level security limits what this returns to the e-services the caller may read.
class ChangeRepository
{
public:
    explicit ChangeRepository(const Database& db)
        : m_db(db)
    {}

    // The newest sequence number the caller can see; 0 for an empty log.
    Result<qint64> latestSeq() const;
    // The changes after `seq`, oldest first, at most `limit`.
    Result<QList<CaseChange>> after(qint64 seq, int limit) const;
    // Deletes at most `limit` rows older than `before`; returns how many.
    Result<qint64> trim(const QDateTime& before, int limit) const;
    // SQLite only: PRAGMA data_version, which changes whenever another connection commits.
    Result<qint64> dataVersion() const;

private:
    const Database& m_db;
};

} // namespace casedesk
