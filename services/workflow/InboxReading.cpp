// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxReading.h"

#include "access/AccessService.h"
#include "messaging/TemplateService.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/StatusRepository.h"

namespace casedesk {

Result<QList<CaseSummary>> readInboxPage(const Database& db, const CaseQuery& query)
{
    return CaseRepository(db).list(query);
}

Result<QList<qint64>> readCaseCounts(const Database& db, const QList<CaseQuery>& queries)
{
    return CaseRepository(db).counts(queries);
}

Result<std::optional<CaseSummary>> readCaseSummary(const Database& db, const QString& reference)
{
    return CaseRepository(db).findSummary(reference);
}

Result<FilterChoices> readFilterChoices(const Database& db)
{
    auto people = CaseRepository(db).assignees();
    if (!people.ok())
        return people.error();
    auto eservices = EServiceRepository(db).list();
    if (!eservices.ok())
        return eservices.error();
    auto statuses = StatusRepository(db).listFor(QString());
    if (!statuses.ok())
        return statuses.error();
    auto all = StatusRepository(db).listAll();
    if (!all.ok())
        return all.error();
    // Only words for the history: without them it names outcomes by their ids.
    auto outcomes = TemplateService(db).outcomes(QString(), false);
    QHash<QString, QString> names;
    if (auto users = AccessService(db).users(); users.ok()) // else people show as their logins
        for (const UserInfo& user : *users)
            names.insert(user.login, user.displayName);
    return FilterChoices{
        *people, *eservices, *statuses, *all, outcomes.ok() ? *outcomes : QList<DecisionOutcome>(), names};
}

} // namespace casedesk
