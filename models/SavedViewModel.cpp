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
    refreshCounts();
}

void SavedViewModel::refreshCounts()
{
    m_inFlight.cancel();
    QList<CaseQuery> queries;
    for (const SavedView view : allSavedViews())
        queries << queryForView(view, m_currentUser);
    m_inFlight = m_worker.post(
        DatabaseWorker::Lane::Read, this,
        // Every view's count in one statement: one round trip to a PostgreSQL server.
        [queries](Database& db) { return readCaseCounts(db, queries); },
        [this](Result<QList<qint64>> counts) {
            m_inFlight = WorkTicket();
            if (counts.ok())
                applyCounts(*counts); // else keep the counts shown; the banner says why
        });
}

void SavedViewModel::applyCounts(const QList<qint64>& counts)
{
    const QList<SavedView> views = allSavedViews();
    for (int row = 0; row < views.size(); ++row) {
        const SavedView view = views.at(row);
        const qint64 n = row < counts.size() ? counts.at(row) : -1;
        // Live updates recount often: only a count that moved repaints its row.
        const auto old = m_counts.constFind(int(view));
        if (old != m_counts.constEnd() && *old == n)
            continue;
        m_counts.insert(int(view), n);
        Q_EMIT dataChanged(index(row), index(row));
    }
    Q_EMIT countsRefreshed();
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
        return CaseText::icon(QStringLiteral(":/icons/%1.svg").arg(savedViewIconName(view)));
    case ViewRole:
        return int(view);
    case CountRole:
        return n;
    default:
        return {};
    }
}

} // namespace casedesk
