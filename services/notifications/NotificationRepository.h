// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Notification.h"
#include "core/Result.h"

#include <QDate>
#include <QList>

namespace casedesk {

class Database;

// notifications and notification_settings (migration 0034). On PostgreSQL the database writes
// every notification itself (its triggers); the embedded database's trigger writes the
// applicant's messages, and CaseDesk's assignment and note writes call the two "embedded"
// functions below in their transaction.
class NotificationRepository
{
public:
    explicit NotificationRepository(const Database& db)
        : m_db(db)
    {}

    // `recipient`'s notifications not yet seen, oldest first (at most `limit`), and how many
    // there are in all with the newest one's id.
    struct Unseen
    {
        QList<Notification> first;
        qint64 total = 0;
        qint64 lastId = 0;
    };
    Result<Unseen> unseen(const QString& recipient, int limit) const;
    // Marks every unseen notification of `recipient` up to `lastId` seen.
    VoidResult markSeenThrough(const QString& recipient, qint64 lastId) const;

    Result<NotificationSettings> settings(const QString& login) const;
    VoidResult storeSettings(const QString& login, const NotificationSettings& settings) const;

    // Tells the assignee of every case that is overdue on `today` (a Swedish day), once per case
    // and status (casedesk_notify_overdue on PostgreSQL, its own clock); how many were told.
    Result<int> noteOverdue(const QDate& today) const;

    // The embedded database: `caseId` was assigned to `assignee` by `actor` (nothing when the
    // two are the same person). Nothing to do on PostgreSQL.
    VoidResult assignedOnEmbedded(qint64 caseId, const QString& assignee, const QString& actor) const;
    // The embedded database: a note by `author` on `caseId`; each person it names (@login) who
    // may read the case is told. Nothing to do on PostgreSQL.
    VoidResult noteOnEmbedded(qint64 caseId, const QString& body, const QString& author) const;

    // The logins a note names, as both databases read them (lower-cased): "@" after the start or
    // a character that cannot be in a login, then ASCII letters, digits, "_" and ".", ending in a
    // letter, digit or "_" ("@Anna." at a sentence's end is anna; "anna@kommun.se" names nobody).
    static QStringList mentionedLogins(const QString& body);

private:
    const Database& m_db;
};

} // namespace casedesk
