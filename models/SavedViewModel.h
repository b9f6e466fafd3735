// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SavedView.h"
#include "views/InboxViews.h"
#include "worker/WorkTicket.h"

#include <QAbstractListModel>

namespace casedesk {

class DatabaseWorker;

// The sidebar: the built-in views, then the person's own views in their order, then the views
// published for the e-services they read (issue #16 §2), each with its live count. The views and
// the counts are read by the DatabaseWorker (all counts in one task); until they arrive a view
// shows its name alone.
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ViewRole = Qt::UserRole + 1, // int(SavedView) of a built-in view, -1 otherwise
        CountRole,
        PersonalIdRole, // the inbox_views id; 0 for a built-in view
        PublishedRole,  // bool: published by an administrator, read-only here
    };

    SavedViewModel(DatabaseWorker& worker, QString currentUser, QObject* parent = nullptr);
    // Asks for the counts again; a request still on its way is superseded.
    void refreshCounts();
    // Reads the personal and published views again, then their counts.
    void reloadViews();

    bool isBuiltIn(int row) const { return row < allSavedViews().size(); }
    SavedView builtInAt(int row) const;         // the view itself, or the base of a personal one
    const InboxView* personalAt(int row) const; // null for a built-in view
    // What the view at `row` shows: a built-in's is its base alone.
    InboxViewDefinition definitionAt(int row) const;
    int rowOfBuiltIn(SavedView view) const { return int(allSavedViews().indexOf(view)); }
    int rowOfPersonal(qint64 id) const; // -1 when not (yet) listed
    qint64 count(SavedView view) const { return countAt(rowOfBuiltIn(view)); }
    qint64 countAt(int row) const { return m_counts.value(row, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void countsRefreshed();
    void viewsReloaded();
    void loadFailed(const QString& message); // the personal views could not be read

private:
    void applyViews(const QList<InboxView>& views);
    void applyCounts(const QList<qint64>& counts);
    QString titleAt(int row) const;

    DatabaseWorker& m_worker;
    QString m_currentUser;
    QList<InboxView> m_personal;
    QList<qint64> m_counts; // per row; -1 not counted
    WorkTicket m_countsInFlight;
    WorkTicket m_viewsInFlight;
};

} // namespace casedesk
