// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseTypes.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace casedesk {

// Which cases, in which order, from where: the inbox's question to the database. Paging is by
// keyset (the last row's sort key), never by OFFSET, so page 1000 costs what page 1 costs.
enum class CaseSort
{
    Submitted,
    Reference,
    EService,
    Applicant,
    Status,
    Assignee,
    LastActivity,
    Unread,        // most unread messages first when descending
    SupplementDue, // the open supplement request's due date; cases without one last ascending
    StatusDue      // the day the case must leave its status; cases without a handling time last
};

struct CaseQuery
{
    QString eserviceId;
    QString statusId;
    std::optional<StatusKind> statusKind;
    bool openOnly = false;           // every kind but closed
    std::optional<QString> assignee; // "" = unassigned
    bool needsActionOnly = false;
    QDateTime submittedFrom;
    QDateTime submittedTo;
    // The day the case must leave its status, within [dueFrom, dueTo] (Swedish days; either may
    // be invalid: open-ended). Cases without a handling time never match.
    QDate dueFrom;
    QDate dueTo;
    // Reference, personal number, applicant name or a form field's value.
    QString search;
    // The person whose marks (flags and priorities, case_marks) the clauses below read: always
    // the one asking (the database shows nobody another's marks).
    QString markedBy;
    bool markedOnly = false;          // the cases markedBy flagged or gave a high priority
    std::optional<bool> highPriority; // only the cases markedBy gave a high priority, or only the others
    // The cases markedBy gave a high priority first, then the others, each part in the sort's
    // order (the Flagged view; a personal view may ask for it). CaseRepository::list reads the
    // two parts as two queries, each through its own index.
    bool highPriorityFirst = false;
    CaseSort sort = CaseSort::Submitted;
    bool descending = true;
    int limit = 100;
    // Keyset cursor: the sort value and id of the last row of the previous page (see cursorOf).
    QVariant afterValue;
    qint64 afterId = 0;
    // With highPriorityFirst: the previous page ended among the other cases, not the high ones.
    bool afterHighPriority = false;
    bool hasCursor() const { return afterId > 0; }
};

// The keyset cursor that continues a listing after `row`.
void continueAfter(CaseQuery& query, const CaseSummary& row);

} // namespace casedesk
