#pragma once

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
    Closed
};

const QList<SavedView>& allSavedViews();
QString savedViewTitle(SavedView view); // translated
QString savedViewIconName(SavedView view);
// The query behind a view; `currentUser` decides "Mine".
CaseQuery queryForView(SavedView view, const QString& currentUser);

} // namespace casedesk
