// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseMarks.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/CaseRepository.h"

namespace casedesk {

Result<CaseMark> CaseMarkService::mark(const QString& reference) const
{
    auto id = CaseRepository(m_db).idOf(reference);
    if (!id.ok())
        return id.error();
    return CaseMarkRepository(m_db).of(m_db.currentUser(), *id);
}

template <typename Change> VoidResult CaseMarkService::change(const QString& reference, Change change) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    auto id = CaseRepository(m_db).idOf(reference);
    if (!id.ok())
        return id.error();
    const CaseMarkRepository marks(m_db);
    auto read = marks.of(m_db.currentUser(), *id);
    if (!read.ok())
        return read.error();
    CaseMark mark = *read;
    change(mark);
    if (auto stored = marks.store(m_db.currentUser(), *id, mark, QDateTime::currentDateTimeUtc());
        !stored.ok())
        return stored;
    return transaction.commit();
}

VoidResult CaseMarkService::setFlagged(const QString& reference, bool flagged) const
{
    return change(reference, [flagged](CaseMark& mark) { mark.flagged = flagged; });
}

VoidResult CaseMarkService::setHighPriority(const QString& reference, bool high) const
{
    return change(reference, [high](CaseMark& mark) { mark.highPriority = high; });
}

} // namespace casedesk
