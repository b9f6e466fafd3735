// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SavedViewModel.h"

#include "worker/DatabaseWorker.h"
#include "workflow/InboxReading.h"

#include "CaseText.h"

#include <QIcon>
#include <QLocale>

namespace casedesk {

SavedViewModel::SavedViewModel(DatabaseWorker& worker, QString currentUser, QObject* parent)
    : QAbstractListModel(parent)
    , m_worker(worker)
    , m_currentUser(std::move(currentUser))
{
    reloadViews(); // then every view's count, in one statement
}

SavedView SavedViewModel::builtInAt(int row) const
{
    if (const InboxView* view = personalAt(row))
        return view->definition.base;
    return allSavedViews().value(row, SavedView::AllOpen);
}

const InboxView* SavedViewModel::personalAt(int row) const
{
    const int at = row - int(allSavedViews().size());
    return at >= 0 && at < m_personal.size() ? &m_personal.at(at) : nullptr;
}

InboxViewDefinition SavedViewModel::definitionAt(int row) const
{
    if (const InboxView* view = personalAt(row))
        return view->definition;
    InboxViewDefinition definition;
    definition.base = builtInAt(row);
    return definition;
}

int SavedViewModel::rowOfPersonal(qint64 id) const
{
    for (int i = 0; i < m_personal.size(); ++i)
        if (m_personal.at(i).row.id == id)
            return int(allSavedViews().size()) + i;
    return -1;
}

void SavedViewModel::reloadViews()
{
    m_viewsInFlight.cancel();
    m_viewsInFlight = m_worker.post(
        DatabaseWorker::Lane::Read, this, [](Database& db) { return InboxViewService(db).list(); },
        [this](Result<QList<InboxView>> views) {
            m_viewsInFlight = WorkTicket();
            if (!views.ok()) {
                Q_EMIT loadFailed(views.error().explain());
                refreshCounts(); // the built-in views still count
                return;
            }
            applyViews(*views);
        });
}

void SavedViewModel::applyViews(const QList<InboxView>& views)
{
    const int builtIn = int(allSavedViews().size());
    // Rows of views that stayed keep their counts; the list is small, so it is reset as a whole.
    QHash<qint64, qint64> counts;
    for (int i = 0; i < m_personal.size(); ++i)
        counts.insert(m_personal.at(i).row.id, m_counts.value(builtIn + i, -1));
    beginResetModel();
    m_personal = views;
    m_counts.resize(builtIn + views.size(), -1);
    for (int i = 0; i < views.size(); ++i)
        m_counts[builtIn + i] = counts.value(views.at(i).row.id, -1);
    endResetModel();
    Q_EMIT viewsReloaded();
    refreshCounts();
}

void SavedViewModel::refreshCounts()
{
    m_countsInFlight.cancel();
    QList<CaseQuery> queries;
    for (int row = 0; row < rowCount(); ++row)
        queries << definitionAt(row).query(m_currentUser);
    m_countsInFlight = m_worker.post(
        DatabaseWorker::Lane::Read, this,
        // Every view's count in one statement: one round trip to a PostgreSQL server.
        [queries](Database& db) { return readCaseCounts(db, queries); },
        [this, rows = rowCount()](Result<QList<qint64>> counts) {
            m_countsInFlight = WorkTicket();
            if (counts.ok() && rows == rowCount())
                applyCounts(*counts); // else keep the counts shown; the banner says why
        });
}

void SavedViewModel::applyCounts(const QList<qint64>& counts)
{
    m_counts.resize(rowCount(), -1);
    for (int row = 0; row < rowCount(); ++row) {
        // A view whose definition could not be read is not counted.
        const InboxView* view = personalAt(row);
        const qint64 n = view && view->problem ? -1 : counts.value(row, -1);
        // Live updates recount often: only a count that moved repaints its row.
        if (m_counts.at(row) == n)
            continue;
        m_counts[row] = n;
        Q_EMIT dataChanged(index(row), index(row));
    }
    Q_EMIT countsRefreshed();
}

int SavedViewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allSavedViews().size() + m_personal.size());
}

QString SavedViewModel::titleAt(int row) const
{
    const InboxView* view = personalAt(row);
    return view ? view->row.name : savedViewTitle(builtInAt(row));
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const InboxView* view = personalAt(index.row());
    if (view && view->problem) // shown, saying why, but not chosen
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SavedViewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const InboxView* view = personalAt(row);
    const QString title = titleAt(row);
    const qint64 n = countAt(row);
    // Whose the view is, in words: the icon alone would say it only to those who see it.
    const QString whose = !view                   ? QString()
                          : view->row.published() ? tr("Published for %1").arg(view->row.eserviceId)
                                                  : tr("Your view");
    switch (role) {
    case Qt::DisplayRole:
        return n < 0 ? title : QStringLiteral("%1 (%2)").arg(title, QLocale().toString(n));
    case Qt::AccessibleTextRole: {
        QString text = n < 0 ? title : tr("%1, %n case(s)", nullptr, int(n)).arg(title);
        if (!whose.isEmpty())
            text += QStringLiteral(", ") + whose;
        return text;
    }
    case Qt::ToolTipRole:
        if (view && view->problem)
            return tr("This view cannot be read: %1").arg(view->problem->explain());
        return whose;
    case Qt::DecorationRole:
        if (view)
            return CaseText::icon(view->row.published() ? QStringLiteral(":/icons/view-published.svg")
                                                        : QStringLiteral(":/icons/view-personal.svg"));
        return CaseText::icon(QStringLiteral(":/icons/%1.svg").arg(savedViewIconName(builtInAt(row))));
    case ViewRole:
        return view ? -1 : int(builtInAt(row));
    case CountRole:
        return n;
    case PersonalIdRole:
        return view ? view->row.id : qint64(0);
    case PublishedRole:
        return view && view->row.published();
    default:
        return {};
    }
}

} // namespace casedesk
