// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "KeyringDaemon.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace casedesk::test {

namespace {

const QString kSecretsName = QStringLiteral("org.freedesktop.secrets");

std::unique_ptr<KeyringDaemon>& sharedInstance()
{
    static std::unique_ptr<KeyringDaemon> instance;
    return instance;
}

QString describeBusOwner(QDBusConnection& bus)
{
    const QDBusReply<uint> pid = bus.interface()->servicePid(kSecretsName);
    if (!pid.isValid())
        return QStringLiteral("unknown process");
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid.value()));
    QString command;
    if (cmdline.open(QIODevice::ReadOnly))
        command =
            QString::fromLocal8Bit(cmdline.readAll()).replace(QLatin1Char('\0'), QLatin1Char(' ')).trimmed();
    return QStringLiteral("pid %1 %2").arg(pid.value()).arg(command);
}

// The collection behind the "default" alias, if it exists and is unlocked; else a reason.
bool defaultCollectionUnlocked(QDBusConnection& bus, QString* reason)
{
    QDBusInterface service(kSecretsName, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), bus);
    const QDBusReply<QDBusObjectPath> alias =
        service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    if (!alias.isValid()) {
        *reason = QStringLiteral("ReadAlias(default) failed: ") + alias.error().message();
        return false;
    }
    const QString path = alias.value().path();
    if (path.isEmpty() || path == QLatin1String("/")) {
        *reason = QStringLiteral("no default collection (the login keyring was not created)");
        return false;
    }
    QDBusInterface properties(kSecretsName, path, QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    const QDBusReply<QDBusVariant> locked = properties.call(
        QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked"));
    if (!locked.isValid()) {
        *reason =
            QStringLiteral("cannot read Locked of ") + path + QStringLiteral(": ") + locked.error().message();
        return false;
    }
    if (locked.value().variant().toBool()) {
        *reason = path + QStringLiteral(" is locked (the password on stdin did not unlock it)");
        return false;
    }
    return true;
}

} // namespace

void forceSecretServiceBackend()
{
    for (const char* name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
}

KeyringDaemon* KeyringDaemon::shared(QString* error)
{
    auto& instance = sharedInstance();
    if (!instance) {
        std::unique_ptr<KeyringDaemon> daemon(new KeyringDaemon);
        if (!daemon->start(error))
            return nullptr;
        instance = std::move(daemon);
    }
    return instance.get();
}

void KeyringDaemon::stopShared()
{
    sharedInstance().reset();
}

KeyringDaemon::~KeyringDaemon()
{
    stop();
}

bool KeyringDaemon::start(QString* error)
{
    const QString busAddress = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (busAddress.isEmpty()) {
        *error = QStringLiteral(
            "No D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set. Run the tests under "
            "`dbus-run-session -- ctest ...` (scripts/test-all.sh does); Debian package dbus-daemon.");
        return false;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QStringLiteral("No D-Bus session bus: cannot connect to DBUS_SESSION_BUS_ADDRESS=") +
                 busAddress + QStringLiteral(" (") + bus.lastError().message() +
                 QStringLiteral("). Run the tests under `dbus-run-session -- ctest ...`.");
        return false;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (program.isEmpty()) {
        *error = QStringLiteral(
            "gnome-keyring-daemon is not installed or not on PATH (Debian package gnome-keyring).");
        return false;
    }
    if (bus.interface()->isServiceRegistered(kSecretsName)) {
        *error = QStringLiteral(
                     "Another Secret Service already owns org.freedesktop.secrets on this session bus (") +
                 describeBusOwner(bus) +
                 QStringLiteral("); the test needs a fresh keyring of its own. Run it on a bus of its own: "
                                "`dbus-run-session -- ctest -R keyring`.");
        return false;
    }

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/casedesk-keyring-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return false;
    }
    m_homePath = m_dir->filePath(QStringLiteral("home"));
    const QString runtimeDir = m_dir->filePath(QStringLiteral("run"));
    QDir().mkpath(m_homePath);
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_homePath);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_homePath + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_homePath + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_homePath + QStringLiteral("/.cache"));
    // No display: a prompt could only hang the test.
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"})
        environment.remove(QString::fromLatin1(name));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                              QStringLiteral("--components=secrets")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start ") + program + QStringLiteral(": ") + m_process.errorString();
        return false;
    }
    // --unlock reads the login keyring's password from stdin up to EOF; a new keyring is
    // created with it, already unlocked.
    m_process.write("casedesk-test-keyring");
    m_process.closeWriteChannel();

    QString reason = QStringLiteral("org.freedesktop.secrets did not appear on the session bus");
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("gnome-keyring-daemon exited (code %1) before it was ready: ")
                         .arg(m_process.exitCode()) +
                     QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        if (bus.interface()->isServiceRegistered(kSecretsName)) {
            const QDBusReply<uint> ownerPid = bus.interface()->servicePid(kSecretsName);
            if (ownerPid.isValid() && qint64(ownerPid.value()) != m_process.processId()) {
                *error = QStringLiteral("org.freedesktop.secrets was taken by another process (") +
                         describeBusOwner(bus) +
                         QStringLiteral(") instead of the test's gnome-keyring-daemon");
                return false;
            }
            if (defaultCollectionUnlocked(bus, &reason))
                return true;
        }
        QTest::qWait(50);
    }
    *error = QStringLiteral("gnome-keyring-daemon did not become ready within 15 s: ") + reason +
             QStringLiteral("; its output: ") + QString::fromLocal8Bit(m_process.readAll());
    return false;
}

void KeyringDaemon::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace casedesk::test
