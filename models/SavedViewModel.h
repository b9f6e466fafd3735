#pragma once

#include "SavedView.h"

#include <QAbstractListModel>

namespace casedesk {

class Database;

// The sidebar: each saved view with its live count.
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ViewRole = Qt::UserRole + 1,
        CountRole
    };

    SavedViewModel(const Database& db, QString currentUser, QObject* parent = nullptr);
    void refreshCounts();
    SavedView viewAt(int row) const { return allSavedViews().at(row); }
    qint64 count(SavedView view) const { return m_counts.value(int(view), -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Database& m_db;
    QString m_currentUser;
    QHash<int, qint64> m_counts;
};

} // namespace casedesk
