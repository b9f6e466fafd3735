// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PurgeLogRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<QList<PurgeLogRow>> PurgeLogRepository::recent(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT reference, eservice_id, closed_at, purged_at, field_count, attachment_count,"
                       " message_count, note_count, signature_count, event_count, mail_count FROM purge_log"
                       " ORDER BY purged_at DESC, id DESC LIMIT ?"),
        {std::clamp(limit, 1, 10000)});
    if (!q.ok())
        return q.error();
    QList<PurgeLogRow> result;
    while (q->next()) {
        PurgeLogRow row;
        row.reference = q->value(0).toString();
        row.eserviceId = q->value(1).toString();
        row.closedAt = fromSqlTime(q->value(2));
        row.purgedAt = fromSqlTime(q->value(3));
        row.counts = {q->value(4).toInt(), q->value(5).toInt(), q->value(6).toInt(), q->value(7).toInt(),
                      q->value(8).toInt(), q->value(9).toInt(), q->value(10).toInt()};
        result.append(row);
    }
    return result;
}

} // namespace casedesk
