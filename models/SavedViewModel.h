#pragma once

#include "SavedView.h"
#include "worker/WorkTicket.h"

#include <QAbstractListModel>

namespace casedesk {

class DatabaseWorker;

// The sidebar: each saved view with its live count. The counts are read by the DatabaseWorker
// (all of them in one task); until they arrive a view shows its title alone.
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ViewRole = Qt::UserRole + 1,
        CountRole
    };

    SavedViewModel(DatabaseWorker& worker, QString currentUser, QObject* parent = nullptr);
    // Asks for the counts again; a request still on its way is superseded.
    void refreshCounts();
    SavedView viewAt(int row) const { return allSavedViews().at(row); }
    qint64 count(SavedView view) const { return m_counts.value(int(view), -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsRefreshed();

private:
    void applyCounts(const QList<qint64>& counts);

    DatabaseWorker& m_worker;
    QString m_currentUser;
    QHash<int, qint64> m_counts;
    WorkTicket m_inFlight;
};

} // namespace casedesk
