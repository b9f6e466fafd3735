#pragma once

#include "deadlines/StatusDeadline.h"
#include "domain/CaseQuery.h"

#include <QCoreApplication>
#include <QList>

namespace casedesk {

// The inbox's saved views, in the order the sidebar shows them.
enum class SavedView
{
    AllOpen,
    Mine,
    Unassigned,
    NeedsAction,
    Waiting,
    Overdue, // past the handling time of their status (issue #16)
    DueSoon, // due today or within three days
    Closed
};

const QList<SavedView>& allSavedViews();
QString savedViewTitle(SavedView view); // translated
QString savedViewIconName(SavedView view);
// Whether the view lists in an order of its own (queryForView's sort), which the inbox then
// shows: the due views, the earliest due day first. Other views keep the person's sort.
bool viewHasItsOwnOrder(SavedView view);
// The query behind a view; `currentUser` decides "Mine", `today` (the day in Sweden) the due views.
CaseQuery queryForView(SavedView view, const QString& currentUser, const QDate& today = swedishToday());

} // namespace casedesk
