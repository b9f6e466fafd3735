// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseQuery.h"
#include "worker/WorkTicket.h"

#include <QAbstractTableModel>

namespace casedesk {

class DatabaseWorker;

// The inbox list. Lazy: it holds the pages fetched so far and asks the database for the next
// page (keyset, never OFFSET) when the view scrolls near the end. Sorting happens in the
// database. No row is loaded that nobody looked at.
//
// Never waits: every page is read by the DatabaseWorker. While a page is on its way the list
// ends in one "Loading…" row (not selectable); a new query shows only that row at once, so
// rows of the previous view never pass for the new one. A newer request supersedes an older
// one, whose answer is dropped.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Names for the rows of inboxColumns() (services/domain/InboxColumns), in its order: the
    // header text, the JSON key and the ordering of each column are written there.
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
        Due,           // the handling time of the status: "due in 2 days", "3 days overdue"
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
        UnreadCountRole,       // int: messages from the applicant nobody opened yet
        SupplementOverdueRole, // bool: an open supplement request is past its due date
        FlaggedRole,           // bool: the reader's own flag (issue #16 §2)
        HighPriorityRole,      // bool: the reader's own priority
    };

    explicit CaseListModel(DatabaseWorker& worker, QObject* parent = nullptr);

    void setQuery(const CaseQuery& query); // keeps the sort order
    const CaseQuery& query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setShowProtected(bool show) { m_showProtected = show; }
    // Fetches the first page again (a new query or sort order): the list shows "Loading…" until
    // it arrives.
    void reload();
    // Reads the loaded range again and applies the difference by case id: changed rows get
    // dataChanged, new and vanished rows are inserted and removed, reordered rows move as a
    // layout change. Selection and scroll position stay (live updates).
    void refresh();

    // The case of `row`; an empty summary for the "Loading…" row.
    CaseSummary summaryAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CaseSummary();
    }
    int rowOf(const QString& reference) const;
    const QString& lastError() const { return m_lastError; }
    // A page or refresh is on its way.
    bool isLoading() const { return m_loading != Loading::None; }
    // Rows are being inserted, removed or moved (a refresh applying): a current-row change now
    // is the list's doing, not the person's.
    bool isChangingRows() const { return m_changing; }
    // Is `row` the "Loading…" row at the end?
    bool isPlaceholder(int row) const { return hasPlaceholder() && row == m_rows.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadFailed(const QString& message);
    // A first page, a next page or a refresh arrived and is shown.
    void loaded();

private:
    enum class Loading
    {
        None,
        FirstPage, // the placeholder is the only row
        NextPage,  // the placeholder follows the loaded rows
        Refresh    // no placeholder: the rows shown stay until the fresh ones replace them
    };
    using Page = Result<QList<CaseSummary>>;
    bool hasPlaceholder() const { return m_loading == Loading::FirstPage || m_loading == Loading::NextPage; }
    void request(const CaseQuery& query, Loading kind);
    void received(Loading kind, int limit, Page page);
    void setLoading(Loading kind);
    void applyRows(const QList<CaseSummary>& fresh);
    QVariantList rowFingerprint(int row) const;

    DatabaseWorker& m_worker;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    int m_pageSize = 200;
    bool m_exhausted = true;
    bool m_changing = false;
    bool m_showProtected = false;
    QDate m_today;                // the day in Sweden when the rows came: what "overdue" is measured from
    bool m_refreshWanted = false; // a refresh asked for while a page was on its way
    Loading m_loading = Loading::None;
    WorkTicket m_inFlight;
    QString m_lastError;
};

} // namespace casedesk
