// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace casedesk {

namespace {

// Names compare as the file system does: case-insensitively on macOS and Windows.
constexpr Qt::CaseSensitivity fileNameCase =
#if defined(Q_OS_DARWIN) || defined(Q_OS_WIN)
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

// The folder resolved (links, ".."), the last name kept as it is: also for files that do not
// exist yet, such as a name typed into a save dialog.
QString resolvedPath(const QString& path)
{
    const QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                           info.fileName());
}

bool sameFileOnDisk(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    struct stat first
    {};
    struct stat second
    {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

} // namespace

DatabaseFiles::DatabaseFiles(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    const QString absolute = QDir::cleanPath(QDir(databasePath).absolutePath());
    QStringList bases{absolute, resolvedPath(absolute)};
    const QString target = QFileInfo(absolute).canonicalFilePath(); // the database may be a link
    if (!target.isEmpty())
        bases << target;
    for (const QString& base : std::as_const(bases)) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", "-reserve"}) {
            const QString path = base + QLatin1String(suffix);
            if (!m_paths.contains(path, fileNameCase))
                m_paths << path;
        }
    }
    m_folder = QFileInfo(resolvedPath(absolute)).absolutePath();
}

bool DatabaseFiles::contains(const QString& path) const
{
    if (m_paths.isEmpty() || path.isEmpty())
        return false;
    QStringList candidates{resolvedPath(path)};
    const QString target = QFileInfo(path).canonicalFilePath();
    if (!target.isEmpty())
        candidates << target;
    for (const QString& candidate : std::as_const(candidates)) {
        if (m_paths.contains(candidate, fileNameCase))
            return true;
    }
    // Another name for the same file (a hard link) gives the locks away just the same.
    if (QFileInfo(path).isFile()) {
        for (const QString& own : m_paths) {
            if (sameFileOnDisk(path, own))
                return true;
        }
    }
    return false;
}

bool DatabaseFiles::isDatabaseFolder(const QString& folder) const
{
    if (m_folder.isEmpty() || folder.isEmpty())
        return false;
    const QString resolved = QFileInfo(QDir(folder).absolutePath()).canonicalFilePath();
    return QString::compare(resolved.isEmpty() ? QDir::cleanPath(QDir(folder).absolutePath()) : resolved,
                            m_folder, fileNameCase) == 0;
}

} // namespace casedesk
