// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SecretStore.h"

#include <chrono>

namespace casedesk {

// The real SecretStore, over QtKeychain: libsecret (gnome-keyring, KeePassXC, ...) or KWallet on
// Linux, the Keychain on macOS, the Credential Manager on Windows. Never the insecure
// fallback: without a keyring every call fails with noKeyringError().
//
// A keyring that does not answer yet (QtKeychain's NoBackendAvailable, or no Secret Service on
// the session bus, as right after login) is asked once more after `retryDelay`; if it still
// does not answer, the call fails.
//
// The store may be destroyed while calls are running; the calls finish on their own. Jobs are
// never parented to `context`: deleting a running QtKeychain job would leave libsecret calling
// into freed memory, so a job always runs to completion and deletes itself.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = secretServiceName(),
                                 std::chrono::milliseconds retryDelay = std::chrono::seconds(1));

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;

    const QString& service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_retryDelay;
};

} // namespace casedesk
