#pragma once

#include "notifications/Notification.h"
#include "worker/WorkTicket.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace casedesk {

class DatabaseWorker;
class DesktopNotifier;

// Tells the person on their desktop what the database noted for them (issue #16 §3): a message
// or supplement on a case assigned to them, a case assigned to them, a mention, and (found here,
// since it needs no event) a case of theirs that became overdue. It looks when the live feed
// reports a change and every 30 seconds, on the database worker; shows what the person's
// settings ask for; and marks it seen, so that another desktop does not show it again.
class NotificationWatcher : public QObject
{
    Q_OBJECT
public:
    NotificationWatcher(DatabaseWorker& worker, DesktopNotifier* notifier, QString currentUser,
                        QObject* parent = nullptr);

    void check();        // new notifications
    void checkOverdue(); // the person's cases that became overdue, once per case and due day
    // The settings changed (Preferences): read them again.
    void reloadSettings();

    static constexpr int kShownOneByOne = 3; // more at once become one summary

private:
    // `unread`: more that were not read one by one (too many), counted in the summary.
    void show(const QList<Notification>& notifications, qint64 unread);

    DatabaseWorker& m_worker;
    DesktopNotifier* m_notifier;
    QString m_currentUser;
    QTimer* m_poll = nullptr;
    QTimer* m_overdueTimer = nullptr;
    WorkTicket m_inFlight;
    bool m_checkAgain = false;
    QSet<QString> m_overdueTold; // "reference@due day", remembered across starts
};

} // namespace casedesk
