// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "KeychainErrors.h"

#include "SecretStore.h"

#include <QStringList>

namespace casedesk::keychain {

namespace {

bool mentionsMissingService(const QString& detail)
{
    // What libsecret (GDBus) and QtDBus say when nobody provides org.freedesktop.secrets or
    // there is no session bus at all.
    static const QStringList markers{
        QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
        QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner"),
        QStringLiteral("org.freedesktop.DBus.Error.NoServer"),
        QStringLiteral("org.freedesktop.DBus.Error.Spawn"),
        QStringLiteral("Cannot autolaunch D-Bus"),
        QStringLiteral("Could not connect"),
        QStringLiteral("was not provided by any .service files"),
    };
    for (const QString& marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Outcome classify(QKeychain::Error code, const QString& detail)
{
    switch (code) {
    case QKeychain::NoError:
        return Outcome::Success;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
        return Outcome::NotUpYet;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Outcome::AccessDenied;
    case QKeychain::OtherError:
        return mentionsMissingService(detail) ? Outcome::NotUpYet : Outcome::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return Outcome::Failed;
}

Error toError(Outcome outcome, const QString& detail)
{
    switch (outcome) {
    case Outcome::NotUpYet:
        return noKeyringError();
    case Outcome::AccessDenied:
        return keyringAccessDeniedError();
    case Outcome::Success:
    case Outcome::NotFound:
    case Outcome::Failed:
        break;
    }
    return keyringFailedError(detail);
}

} // namespace casedesk::keychain
