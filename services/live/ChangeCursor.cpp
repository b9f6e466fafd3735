// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ChangeCursor.h"

namespace casedesk {

namespace {

// More open gaps than this means a reader who cannot see most of the log (a caseworker with
// a few e-services among many): keep the newest ones only, the old ones would expire anyway.
constexpr int kMaxGaps = 10000;

} // namespace

ChangeCursor::ChangeCursor(qint64 start, qint64 graceMs)
    : m_floor(start)
    , m_last(start)
    , m_graceMs(graceMs)
{}

QList<CaseChange> ChangeCursor::accept(const QList<CaseChange>& rows, qint64 nowMs)
{
    QList<CaseChange> fresh;
    for (const CaseChange& row : rows) {
        if (row.seq <= m_floor || m_delivered.contains(row.seq))
            continue;
        m_gaps.remove(row.seq);
        for (qint64 missing = qMax(m_last + 1, row.seq - kMaxGaps); missing < row.seq; ++missing)
            m_gaps.insert(missing, nowMs);
        m_last = qMax(m_last, row.seq);
        m_delivered.insert(row.seq);
        fresh.append(row);
    }
    for (auto it = m_gaps.begin(); it != m_gaps.end();) {
        if (nowMs - it.value() >= m_graceMs || m_gaps.size() > kMaxGaps)
            it = m_gaps.erase(it);
        else
            ++it;
    }
    recomputeFloor();
    return fresh;
}

void ChangeCursor::recomputeFloor()
{
    m_floor = m_gaps.isEmpty() ? m_last : m_gaps.firstKey() - 1;
    for (auto it = m_delivered.begin(); it != m_delivered.end();) {
        if (*it <= m_floor)
            it = m_delivered.erase(it);
        else
            ++it;
    }
}

} // namespace casedesk
