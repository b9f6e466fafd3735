// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace casedesk {

struct DatabaseUrl;

// Where the operating system keeps secrets for us: gnome-keyring or KWallet (through the
// Secret Service / KWallet D-Bus APIs), the macOS Keychain or the Windows Credential Manager.
// KeychainSecretStore is the real one, InMemorySecretStore the fake for tests.
//
// Every call is asynchronous and never blocks or spins an event loop: the callback runs later
// on the thread of `context`, and never if `context` is destroyed first (like a connection
// with a context object). `context` must not be null, and calls are made from the thread
// `context` lives in (the GUI thread in the app).
//
// - read: a stored secret, or std::nullopt when there is none (not an error).
// - write: stores or replaces the secret under `key`.
// - remove: forgets `key`; forgetting a key that is not there succeeds.
// - Errors: Unavailable when no keyring is running or it refuses access (the message says so
//   and can be shown as is); InvalidInput for an empty key. There is never a fallback to plain
//   text: a secret that cannot go into the keyring is not stored at all.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(VoidResult)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, DoneCallback done) = 0;
    virtual void remove(const QString& key, QObject* context, DoneCallback done) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;

    // False (with a warning, and an assertion in debug builds) for a null context.
    static bool checkContext(const QObject* context, const char* operation);

    // Hands `value` to `done` from the event loop of `context`'s thread, unless `context` is
    // destroyed first (Qt drops events posted to a deleted object).
    template <typename Callback, typename Value>
    static void deliverLater(QObject* context, Callback done, Value value)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
            Qt::QueuedConnection);
    }
};

// The service name every CaseDesk secret is filed under ("CaseDesk").
QString secretServiceName();

// The key under which the password of a database connection is remembered, e.g.
// "db:postgresql://anna@db.kommun.example:5432/casedesk". Built from dialect, user, host, port
// and database name only: never from the password, even when the URL carries one.
QString secretKeyForDatabase(const DatabaseUrl& url);

// The errors every SecretStore reports, worded for a person (translatable, context
// "casedesk::SecretStore"). `detail` is the keyring's own explanation, if any.
Error noKeyringError();
Error keyringAccessDeniedError();
Error keyringFailedError(const QString& detail);
Error emptySecretKeyError();

} // namespace casedesk
