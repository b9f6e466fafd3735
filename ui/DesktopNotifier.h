// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace casedesk {

// Shows a notification the platform's own way (issue #16 §3): the freedesktop notification
// service (org.freedesktop.Notifications on the session bus) where there is one, as on Linux
// desktops; otherwise the system tray's message, as on Windows. Clicking one opens its case.
// Never waits: the D-Bus call is asynchronous, and a bus without the service switches to the tray.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // `reference`: the case it opens when clicked (empty: none).
    void show(const QString& title, const QString& text, const QString& reference);

Q_SIGNALS:
    void activated(const QString& reference);

private Q_SLOTS:
    // org.freedesktop.Notifications.ActionInvoked: the person clicked notification `id`.
    void onActionInvoked(uint id, const QString& action);

private:
    void showInTray(const QString& title, const QString& text, const QString& reference);

    bool m_useBus = false;
    QHash<uint, QString> m_references; // the bus's notification id -> its case
    QSystemTrayIcon* m_tray = nullptr;
    QString m_trayReference; // the tray shows one message at a time
};

} // namespace casedesk
