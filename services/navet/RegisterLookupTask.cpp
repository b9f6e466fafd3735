// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RegisterLookupTask.h"

#include "NavetLookupSetup.h"
#include "NavetRefresh.h"
#include "repositories/RegisterRepository.h"

#include <QEventLoop>
#include <QLoggingCategory>

namespace casedesk {

namespace {

Q_LOGGING_CATEGORY(lcNavet, "casedesk.navet")

// Why a request could not be answered in full: each person's role with Navet's words.
QString failureOf(const Result<QList<NavetRefreshedPerson>>& people)
{
    if (!people.ok())
        return people.error().text.english();
    QStringList failures;
    for (const NavetRefreshedPerson& person : *people)
        if (person.error)
            failures << QStringLiteral("%1: %2").arg(person.role, person.error->text.english());
    return failures.join(QStringLiteral("; "));
}

} // namespace

Result<QString> RegisterLookupTask::run(const std::atomic_bool& stop)
{
    const RegisterRepository repository(m_db);
    auto waiting = repository.waitingRequests(kRequestsPerRun);
    if (!waiting.ok())
        return waiting.error();
    if (waiting->isEmpty())
        return QString(); // nothing to do: not logged (BackgroundTask::run)
    // Navet not configured, no password, a certificate that does not open: every request says so.
    const auto endpoint = prepareNavetLookup(m_db);
    int answered = 0;
    int failed = 0;
    for (const RegisterRepository::WaitingRequest& request : std::as_const(*waiting)) {
        if (stop.load())
            break;
        QString failure;
        if (!endpoint.ok()) {
            failure = endpoint.error().text.english();
        } else {
            // The service's thread may wait: its event loop runs here until the lookups are done.
            NavetRefresh refresh(m_db, *endpoint);
            QEventLoop loop;
            std::optional<Result<QList<NavetRefreshedPerson>>> people;
            refresh.start(
                request.reference,
                [&](Result<QList<NavetRefreshedPerson>> result) {
                    people = std::move(result);
                    loop.quit();
                },
                request.personalNumber);
            loop.exec();
            failure = failureOf(*people);
        }
        if (auto r = repository.answerRequest(request.id, failure); !r.ok())
            return r.error();
        if (failure.isEmpty()) {
            ++answered;
        } else {
            ++failed;
            qCWarning(lcNavet).noquote()
                << "Navet lookup for case" << request.reference << "failed:" << failure;
        }
    }
    return QStringLiteral("%1 Navet lookups answered, %2 failed").arg(answered).arg(failed);
}

} // namespace casedesk
