// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseQuery.h"
#include "deadlines/StatusDeadline.h"

#include <QList>

namespace casedesk {

// The inbox's built-in views, in the order the sidebar shows them. A personal view (issue #16)
// starts from one of them and adds filters, a search and a sort (InboxViewDefinition).
enum class SavedView
{
    AllOpen,
    Mine,
    Unassigned,
    NeedsAction,
    Waiting,
    Overdue, // past the handling time of their status (issue #16)
    DueSoon, // due today or within three days
    Flagged, // the cases the person flagged or gave a high priority, high first
    Closed
};

const QList<SavedView>& allSavedViews();
// The view's stable name in a personal view's definition ("all_open", "flagged", ...), and back.
QString savedViewId(SavedView view);
std::optional<SavedView> savedViewFromId(const QString& id);
// Whether the view lists in an order of its own (queryForView's sort), which the inbox then
// shows: the due views, the earliest due day first. Other views keep the person's sort.
bool viewHasItsOwnOrder(SavedView view);
// The query behind a view; `currentUser` decides "Mine" and whose flags, `today` (the day in
// Sweden) the due views.
CaseQuery queryForView(SavedView view, const QString& currentUser, const QDate& today = swedishToday());

} // namespace casedesk
