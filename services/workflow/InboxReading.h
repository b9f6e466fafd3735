// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseQuery.h"
#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QHash>

#include <optional>

namespace casedesk {

class Database;

// What the inbox reads, for the window's tasks on the database worker: widgets and models reach
// the cases through here (and CaseService, CaseScreen), never through a repository.

// One page of cases (keyset; see CaseQuery).
Result<QList<CaseSummary>> readInboxPage(const Database& db, const CaseQuery& query);
// Several counts in one statement (the sidebar's views).
Result<QList<qint64>> readCaseCounts(const Database& db, const QList<CaseQuery>& queries);
// One case's row as the list shows it; nullopt when it is gone (purged) or not readable.
Result<std::optional<CaseSummary>> readCaseSummary(const Database& db, const QString& reference);

// What the filter row offers.
struct FilterChoices
{
    QStringList assignees;
    QList<EService> eservices;
    QList<Status> statuses;               // the global ones, for the status filter
    QList<Status> allStatuses;            // every e-service's too, for the case view's fixed status buttons
    QList<DecisionOutcome> outcomes;      // the global ones, for the history's words
    QHash<QString, QString> displayNames; // login -> name, for people shown by name
};
Result<FilterChoices> readFilterChoices(const Database& db);

} // namespace casedesk
