// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecretStore.h"

#include "CredentialsLogging.h"
#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCredentials, "casedesk.credentials", QtWarningMsg)

namespace casedesk {

namespace {

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

QString secretServiceName()
{
    return QStringLiteral("CaseDesk");
}

QString secretKeyForDatabase(const DatabaseUrl& url)
{
    // Assembled field by field rather than from a URL string, so that a password can never
    // slip in. User and host are percent-encoded so that no two connections share a key.
    if (url.isEmbedded())
        return QStringLiteral("db:sqlite:") + url.sqlitePath;
    QString key = QStringLiteral("db:postgresql://");
    if (!url.user.isEmpty())
        key += encoded(url.user) + QLatin1Char('@');
    key += encoded(url.host) + QLatin1Char(':') + QString::number(url.port) + QLatin1Char('/') +
           encoded(url.databaseName);
    return key;
}

bool SecretStore::checkContext(const QObject* context, const char* operation)
{
    Q_ASSERT_X(context, "SecretStore", "a SecretStore call needs a context object");
    if (!context)
        qCWarning(lcCredentials, "secret %s without a context object: the answer is dropped", operation);
    return context != nullptr;
}

Error noKeyringError()
{
    return makeError(
        ErrorCode::Unavailable,
        QT_TRANSLATE_NOOP("casedesk::Errors",
                          "No keyring is running (gnome-keyring, KWallet or the Windows Credential Manager); "
                          "the password cannot be remembered."));
}

Error keyringAccessDeniedError()
{
    return makeError(
        ErrorCode::Unavailable,
        QT_TRANSLATE_NOOP(
            "casedesk::Errors",
            "The keyring refused access (it may be locked); the password cannot be remembered."));
}

Error keyringFailedError(const QString& detail)
{
    if (detail.isEmpty())
        return makeError(
            ErrorCode::Unavailable,
            QT_TRANSLATE_NOOP("casedesk::Errors", "The keyring failed; the password cannot be remembered."));
    return makeError(
        ErrorCode::Unavailable,
        {QT_TRANSLATE_NOOP("casedesk::Errors", "The keyring failed (%1); the password cannot be remembered."),
         {detail}});
}

Error emptySecretKeyError()
{
    return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "A secret needs a key."));
}

} // namespace casedesk
