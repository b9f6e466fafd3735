// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/BuiltInViews.h"

#include <QJsonObject>

namespace casedesk {

// What an inbox view shows (issue #16 §2): a built-in view and the filters, search and sort the
// window offers over it. The window builds one from its filters, a personal view stores one
// (inbox_views.definition, as JSON), and query() is the one place both become the question to
// the database.
struct InboxViewDefinition
{
    SavedView base = SavedView::AllOpen;
    QString eserviceId; // "" every e-service
    QString statusId;   // "" every status of the base view; a status wins over the view's kind
    QString assignee;   // "" anyone, kMe the person using the view, else a login
    int periodDays = 0; // submitted within the last N days (today counted), 0 any time
    QString search;
    CaseSort sort = CaseSort::Submitted;
    bool descending = true;
    bool highPriorityFirst = false; // the person's high-priority cases first

    static constexpr const char* kMe = "@me"; // a published view's "Me" is its reader

    // The query for `currentUser` on `today` (the day in Sweden: the due views).
    CaseQuery query(const QString& currentUser, const QDate& today = swedishToday()) const;

    QJsonObject toJson() const;
    // Reads a stored definition. Unknown keys are ignored (a newer CaseDesk's); a known key with
    // a wrong value is refused, naming it ("definition.sort").
    static Result<InboxViewDefinition> fromJson(const QByteArray& json);
    static Result<InboxViewDefinition> fromJson(const QJsonObject& object);

    bool operator==(const InboxViewDefinition&) const = default;
};

} // namespace casedesk
