// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SecretStore.h"

namespace casedesk {

struct DatabaseUrl;

// "Remember password" for database logins, kept small so that the login dialog stays dumb.
//
// lookup(): a password written in the URL wins; otherwise the one remembered in the keyring;
// otherwise std::nullopt (libpq may still find PGPASSWORD or ~/.pgpass, or the dialog asks).
// SQLite needs no password and never touches the store. An Unavailable error means there is
// no usable keyring: ask for the password and offer no "remember" checkbox (the message says
// why).
//
// applyRememberChoice(): after a successful login, remembers the password when the box is
// ticked and forgets any earlier one when it is not. Call forget() when the server rejects a
// remembered password.
//
// The store must outlive the provider; calls in flight need neither.
class DatabasePasswordProvider
{
public:
    explicit DatabasePasswordProvider(SecretStore& store)
        : m_store(store)
    {}

    void lookup(const DatabaseUrl& url, QObject* context, SecretStore::ReadCallback done);
    void remember(const DatabaseUrl& url, const QString& password, QObject* context,
                  SecretStore::DoneCallback done);
    void forget(const DatabaseUrl& url, QObject* context, SecretStore::DoneCallback done);
    void applyRememberChoice(const DatabaseUrl& url, const QString& password, bool remember, QObject* context,
                             SecretStore::DoneCallback done);

private:
    SecretStore& m_store;
};

} // namespace casedesk
