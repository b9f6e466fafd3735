// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SqliteFileAccess.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casedesk {

namespace {

const QString kBusyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error unavailable(ErrorText message)
{
    return makeError(ErrorCode::Unavailable, std::move(message));
}

#ifdef Q_OS_UNIX

// Creates the folders of an embedded database that do not exist yet, each 0700 whatever the
// umask: the file holds personal data of citizens and nobody but its owner may list or read it.
// Folders that exist already are left as they are (the user may have chosen a shared place).
VoidResult createPrivateFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList missing;
    for (QString path = clean; !QFileInfo::exists(path); path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break;
    }
    for (const QString& path : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(path);
        if ((::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) ||
            ::chmod(native.constData(), 0700) != 0)
            return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create the folder %1: %2"),
                                {path, systemReason(errno)}});
    }
    if (!QFileInfo(clean).isDir())
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "cannot create the folder %1: a file of that name is in the way"),
             {clean}});
    return {};
}

// A new database file is 0600 before SQLite opens it: SQLite gives -wal and -shm the main
// file's mode, and O_CREAT's mode is reduced by the umask.
VoidResult createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) // created meanwhile by another program: theirs to have made
            return {};
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create %1: %2"), {path, systemReason(errno)}});
    }
    const bool tightened = ::fchmod(fd, 0600) == 0;
    const int error = errno;
    ::close(fd);
    if (!tightened)
        return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "cannot make %1 private to its owner: %2"),
                            {path, systemReason(error)}});
    return {};
}

// Takes group and other permissions off a file of ours that an older CaseDesk or a copy left
// open to others (the file and its -wal and -shm companions). Only the owner can, and only the
// owner's file is ours to tighten: a file of someone else's that we may read is left alone, and
// a failure is worth a warning, never a refused read.
void tightenIfOurs(const QByteArray& native)
{
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0 || st.st_uid != ::geteuid() || (st.st_mode & 077) == 0)
        return;
    if (::chmod(native.constData(), st.st_mode & 0700) != 0)
        qCWarning(lcDb) << "cannot take the others' permissions off" << QFile::decodeName(native) << ':'
                        << systemReason(errno);
}

bool isOurs(const QByteArray& native)
{
    struct stat st = {};
    return ::stat(native.constData(), &st) == 0 && st.st_uid == ::geteuid();
}

bool exists(const QByteArray& native, off_t* size = nullptr)
{
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return false;
    if (size)
        *size = st.st_size;
    return true;
}

#endif

} // namespace

Result<SqliteOpenPlan> planSqliteOpen(const QString& path, OpenMode mode)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the SQLite database path is empty"));
    if (path == QLatin1String(":memory:"))
        return SqliteOpenPlan{path, kBusyTimeout, false};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(absolute).absolutePath();
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(absolute);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        if (error == EACCES)
            return unavailable(
                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "cannot open %1: permission denied on a folder on the way to it"),
                 {absolute}});
        if (error != ENOENT)
            return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"),
                                {absolute, systemReason(error)}});
        if (mode == OpenMode::ExistingOnly) {
            // Translated with the sentence it completes.
            const ErrorArg where =
                QFileInfo(folder).isDir()
                    ? ErrorArg(QString())
                    : ErrorArg(
                          ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", " (the folder %1 does not exist)"),
                                    {folder}));
            return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors",
                                                  "no database at %1%2; create one with 'casedeskctl init'"),
                                {absolute, where}});
        }
        if (auto made = createPrivateFolder(folder); !made.ok())
            return made.error();
        if (auto made = createPrivateFile(absolute); !made.ok())
            return made.error();
        return SqliteOpenPlan{absolute, kBusyTimeout, false};
    }
    if (S_ISDIR(st.st_mode))
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is a folder, not a database file"), {absolute}});
    if (!S_ISREG(st.st_mode))
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is not a regular file, so it cannot be a database"),
             {absolute}});
    if (::access(native.constData(), R_OK) != 0)
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot read %1: %2"), {absolute, systemReason(errno)}});

    const QByteArray wal = native + "-wal";
    const QByteArray journal = native + "-journal";
    const QByteArray shm = native + "-shm";
    const QByteArray reserve = native + "-reserve";
    for (const QByteArray& file : {native, wal, shm, journal, reserve})
        tightenIfOurs(file);
    // SQLite writes -wal and -shm next to the file (and removes them on the last close), so a
    // writer needs the folder too.
    const bool writable = ::access(native.constData(), W_OK) == 0 &&
                          ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
    if (writable) {
        // SQLite gives -wal and -shm the main file's mode only when it makes them; ones left
        // behind (by a copy, or a reader of a read-only file) must be ours to write again.
        for (const QByteArray& companion : {wal, shm})
            if (isOurs(companion) && ::chmod(companion.constData(), 0600) != 0)
                qCWarning(lcDb) << "cannot make" << QFile::decodeName(companion)
                                << "0600:" << systemReason(errno);
        return SqliteOpenPlan{absolute, kBusyTimeout, false};
    }

    off_t walSize = 0;
    const bool walHasContent = exists(wal, &walSize) && walSize > 0;
    // Without a -wal or -shm no writer is at work and nothing is waiting in a log: immutable
    // reads the file as it is and makes no -wal and -shm (which, made by us, could block the
    // owner's next write). Otherwise mode=ro reads through the writer's -shm and -wal.
    const QString parameter =
        walHasContent || exists(shm) ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1");
    const QString uri =
        QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + QLatin1Char('?') + parameter;
    return SqliteOpenPlan{uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + kBusyTimeout,
                          true};
#else
    // Windows: the profile folder is private already; SQLite reports what it cannot do.
    if (!QFileInfo::exists(absolute)) {
        if (mode == OpenMode::ExistingOnly)
            return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors",
                                                  "no database at %1; create one with 'casedeskctl init'"),
                                {absolute}});
        if (!QDir().mkpath(folder))
            return unavailable(
                {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create the folder %1"), {folder}});
    } else if (QFileInfo(absolute).isDir()) {
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is a folder, not a database file"), {absolute}});
    }
    return SqliteOpenPlan{absolute, kBusyTimeout, false};
#endif
}

SqliteOpenPlan planSqliteOpenOnFullDisk(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A -wal with frames holds committed data that immutable would not see.
    const bool walHasContent = QFileInfo(absolute + QStringLiteral("-wal")).size() > 0;
    const QString uri = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + QLatin1Char('?') +
                        (walHasContent ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
    return SqliteOpenPlan{uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + kBusyTimeout,
                          true};
}

namespace {

// isDiskFull() knows the error by this source.
const char* const kDiskFull = QT_TRANSLATE_NOOP(
    "casedesk::Errors",
    "disk full: %1 cannot grow, nothing was changed (free space on its disk: 'casedeskctl purge' "
    "deletes the cases that are due and may use CaseDesk's reserve next to the file to do it)%2");

} // namespace

ErrorText sqliteDiskFullMessage(const QString& file, const QString& detail)
{
    return ErrorText(kDiskFull, {file, detail});
}

bool isDiskFull(const Error& error)
{
    return error.code == ErrorCode::Unavailable && error.text.is(kDiskFull);
}

std::optional<Error> sqliteFileError(const QString& nativeCode, const QString& driverText,
                                     const QString& path)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok);
    if (!ok)
        return std::nullopt;
    const QString file = path == QLatin1String(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    const QString detail = driverText.trimmed().isEmpty()
                               ? QString()
                               : QStringLiteral(" (SQLite: %1)").arg(driverText.trimmed());
    // The extended codes (Qt turns them on) carry the primary code in the low byte.
    switch (code & 0xff) {
    case 8: // SQLITE_READONLY
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "%1 is read-only: nothing was changed (CaseDesk needs write permission on the "
                               "file and its folder to change it)%2"),
             {file, detail}});
    case 13: // SQLITE_FULL
        return unavailable(sqliteDiskFullMessage(file, detail));
    case 10: // SQLITE_IOERR
        // The -shm cannot grow to its 32 KiB: no room on the disk.
        if (code == 4874) // SQLITE_IOERR_SHMSIZE
            return unavailable(sqliteDiskFullMessage(file, detail));
        // A write past a file size limit (EFBIG), over a quota or on a failing disk; a write on a
        // plain full disk (ENOSPC) is SQLITE_FULL above.
        if (code == 778) // SQLITE_IOERR_WRITE
            return unavailable(
                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "disk full or over a size limit: cannot write %1, nothing was "
                                   "changed (free space on its disk, for example with 'casedeskctl "
                                   "purge', or check quotas and the disk)%2"),
                 {file, detail}});
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "input/output error on %1%2"), {file, detail}});
    case 26: // SQLITE_NOTADB
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is not a database file%2"), {file, detail}});
    case 11: // SQLITE_CORRUPT
        return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is damaged%2"), {file, detail}});
    case 14: // SQLITE_CANTOPEN
        return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1%2"), {file, detail}});
    default:
        return std::nullopt;
    }
}

} // namespace casedesk
