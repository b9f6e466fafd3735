#include "SavedView.h"

namespace casedesk {

namespace {

class SavedViewText
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewText)
public:
    static QString title(SavedView view)
    {
        switch (view) {
        case SavedView::AllOpen:
            return tr("All open");
        case SavedView::Mine:
            return tr("Mine");
        case SavedView::Unassigned:
            return tr("Unassigned");
        case SavedView::NeedsAction:
            return tr("Needs action");
        case SavedView::Waiting:
            return tr("Waiting for applicant");
        case SavedView::Overdue:
            return tr("Overdue");
        case SavedView::DueSoon:
            return tr("Due within 3 days");
        case SavedView::Closed:
            return tr("Closed");
        }
        return {};
    }
};

} // namespace

const QList<SavedView>& allSavedViews()
{
    static const QList<SavedView> views{SavedView::AllOpen,     SavedView::Mine,    SavedView::Unassigned,
                                        SavedView::NeedsAction, SavedView::Overdue, SavedView::DueSoon,
                                        SavedView::Waiting,     SavedView::Closed};
    return views;
}

QString savedViewTitle(SavedView view)
{
    return SavedViewText::title(view);
}

QString savedViewIconName(SavedView view)
{
    switch (view) {
    case SavedView::AllOpen:
        return QStringLiteral("inbox");
    case SavedView::Mine:
        return QStringLiteral("person");
    case SavedView::Unassigned:
        return QStringLiteral("unassigned");
    case SavedView::NeedsAction:
        return QStringLiteral("attention");
    case SavedView::Waiting:
        return QStringLiteral("waiting");
    case SavedView::Overdue:
        return QStringLiteral("overdue");
    case SavedView::DueSoon:
        return QStringLiteral("due-soon");
    case SavedView::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

bool viewHasItsOwnOrder(SavedView view)
{
    return view == SavedView::Overdue || view == SavedView::DueSoon;
}

CaseQuery queryForView(SavedView view, const QString& currentUser, const QDate& today)
{
    CaseQuery query;
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
    case SavedView::Closed:
        query.statusKind = StatusKind::Closed;
        break;
    }
    return query;
}

} // namespace casedesk
