#include "SavedViewModel.h"

#include <QIcon>
#include <QLocale>

namespace casedesk {

SavedViewModel::SavedViewModel(const Database& db, QString currentUser, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_currentUser(std::move(currentUser))
{
    refreshCounts();
}

void SavedViewModel::refreshCounts()
{
    const QList<SavedView> views = allSavedViews();
    QList<CaseQuery> queries;
    for (const SavedView view : views)
        queries << queryForView(view, m_currentUser);
    // Every view's count in one statement: one round trip to a PostgreSQL server.
    const auto counts = CaseRepository(m_db).counts(queries);
    for (int row = 0; row < views.size(); ++row) {
        const SavedView view = views.at(row);
        const qint64 n = counts.ok() ? counts->at(row) : -1;
        // Live updates recount often: only a count that moved repaints its row.
        const auto old = m_counts.constFind(int(view));
        if (old != m_counts.constEnd() && *old == n)
            continue;
        m_counts.insert(int(view), n);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int SavedViewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allSavedViews().size());
}

QVariant SavedViewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView view = allSavedViews().at(index.row());
    const qint64 n = m_counts.value(int(view), -1);
    switch (role) {
    case Qt::DisplayRole:
        return n < 0 ? savedViewTitle(view)
                     : QStringLiteral("%1 (%2)").arg(savedViewTitle(view), QLocale().toString(n));
    case Qt::AccessibleTextRole:
        return n < 0 ? savedViewTitle(view) : tr("%1, %n case(s)", nullptr, int(n)).arg(savedViewTitle(view));
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(savedViewIconName(view)));
    case ViewRole:
        return int(view);
    case CountRole:
        return n;
    default:
        return {};
    }
}

} // namespace casedesk
