// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NotificationRepository.h"

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace casedesk {

QString notificationKindId(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Message:
        return QStringLiteral("message");
    case Notification::Kind::Supplement:
        return QStringLiteral("supplement");
    case Notification::Kind::Assigned:
        return QStringLiteral("assigned");
    case Notification::Kind::Mention:
        return QStringLiteral("mention");
    case Notification::Kind::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<Notification::Kind> notificationKindFromId(const QString& id)
{
    for (const auto kind :
         {Notification::Kind::Message, Notification::Kind::Supplement, Notification::Kind::Assigned,
          Notification::Kind::Mention, Notification::Kind::Overdue})
        if (notificationKindId(kind) == id)
            return kind;
    return std::nullopt;
}

bool NotificationSettings::wants(Notification::Kind kind) const
{
    switch (kind) {
    case Notification::Kind::Message:
    case Notification::Kind::Supplement:
        return message;
    case Notification::Kind::Assigned:
        return assigned;
    case Notification::Kind::Mention:
        return mention;
    case Notification::Kind::Overdue:
        return overdue;
    }
    return false;
}

QStringList NotificationRepository::mentionedLogins(const QString& body)
{
    // As casedesk_notify_mentions (0034) reads them.
    static const QRegularExpression mention(
        QStringLiteral("(?:^|[^A-Za-z0-9_.])@([A-Za-z0-9_.]*[A-Za-z0-9_])"));
    QStringList logins;
    for (auto it = mention.globalMatch(body); it.hasNext();) {
        const QString login = it.next().captured(1).toLower();
        if (!logins.contains(login))
            logins << login;
    }
    return logins;
}

Result<NotificationRepository::Unseen> NotificationRepository::unseen(const QString& recipient,
                                                                      int limit) const
{
    Unseen result;
    auto all = m_db.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM notifications"
                                        " WHERE recipient = ? AND seen_at IS NULL"),
                         {recipient});
    if (!all.ok())
        return all.error();
    if (all->next()) {
        result.total = all->value(0).toLongLong();
        result.lastId = all->value(1).toLongLong();
    }
    if (result.total == 0)
        return result;
    auto q = m_db.exec(QStringLiteral("SELECT n.id, n.kind, n.reference, n.eservice_id, e.name, n.actor"
                                      " FROM notifications n LEFT JOIN eservices e ON e.id = n.eservice_id"
                                      " WHERE n.recipient = ? AND n.seen_at IS NULL AND n.id <= ?"
                                      " ORDER BY n.id LIMIT ?"),
                       {recipient, result.lastId, limit});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const auto kind = notificationKindFromId(q->value(1).toString());
        if (!kind)
            continue; // a kind a newer CaseDesk writes
        result.first << Notification{q->value(0).toLongLong(), *kind,
                                     q->value(2).toString(),   q->value(3).toString(),
                                     q->value(4).toString(),   q->value(5).toString()};
    }
    return result;
}

VoidResult NotificationRepository::markSeenThrough(const QString& recipient, qint64 lastId) const
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE notifications SET seen_at = ? WHERE recipient = ? AND seen_at IS NULL"
                       " AND id <= ?"),
        {toSqlTime(QDateTime::currentDateTimeUtc()), recipient, lastId});
    if (!q.ok())
        return q.error();
    return {};
}

Result<NotificationSettings> NotificationRepository::settings(const QString& login) const
{
    auto q = m_db.exec(QStringLiteral("SELECT message, assigned, overdue, mention, email_to"
                                      " FROM notification_settings WHERE login = ?"),
                       {login});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return NotificationSettings{};
    return NotificationSettings{q->value(0).toBool(), q->value(1).toBool(), q->value(2).toBool(),
                                q->value(3).toBool(), q->value(4).toString()};
}

VoidResult NotificationRepository::storeSettings(const QString& login, const NotificationSettings& s) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO notification_settings (login, message, assigned, overdue, mention, email_to)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET message = excluded.message,"
            " assigned = excluded.assigned, overdue = excluded.overdue, mention = excluded.mention,"
            " email_to = excluded.email_to"),
        {login, s.message, s.assigned, s.overdue, s.mention, toSqlText(s.emailTo)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<int> NotificationRepository::noteOverdue(const QDate& today) const
{
    if (!m_db.sql().isEmbedded()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_notify_overdue()"));
        if (!q.ok())
            return q.error();
        return q->next() ? q->value(0).toInt() : 0;
    }
    // As casedesk_notify_overdue (0034).
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)"
            " SELECT c.assignee, 'overdue', c.id, c.reference, c.eservice_id, 'casedesk' FROM cases c"
            " WHERE c.status_due_on < ? AND c.assignee IS NOT NULL AND NOT EXISTS"
            " (SELECT 1 FROM notifications n WHERE n.case_id = c.id AND n.kind = 'overdue'"
            " AND n.recipient = c.assignee AND n.created_at >= coalesce(c.status_since, c.submitted_at))"
            " ORDER BY c.id"),
        {today.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

VoidResult NotificationRepository::assignedOnEmbedded(qint64 caseId, const QString& assignee,
                                                      const QString& actor) const
{
    if (!m_db.sql().isEmbedded() || assignee.isEmpty() || assignee == actor)
        return {};
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)"
                       " SELECT ?, 'assigned', c.id, c.reference, c.eservice_id, ? FROM cases c"
                       " WHERE c.id = ?"),
        {assignee, actor, caseId});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult NotificationRepository::noteOnEmbedded(qint64 caseId, const QString& body,
                                                  const QString& author) const
{
    if (!m_db.sql().isEmbedded())
        return {};
    for (const QString& login : mentionedLogins(body)) {
        if (login == author)
            continue;
        // As casedesk_login_reads (0034): an active person with access to the e-service, or an administrator.
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO notifications (recipient, kind, case_id, reference, eservice_id, actor)"
                " SELECT u.login, 'mention', c.id, c.reference, c.eservice_id, ? FROM cases c, users u"
                " WHERE c.id = ? AND u.login = ? AND u.active AND (u.role = 'admin' OR EXISTS"
                " (SELECT 1 FROM user_access a WHERE a.login = u.login AND a.eservice_id = c.eservice_id))"),
            {author, caseId, login});
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace casedesk
