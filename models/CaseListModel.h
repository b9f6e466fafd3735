#pragma once

#include "repositories/CaseRepository.h"

#include <QAbstractTableModel>

namespace casedesk {

class Database;

// The inbox list. Lazy: it holds the pages fetched so far and asks the database for the next
// page (keyset, never OFFSET) when the view scrolls near the end. Sorting happens in the
// database. No row is loaded that nobody looked at.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        EService,
        Applicant,
        Status,
        Assignee,
        Submitted,
        LastActivity,
        Unread,
        Signature,
        SupplementDue, // open supplement request: its due date, marked when overdue
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        VersionRole,
        StatusKindRole,
        NeedsActionRole,
        SortValueRole,
        UnreadCountRole,      // int: messages from the applicant nobody opened yet
        SupplementOverdueRole // bool: an open supplement request is past its due date

    };

    explicit CaseListModel(const Database& db, QObject* parent = nullptr);

    void setQuery(const CaseQuery& query); // keeps the sort order
    const CaseQuery& query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setShowProtected(bool show) { m_showProtected = show; }
    // Fetches the first page again, e.g. after a change or on F5.
    void reload();
    // Reads the loaded range again and applies the difference by case id: changed rows get
    // dataChanged, new and vanished rows are inserted and removed, reordered rows move as a
    // layout change. Selection and scroll position stay (live updates).
    void refresh();

    CaseSummary summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& reference) const;
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    QList<CaseSummary> fetchPage(const CaseQuery& query);
    void applyRows(const QList<CaseSummary>& fresh);
    QVariantList rowFingerprint(int row) const;

    const Database& m_db;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    int m_pageSize = 200;
    bool m_exhausted = true;
    bool m_changing = false;
    bool m_showProtected = false;
    QString m_lastError;
};

} // namespace casedesk
