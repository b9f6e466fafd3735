// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabasePasswordProvider.h"

#include "db/DatabaseUrl.h"

#include <QCoreApplication>

namespace casedesk {

namespace {

// SQLite has no password; delivered like every other answer, later and only to a live context.
void deliverNothing(QObject* context, SecretStore::ReadCallback done)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(Result<std::optional<QString>>(std::optional<QString>())); },
        Qt::QueuedConnection);
}

void deliverDone(QObject* context, SecretStore::DoneCallback done, VoidResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

void DatabasePasswordProvider::lookup(const DatabaseUrl& url, QObject* context,
                                      SecretStore::ReadCallback done)
{
    if (!context)
        return;
    if (url.isEmbedded())
        return deliverNothing(context, std::move(done));
    if (!url.password.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), password = url.password] {
                done(Result<std::optional<QString>>(std::optional<QString>(password)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_store.read(secretKeyForDatabase(url), context, std::move(done));
}

void DatabasePasswordProvider::remember(const DatabaseUrl& url, const QString& password, QObject* context,
                                        SecretStore::DoneCallback done)
{
    if (!context)
        return;
    if (url.isEmbedded() || password.isEmpty()) {
        const ErrorText reason(
            QT_TRANSLATE_NOOP("casedesk::Errors", "Only a non-empty PostgreSQL password can be remembered."));
        return deliverDone(context, std::move(done), VoidResult(makeError(ErrorCode::InvalidInput, reason)));
    }
    m_store.write(secretKeyForDatabase(url), password, context, std::move(done));
}

void DatabasePasswordProvider::forget(const DatabaseUrl& url, QObject* context,
                                      SecretStore::DoneCallback done)
{
    if (!context)
        return;
    if (url.isEmbedded())
        return deliverDone(context, std::move(done), VoidResult());
    m_store.remove(secretKeyForDatabase(url), context, std::move(done));
}

void DatabasePasswordProvider::applyRememberChoice(const DatabaseUrl& url, const QString& password,
                                                   bool remember, QObject* context,
                                                   SecretStore::DoneCallback done)
{
    if (remember)
        this->remember(url, password, context, std::move(done));
    else
        forget(url, context, std::move(done));
}

} // namespace casedesk
