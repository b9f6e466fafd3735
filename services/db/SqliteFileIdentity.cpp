// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SqliteFileIdentity.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>

#include <map>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace casedesk {

#ifdef Q_OS_UNIX
namespace {

struct FileIdentity
{
    bool known = false; // false: the file did not exist when the watch started
    quint64 device = 0;
    quint64 inode = 0;
};

FileIdentity identify(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {true, static_cast<quint64>(info.st_dev), static_cast<quint64>(info.st_ino)};
}

// One row per database file open in this process, as SQLite's own unixInodeInfo.
struct WatchedFile
{
    FileIdentity wal;
    FileIdentity shm;
    int connections = 0;
    QString lostPath; // once set, never cleared: the process's SQLite state is stale
};

QMutex& tableMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<std::pair<quint64, quint64>, WatchedFile>& table()
{
    static std::map<std::pair<quint64, quint64>, WatchedFile> files;
    return files;
}

ErrorText lostMessage(const QString& path)
{
    return {QT_TRANSLATE_NOOP(
                "casedesk::Errors",
                "another program removed or replaced %1 while CaseDesk had the database open; "
                "CaseDesk has stopped writing to the database to protect the data. Restart CaseDesk."),
            {QDir::toNativeSeparators(path)}};
}

// Compares the files on disk with those held; records the reason when they differ. Companions
// that did not exist when watching started (not in WAL mode yet) are taken as they come.
void compareWithDisk(WatchedFile& file, const QString& path, quint64 device, quint64 inode)
{
    const FileIdentity main = identify(path);
    if (!main.known || main.device != device || main.inode != inode) {
        file.lostPath = path;
        return;
    }
    for (auto [held, suffix] : {std::pair{&file.wal, "-wal"}, std::pair{&file.shm, "-shm"}}) {
        const QString companion = path + QLatin1String(suffix);
        const FileIdentity now = identify(companion);
        if (!held->known) {
            *held = now;
            continue;
        }
        if (!now.known || now.device != held->device || now.inode != held->inode) {
            file.lostPath = companion;
            return;
        }
    }
}

} // namespace
#endif

SqliteFileWatch::SqliteFileWatch(QString path, quint64 device, quint64 inode)
    : m_path(std::move(path))
    , m_device(device)
    , m_inode(inode)
{}

std::unique_ptr<SqliteFileWatch> SqliteFileWatch::attach(const QString& path)
{
#ifdef Q_OS_UNIX
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const FileIdentity main = identify(absolute);
    if (!main.known) {
        qCWarning(lcDb) << "cannot watch" << absolute << "for replacement: it cannot be read";
        return nullptr;
    }
    QMutexLocker locker(&tableMutex());
    auto [entry, isNew] = table().try_emplace({main.device, main.inode});
    WatchedFile& file = entry->second;
    if (isNew) {
        file.wal = identify(absolute + QLatin1String("-wal"));
        file.shm = identify(absolute + QLatin1String("-shm"));
        if (!file.wal.known || !file.shm.known)
            qCDebug(lcDb) << absolute << "has no -wal or -shm yet; watching what appears";
    } else if (file.lostPath.isEmpty()) {
        // Another connection of this process shares SQLite's state for the file: that state
        // must still be the one on disk.
        compareWithDisk(file, absolute, main.device, main.inode);
    }
    ++file.connections;
    return std::unique_ptr<SqliteFileWatch>(new SqliteFileWatch(absolute, main.device, main.inode));
#else
    Q_UNUSED(path);
    return nullptr;
#endif
}

SqliteFileWatch::~SqliteFileWatch()
{
#ifdef Q_OS_UNIX
    QMutexLocker locker(&tableMutex());
    auto entry = table().find({m_device, m_inode});
    if (entry == table().end())
        return;
    // A lost file stays in the table: its connections are kept open (keepOpenUntilExit), so
    // SQLite's stale state lives on and a new connection would join it.
    if (--entry->second.connections <= 0 && entry->second.lostPath.isEmpty())
        table().erase(entry);
#endif
}

VoidResult SqliteFileWatch::check() const
{
#ifdef Q_OS_UNIX
    QMutexLocker locker(&tableMutex());
    auto entry = table().find({m_device, m_inode});
    if (entry == table().end())
        return makeError(ErrorCode::Internal,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is not being watched"), {m_path}});
    WatchedFile& file = entry->second;
    if (file.lostPath.isEmpty()) {
        compareWithDisk(file, m_path, m_device, m_inode);
        if (!file.lostPath.isEmpty())
            qCCritical(lcDb) << "database files lost:" << lostMessage(file.lostPath).english();
    }
    if (!file.lostPath.isEmpty())
        return makeError(ErrorCode::Unavailable, lostMessage(file.lostPath));
#endif
    return {};
}

bool SqliteFileWatch::lost() const
{
#ifdef Q_OS_UNIX
    QMutexLocker locker(&tableMutex());
    auto entry = table().find({m_device, m_inode});
    return entry != table().end() && !entry->second.lostPath.isEmpty();
#else
    return false;
#endif
}

void SqliteFileWatch::keepOpenUntilExit(const QString& connectionName)
{
    // A copy that is never destroyed keeps Qt's driver, and with it SQLite's connection, alive;
    // removeDatabase() is not called, as it would close the connection under the copy.
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    static auto* kept = new QList<QSqlDatabase>;
    kept->append(QSqlDatabase::database(connectionName, false));
}

} // namespace casedesk
