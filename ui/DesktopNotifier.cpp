// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DesktopNotifier.h"

#include <QIcon>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

#ifdef CASEDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_LOGGING_CATEGORY(lcNotify, "casedesk.notify")

namespace casedesk {

namespace {
#ifdef CASEDESK_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
#endif
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
#ifdef CASEDESK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_useBus = bus.isConnected();
    if (m_useBus)
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::show(const QString& title, const QString& text, const QString& reference)
{
#ifdef CASEDESK_HAVE_DBUS
    if (m_useBus) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        const QStringList actions =
            reference.isEmpty() ? QStringList() : QStringList{QStringLiteral("default"), tr("Open case")};
        const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("casedesk")},
                                {QStringLiteral("category"), QStringLiteral("im.received")}};
        call << QStringLiteral("CaseDesk") << uint(0) << QStringLiteral("casedesk") << title << text
             << actions << hints << int(-1);
        auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, text, reference] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                // No notification service on this bus: the tray from now on.
                qCInfo(lcNotify) << "no desktop notification service:" << reply.error().message();
                m_useBus = false;
                showInTray(title, text, reference);
                return;
            }
            if (!reference.isEmpty())
                m_references.insert(reply.value(), reference);
        });
        return;
    }
#endif
    showInTray(title, text, reference);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    Q_UNUSED(action) // "default": the notification itself was clicked; our one action
    const QString reference = m_references.take(id);
    if (!reference.isEmpty())
        Q_EMIT activated(reference);
}

void DesktopNotifier::showInTray(const QString& title, const QString& text, const QString& reference)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcNotify) << "no system tray either; not shown:" << title;
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/casedesk.svg")), this);
        m_tray->setToolTip(tr("CaseDesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayReference.isEmpty())
                Q_EMIT activated(m_trayReference);
        });
        m_tray->show();
    }
    m_trayReference = reference;
    m_tray->showMessage(title, text, QIcon(QStringLiteral(":/icons/casedesk.svg")));
}

} // namespace casedesk
