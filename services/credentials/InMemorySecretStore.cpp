// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InMemorySecretStore.h"

namespace casedesk {

std::optional<Error> InMemorySecretStore::failure() const
{
    switch (m_failure) {
    case Failure::None:
        return std::nullopt;
    case Failure::NoKeyring:
        return noKeyringError();
    case Failure::AccessDenied:
        return keyringAccessDeniedError();
    }
    return std::nullopt;
}

void InMemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    using ReadResult = Result<std::optional<QString>>;
    if (!checkContext(context, "read"))
        return;
    ++m_calls;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), ReadResult(emptySecretKeyError()));
    if (auto error = failure())
        return deliverLater(context, std::move(done), ReadResult(std::move(*error)));
    const auto found = m_secrets.constFind(key);
    std::optional<QString> secret;
    if (found != m_secrets.cend())
        secret = *found;
    deliverLater(context, std::move(done), ReadResult(std::move(secret)));
}

void InMemorySecretStore::write(const QString& key, const QString& secret, QObject* context,
                                DoneCallback done)
{
    if (!checkContext(context, "write"))
        return;
    ++m_calls;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), VoidResult(emptySecretKeyError()));
    if (auto error = failure())
        return deliverLater(context, std::move(done), VoidResult(std::move(*error)));
    m_secrets.insert(key, secret);
    deliverLater(context, std::move(done), VoidResult());
}

void InMemorySecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    if (!checkContext(context, "remove"))
        return;
    ++m_calls;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), VoidResult(emptySecretKeyError()));
    if (auto error = failure())
        return deliverLater(context, std::move(done), VoidResult(std::move(*error)));
    m_secrets.remove(key);
    deliverLater(context, std::move(done), VoidResult());
}

} // namespace casedesk
