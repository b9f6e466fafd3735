// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BuiltInViews.h"

namespace casedesk {

const QList<SavedView>& allSavedViews()
{
    static const QList<SavedView> views{SavedView::AllOpen,     SavedView::Mine,    SavedView::Unassigned,
                                        SavedView::NeedsAction, SavedView::Overdue, SavedView::DueSoon,
                                        SavedView::Flagged,     SavedView::Waiting, SavedView::Closed};
    return views;
}

QString savedViewId(SavedView view)
{
    switch (view) {
    case SavedView::AllOpen:
        return QStringLiteral("all_open");
    case SavedView::Mine:
        return QStringLiteral("mine");
    case SavedView::Unassigned:
        return QStringLiteral("unassigned");
    case SavedView::NeedsAction:
        return QStringLiteral("needs_action");
    case SavedView::Waiting:
        return QStringLiteral("waiting");
    case SavedView::Overdue:
        return QStringLiteral("overdue");
    case SavedView::DueSoon:
        return QStringLiteral("due_soon");
    case SavedView::Flagged:
        return QStringLiteral("flagged");
    case SavedView::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<SavedView> savedViewFromId(const QString& id)
{
    for (const SavedView view : allSavedViews())
        if (savedViewId(view) == id)
            return view;
    return std::nullopt;
}

bool viewHasItsOwnOrder(SavedView view)
{
    return view == SavedView::Overdue || view == SavedView::DueSoon;
}

CaseQuery queryForView(SavedView view, const QString& currentUser, const QDate& today)
{
    CaseQuery query;
    query.markedBy = currentUser;
    switch (view) {
    case SavedView::AllOpen:
        query.openOnly = true;
        break;
    case SavedView::Mine:
        query.openOnly = true;
        query.assignee = currentUser;
        break;
    case SavedView::Unassigned:
        query.openOnly = true;
        query.assignee = QString();
        break;
    case SavedView::NeedsAction:
        query.openOnly = true;
        query.needsActionOnly = true;
        break;
    case SavedView::Waiting:
        query.statusKind = StatusKind::Waiting;
        break;
    case SavedView::Overdue: // the most overdue first
        query.dueTo = today.addDays(-1);
        query.sort = CaseSort::StatusDue;
        query.descending = false;
        break;
    case SavedView::DueSoon:
        query.dueFrom = today;
        query.dueTo = today.addDays(3);
        query.sort = CaseSort::StatusDue;
        query.descending = false;
        break;
    case SavedView::Flagged: // closed ones too: a bookmark stays until its owner removes it
        query.markedOnly = true;
        query.highPriorityFirst = true;
        break;
    case SavedView::Closed:
        query.statusKind = StatusKind::Closed;
        break;
    }
    return query;
}

} // namespace casedesk
