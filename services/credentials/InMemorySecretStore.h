// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace casedesk {

// A SecretStore in a QHash, for unit tests and UI tests. Behaves like the real one: answers
// asynchronously (never inside the call), drops answers whose context is gone, and reports the
// same errors. It can be told to act as if no keyring were running or access were refused;
// a failing store changes nothing.
class InMemorySecretStore final : public SecretStore
{
public:
    enum class Failure
    {
        None,
        NoKeyring,
        AccessDenied
    };

    InMemorySecretStore() = default;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;

    void simulateFailure(Failure failure) { m_failure = failure; }
    Failure simulatedFailure() const { return m_failure; }

    // For assertions in tests, synchronous.
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }
    int callCount() const { return m_calls; }

private:
    std::optional<Error> failure() const;

    QHash<QString, QString> m_secrets;
    Failure m_failure = Failure::None;
    int m_calls = 0;
};

} // namespace casedesk
