// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecretFile.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casedesk {

namespace {

constexpr qint64 kMaxSecretBytes = 4096;

QByteArray dropTrailingNewline(QByteArray bytes)
{
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
}

} // namespace

Result<QByteArray> readSecretFile(const QString& path, const QString& variable)
{
#ifdef Q_OS_UNIX
    // Open first, then check what was opened: no window between the check and the read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"),
                          {path, QString::fromLocal8Bit(std::strerror(errno))}},
                         variable);
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is not a regular file"), {path}},
                         variable);
    }
    if ((info.st_mode & 0077) != 0) {
        ::close(fd);
        return makeError(
            ErrorCode::PermissionDenied,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "%1 is accessible by group or others (mode %2); a password file must be "
                               "readable only by its owner: chmod 600 %1"),
             {path, QString::number(info.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))}},
            variable);
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot read %1"), {path}}, variable);
    }
#else
    // Windows: the file's ACL is the administrator's business (the service's profile folder).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"), {path, file.errorString()}},
            variable);
#endif
    QByteArray secret = dropTrailingNewline(file.read(kMaxSecretBytes + 1));
    if (secret.size() > kMaxSecretBytes)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is too long for a password"), {path}},
                         variable);
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is empty"), {path}}, variable);
    return secret;
}

Result<QByteArray> secretFromEnvironment(const char* fileVariable, const char* valueVariable)
{
    const QString path = qEnvironmentVariable(fileVariable);
    if (!path.isEmpty())
        return readSecretFile(path, QString::fromLatin1(fileVariable));
    return qgetenv(valueVariable);
}

} // namespace casedesk
