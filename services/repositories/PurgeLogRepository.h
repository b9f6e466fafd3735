// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "retention/RetentionRepository.h"

namespace casedesk {

class Database;

// Reads the purge log for administrators (retention writes it).
class PurgeLogRepository
{
public:
    explicit PurgeLogRepository(const Database& db)
        : m_db(db)
    {}

    // The newest `limit` rows, newest first.
    Result<QList<PurgeLogRow>> recent(int limit) const;

private:
    const Database& m_db;
};

} // namespace casedesk
