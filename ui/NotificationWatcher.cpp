// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NotificationWatcher.h"

#include "CaseText.h"
#include "DesktopNotifier.h"
#include "notifications/NotificationService.h"
#include "worker/DatabaseWorker.h"

#include <QTimer>

namespace casedesk {

namespace {

struct Checked
{
    QList<Notification> shown; // of the first read, what the settings ask for
    qint64 unread = 0;         // beyond the first read (too many to read one by one)
};

QString caseLine(const QString& reference, const QString& eservice)
{
    return eservice.isEmpty() ? reference : QStringLiteral("%1 · %2").arg(reference, eservice);
}

} // namespace

NotificationWatcher::NotificationWatcher(DatabaseWorker& worker, DesktopNotifier* notifier, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_notifier(notifier)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(30'000);
    connect(m_poll, &QTimer::timeout, this, &NotificationWatcher::check);
    m_poll->start();
    m_overdueTimer = new QTimer(this);
    m_overdueTimer->setInterval(60 * 60'000); // a Swedish day ends at midnight; an hour later is soon enough
    connect(m_overdueTimer, &QTimer::timeout, this, &NotificationWatcher::checkOverdue);
    m_overdueTimer->start();
}

void NotificationWatcher::check()
{
    if (m_inFlight.isValid()) {
        m_checkAgain = true; // a change arrived while the last check ran
        return;
    }
    m_inFlight = m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [](Database& db) -> Result<Checked> {
            const NotificationService service(db);
            auto settings = service.settings();
            if (!settings.ok())
                return settings.error();
            auto unseen = service.unseen();
            if (!unseen.ok())
                return unseen.error();
            Checked checked{{}, unseen->total - unseen->first.size()};
            for (const Notification& n : std::as_const(unseen->first))
                if (settings->wants(n.kind))
                    checked.shown << n;
            // All of it is seen now: shown, not wanted, or counted in the summary.
            if (auto seen = service.markSeenThrough(unseen->lastId); !seen.ok())
                return seen.error();
            return checked;
        },
        [this](Result<Checked> checked) {
            m_inFlight = WorkTicket();
            if (checked.ok())
                show(checked->shown, checked->unread); // else the next check tries again; the banner says why
            if (std::exchange(m_checkAgain, false))
                check();
        });
}

void NotificationWatcher::show(const QList<Notification>& notifications, qint64 unread)
{
    // A few one by one; more become two and a summary of the rest.
    const bool tooMany = notifications.size() + unread > kShownOneByOne;
    const qsizetype oneByOne =
        tooMany ? std::min<qsizetype>(notifications.size(), kShownOneByOne - 1) : notifications.size();
    for (qsizetype i = 0; i < oneByOne; ++i) {
        const Notification& n = notifications.at(i);
        QString title;
        switch (n.kind) {
        case Notification::Kind::Message:
            title = tr("New message from the applicant");
            break;
        case Notification::Kind::Supplement:
            title = tr("Supplement received from the applicant");
            break;
        case Notification::Kind::Assigned:
            title = tr("%1 assigned a case to you").arg(CaseText::personName(n.actor));
            break;
        case Notification::Kind::Mention:
            title = tr("%1 mentioned you in a note").arg(CaseText::personName(n.actor));
            break;
        case Notification::Kind::Overdue:
            title = tr("A case of yours is overdue");
            break;
        }
        m_notifier->show(title, caseLine(n.reference, n.eserviceName), n.reference);
    }
    if (tooMany) {
        const int more = int(notifications.size() - oneByOne + unread);
        m_notifier->show(tr("%n more notification(s)", nullptr, more),
                         tr("Messages, assignments and mentions of the cases you work: see the inbox."),
                         QString());
    }
}

void NotificationWatcher::checkOverdue()
{
    // The database tells the assignees of what became overdue (once per case and status); the
    // notifications then come as every other, to this desktop and any other, and by e-mail.
    m_worker.post(
        DatabaseWorker::Lane::Write, this, [](Database& db) { return NotificationService(db).noteOverdue(); },
        [this](Result<int> told) {
            if (told.ok() && *told > 0)
                check();
        });
}

} // namespace casedesk
