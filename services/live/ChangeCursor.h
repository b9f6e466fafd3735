// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseChange.h"

#include <QMap>
#include <QSet>

namespace casedesk {

// Where a change feed stands in the log, and which changes it has already delivered.
//
// Sequence numbers are handed out when a row is written but become visible when its
// transaction commits, so on PostgreSQL a smaller number can appear after a larger one (two
// writers committing in the other order). A plain "seq > last" would lose it. The cursor
// therefore remembers the numbers it skipped (gaps) and keeps reading from just below the
// oldest of them until it shows up or `graceMs` passes (rows that row-level security hides
// from the reader also look like gaps; they simply expire). Delivered numbers above that point
// are remembered so that nothing is delivered twice.
class ChangeCursor
{
public:
    explicit ChangeCursor(qint64 start = 0, qint64 graceMs = 30000);

    // Read the log after this number.
    qint64 readAfter() const { return m_floor; }
    // The newest number delivered (or the start).
    qint64 last() const { return m_last; }
    // Takes rows read after readAfter() (oldest first) at time `nowMs`; returns those not
    // delivered before, in order.
    QList<CaseChange> accept(const QList<CaseChange>& rows, qint64 nowMs);
    int openGaps() const { return int(m_gaps.size()); }

private:
    void recomputeFloor();

    qint64 m_floor;
    qint64 m_last;
    qint64 m_graceMs;
    QMap<qint64, qint64> m_gaps; // missing number -> when it was first missed
    QSet<qint64> m_delivered;    // delivered numbers above m_floor
};

} // namespace casedesk
