// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SqliteReserve.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace casedesk {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString sqliteReservePath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-reserve");
}

SqliteReserve::SqliteReserve(const QString& databasePath, qint64 bytes)
    : m_path(sqliteReservePath(databasePath))
    , m_folder(QFileInfo(m_path).absolutePath())
    , m_bytes(bytes)
{}

qint64 SqliteReserve::size() const
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    // Blocks really held, not the length: a sparse file would reserve nothing.
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return 0;
    return std::min<qint64>(st.st_size, qint64(st.st_blocks) * 512);
#else
    return QFileInfo(m_path).size();
#endif
}

qint64 SqliteReserve::freeSpace() const
{
#ifdef Q_OS_UNIX
    struct statvfs vfs = {};
    if (::statvfs(QFile::encodeName(m_folder).constData(), &vfs) != 0)
        return -1;
    return qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
#else
    return -1;
#endif
}

VoidResult SqliteReserve::ensure() const
{
#ifdef Q_OS_UNIX
    const qint64 held = size();
    if (held >= m_bytes)
        return {};
    const qint64 missing = m_bytes - held;
    const qint64 free = freeSpace();
    if (free < 0)
        return makeError(ErrorCode::Unavailable,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot tell the free space for %1: %2"),
                          {m_path, systemReason(errno)}});
    if (free < missing + m_bytes)
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "not enough free space for %1 (%2 KiB free, %3 KiB wanted and as much "
                               "again left free)"),
             {m_path, free / 1024, missing / 1024}});
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create %1: %2"), {m_path, systemReason(errno)}});
    struct stat st = {};
    QString problem;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        problem = QStringLiteral("not a regular file");
    else if ((st.st_mode & 07777) != 0600 && ::fchmod(fd, 0600) != 0)
        problem = QStringLiteral("cannot make it private: ") + systemReason(errno);
    else if (const int error = ::posix_fallocate(fd, 0, off_t(m_bytes)); error != 0) {
        // Whatever part was allocated goes again: a reserve that filled the disk would be worse
        // than none.
        if (::ftruncate(fd, off_t(held)) != 0) {
            // nothing more to do; the next ensure() or release() deals with it
        }
        problem = systemReason(error);
    }
    ::close(fd);
    if (!problem.isEmpty())
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot reserve space in %1: %2"), {m_path, problem}});
    return {};
#else
    return {};
#endif
}

qint64 SqliteReserve::release() const
{
    const qint64 held = size();
#ifdef Q_OS_UNIX
    if (::unlink(QFile::encodeName(m_path).constData()) != 0)
        return 0;
#else
    if (!QFile::remove(m_path))
        return 0;
#endif
    return held;
}

} // namespace casedesk
