// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "repositories/CaseMarkRepository.h"

#include <QStringList>

namespace casedesk {

class Database;

// The person's own flag and priority on a case (issue #16 §2): theirs alone, kept in the
// database so that they follow them to another desktop. Changing a mark changes nothing of the
// case, so it is no event in the case's history. Each change is one transaction.
class CaseMarkService
{
public:
    explicit CaseMarkService(const Database& db)
        : m_db(db)
    {}

    Result<CaseMark> mark(const QString& reference) const;
    VoidResult setFlagged(const QString& reference, bool flagged) const;
    VoidResult setHighPriority(const QString& reference, bool high) const;

private:
    template <typename Change> VoidResult change(const QString& reference, Change change) const;

    const Database& m_db;
};

} // namespace casedesk
