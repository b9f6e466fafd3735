// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "KeychainSecretStore.h"

#include "CredentialsLogging.h"
#include "KeychainErrors.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace casedesk {

namespace {

enum class Operation
{
    Read,
    Write,
    Remove
};

struct Request
{
    Operation operation = Operation::Read;
    QString service;
    QString key;
    QString secret; // Write only
    std::chrono::milliseconds retryDelay{0};
    bool retried = false;
};

struct Answer
{
    keychain::Outcome outcome = keychain::Outcome::Failed;
    QString detail;
    QString secret; // Read only
};

using Finish = std::function<void(const Answer&)>;

const char* operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

QKeychain::Job* createJob(const Request& request)
{
    QKeychain::Job* job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(request.service);
        writeJob->setTextData(request.secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    job->setKey(request.key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QSettings, whatever QtKeychain's default becomes
    return job;
}

// Runs one job; the answer reaches `finish` only while `context` lives (the connection and the
// retry timer are both bound to it).
void run(Request request, QObject* context, Finish finish)
{
    QKeychain::Job* job = createJob(request);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [request = std::move(request), context, finish = std::move(finish)](QKeychain::Job* done) mutable {
            Answer answer{keychain::classify(done->error(), done->errorString()), done->errorString(), {}};
            if (answer.outcome == keychain::Outcome::NotUpYet && !request.retried) {
                qCInfo(lcCredentials, "keyring not answering on %s (%s); asking again in %lld ms",
                       operationName(request.operation), qUtf8Printable(answer.detail),
                       static_cast<long long>(request.retryDelay.count()));
                request.retried = true;
                const auto delay = request.retryDelay;
                QTimer::singleShot(
                    delay, context,
                    [request = std::move(request), context, finish = std::move(finish)]() mutable {
                        run(std::move(request), context, std::move(finish));
                    });
                return;
            }
            if (answer.outcome == keychain::Outcome::Success && request.operation == Operation::Read)
                answer.secret = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
            if (answer.outcome != keychain::Outcome::Success && answer.outcome != keychain::Outcome::NotFound)
                qCWarning(lcCredentials, "keyring %s failed: %s (QKeychain error %d)",
                          operationName(request.operation), qUtf8Printable(answer.detail),
                          static_cast<int>(done->error()));
            finish(answer);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds retryDelay)
    : m_service(std::move(service))
    , m_retryDelay(retryDelay)
{}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    if (!checkContext(context, "read"))
        return;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), Result<std::optional<QString>>(emptySecretKeyError()));
    run(Request{Operation::Read, m_service, key, {}, m_retryDelay}, context,
        [done = std::move(done)](const Answer& answer) {
            switch (answer.outcome) {
            case keychain::Outcome::Success:
                return done(Result<std::optional<QString>>(std::optional<QString>(answer.secret)));
            case keychain::Outcome::NotFound:
                return done(Result<std::optional<QString>>(std::optional<QString>()));
            default:
                return done(Result<std::optional<QString>>(keychain::toError(answer.outcome, answer.detail)));
            }
        });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                DoneCallback done)
{
    if (!checkContext(context, "write"))
        return;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), VoidResult(emptySecretKeyError()));
    run(Request{Operation::Write, m_service, key, secret, m_retryDelay}, context,
        [done = std::move(done)](const Answer& answer) {
            if (answer.outcome == keychain::Outcome::Success)
                return done(VoidResult());
            done(VoidResult(keychain::toError(answer.outcome, answer.detail)));
        });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    if (!checkContext(context, "remove"))
        return;
    if (key.isEmpty())
        return deliverLater(context, std::move(done), VoidResult(emptySecretKeyError()));
    run(Request{Operation::Remove, m_service, key, {}, m_retryDelay}, context,
        [done = std::move(done)](const Answer& answer) {
            // Forgetting what is not there is done: some backends call that EntryNotFound.
            if (answer.outcome == keychain::Outcome::Success || answer.outcome == keychain::Outcome::NotFound)
                return done(VoidResult());
            done(VoidResult(keychain::toError(answer.outcome, answer.detail)));
        });
}

} // namespace casedesk
