// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace casedesk {

class Database;

// One person's marks on one case (case_marks, migration 0033): their bookmark and their priority.
struct CaseMark
{
    bool flagged = false;
    bool highPriority = false;
    bool any() const { return flagged || highPriority; }
};

// case_marks. On PostgreSQL the database lets each login read and write its own marks on the
// cases it may read, and nothing else.
class CaseMarkRepository
{
public:
    explicit CaseMarkRepository(const Database& db)
        : m_db(db)
    {}

    Result<CaseMark> of(const QString& login, qint64 caseId) const;
    // Stores the mark; one with neither flag nor priority is removed.
    VoidResult store(const QString& login, qint64 caseId, const CaseMark& mark, const QDateTime& now) const;

private:
    const Database& m_db;
};

} // namespace casedesk
