// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetRefresh.h"

#include "repositories/RegisterRepository.h"
#include "workflow/CaseService.h"

#include <QSet>
#include <QTimer>

namespace casedesk {

QList<NavetRefreshedPerson> peopleToLookUp(const CaseDetail& detail)
{
    QList<NavetRefreshedPerson> people;
    QSet<QString> seen;
    auto add = [&](const QString& role, const QString& number) {
        if (number.isEmpty() || seen.contains(number))
            return;
        seen.insert(number);
        people.append({role, number, std::nullopt, std::nullopt, false});
    };
    add(QStringLiteral("applicant"), detail.applicant.personalNumber);
    for (const SignatureRow& signer : detail.signatures)
        add(signer.role, signer.personalNumber);
    return people;
}

NavetRefresh::NavetRefresh(const Database& db, NavetEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_client(std::move(endpoint))
{}

void NavetRefresh::start(const QString& reference, Callback done, const QString& onlyPerson)
{
    m_reference = reference;
    m_done = std::move(done);
    m_position = 0;
    m_people.clear();
    auto detail = CaseService(m_db).open(reference, /*markOpened=*/false);
    std::optional<Error> refusal;
    if (!detail.ok())
        refusal = detail.error();
    else if (detail->contentHidden)
        refusal = makeError(ErrorCode::PermissionDenied,
                            QT_TRANSLATE_NOOP("casedesk::Errors",
                                              "the case has a protected identity, which you may not see"));
    else {
        m_people = peopleToLookUp(*detail);
        if (!onlyPerson.isEmpty()) {
            m_people.removeIf(
                [&onlyPerson](const NavetRefreshedPerson& p) { return p.personalNumber != onlyPerson; });
            if (m_people.isEmpty())
                refusal =
                    makeError(ErrorCode::PermissionDenied,
                              {QT_TRANSLATE_NOOP("casedesk::Errors", "the person is not named in case %1"),
                               {reference}},
                              QStringLiteral("personalNumber"));
        } else if (m_people.isEmpty())
            refusal = makeError(ErrorCode::InvalidInput,
                                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                                   "case %1 names nobody with a personal number to look up"),
                                 {reference}},
                                QStringLiteral("reference"));
    }
    // The callback always comes after start() has returned, as the client's does.
    QTimer::singleShot(0, this, [this, refusal] {
        if (refusal) {
            m_done(*refusal);
            return;
        }
        next();
    });
}

void NavetRefresh::next()
{
    if (m_position >= m_people.size()) {
        m_done(m_people);
        return;
    }
    m_client.lookup(m_people.at(m_position).personalNumber, this, [this](Result<NavetPerson> answer) {
        NavetRefreshedPerson& person = m_people[m_position];
        if (!answer.ok()) {
            person.error = answer.error();
        } else if (auto stored = RegisterRepository(m_db).record(m_reference, *answer); !stored.ok()) {
            person.error = stored.error();
        } else {
            person.answer = *answer;
            person.protectedNow = *stored;
        }
        ++m_position;
        next();
    });
}

} // namespace casedesk
