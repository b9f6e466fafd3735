// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// A real gnome-keyring-daemon for the keyring integration test, on the session bus the test
// runs under (`dbus-run-session -- ctest ...`), with a fresh login keyring in a temporary HOME,
// unlocked with a throwaway password given on stdin:
//
//   HOME=<tmp>/home XDG_RUNTIME_DIR=<tmp>/run XDG_DATA_HOME=<tmp>/home/.local/share
//   gnome-keyring-daemon --foreground --unlock --components=secrets   (stdin: the password)
//
// It is ready when it owns org.freedesktop.secrets on the bus and the "default" alias names an
// unlocked collection. A missing session bus, a missing gnome-keyring-daemon or another
// Secret Service already on the bus is an error with a message naming what is missing.
class KeyringDaemon
{
public:
    // The one daemon of this test program, started on first use; nullptr and `error` set when
    // it cannot be started.
    static KeyringDaemon* shared(QString* error);
    static void stopShared();

    ~KeyringDaemon();

    qint64 pid() const { return m_process.processId(); }
    const QString& homePath() const { return m_homePath; }

private:
    KeyringDaemon() = default;
    bool start(QString* error);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_homePath;
    QProcess m_process;
};

// Removes what would make QtKeychain pick KWallet instead of the Secret Service (a KDE desktop
// in the environment of whoever runs the test). Call before the first QtKeychain job.
void forceSecretServiceBackend();

} // namespace casedesk::test
