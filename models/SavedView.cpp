// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SavedView.h"

#include <QCoreApplication>

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
        case SavedView::Flagged:
            return tr("Flagged");
        case SavedView::Closed:
            return tr("Closed");
        }
        return {};
    }
};

} // namespace

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
    case SavedView::Flagged:
        return QStringLiteral("flagged");
    case SavedView::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace casedesk
