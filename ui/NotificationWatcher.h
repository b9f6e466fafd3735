// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "notifications/Notification.h"
#include "worker/WorkTicket.h"

#include <QObject>

class QTimer;

namespace casedesk {

class DatabaseWorker;
class DesktopNotifier;

// Tells the person on their desktop what the database noted for them (issue #16 §3): a message
// or supplement on a case assigned to them, a case assigned to them, a mention, a case of theirs
// that became overdue. It looks when the live feed reports a change and every 30 seconds, on the
// database worker; shows what the person's settings ask for; and marks it seen, so that another
// desktop does not show it again. Every hour it asks the database to note what became overdue.
class NotificationWatcher : public QObject
{
    Q_OBJECT
public:
    // The person's settings are read with every check, so a change applies at the next.
    NotificationWatcher(DatabaseWorker& worker, DesktopNotifier* notifier, QObject* parent = nullptr);

    void check(); // new notifications
    // Asks the database to tell the assignees of the cases that became overdue (once per case and
    // status), then shows what came of it for this person.
    void checkOverdue();

    static constexpr int kShownOneByOne = 3; // more at once become one summary

private:
    // `unread`: more that were not read one by one (too many), counted in the summary.
    void show(const QList<Notification>& notifications, qint64 unread);

    DatabaseWorker& m_worker;
    DesktopNotifier* m_notifier;
    QTimer* m_poll = nullptr;
    QTimer* m_overdueTimer = nullptr;
    WorkTicket m_inFlight;
    bool m_checkAgain = false;
};

} // namespace casedesk
