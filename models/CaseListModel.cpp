// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseListModel.h"

#include "deadlines/StatusDeadline.h"

#include "CaseText.h"
#include "domain/InboxColumns.h"
#include "worker/DatabaseWorker.h"
#include "workflow/InboxReading.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace casedesk {

CaseListModel::CaseListModel(DatabaseWorker& worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    // The columns are InboxColumns' rows in order; the enum only names them.
    Q_ASSERT(inboxColumns().size() == ColumnCount);
}

void CaseListModel::setQuery(const CaseQuery& query)
{
    const CaseSort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void CaseListModel::request(const CaseQuery& query, Loading kind)
{
    m_inFlight.cancel(); // superseded: its answer is dropped
    setLoading(kind);
    m_inFlight = m_worker.post(
        DatabaseWorker::Lane::Read, this, [query](Database& db) { return readInboxPage(db, query); },
        [this, kind, limit = query.limit](Page page) { received(kind, limit, std::move(page)); });
}

void CaseListModel::setLoading(Loading kind)
{
    // Views (and QAbstractItemModelTester) ask for more rows from within modelReset and
    // rowsInserted; no fetching until the change is complete.
    m_changing = true;
    if (kind == Loading::FirstPage) {
        beginResetModel();
        m_rows.clear();
        m_loading = kind;
        endResetModel();
    } else if (kind == Loading::NextPage) {
        if (hasPlaceholder()) {
            m_loading = kind;
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_loading = kind;
            endInsertRows();
        }
    } else {
        if (hasPlaceholder()) {
            beginRemoveRows({}, int(m_rows.size()), int(m_rows.size()));
            m_loading = kind;
            endRemoveRows();
        } else {
            m_loading = kind;
        }
    }
    m_changing = false;
}

void CaseListModel::received(Loading kind, int limit, Page page)
{
    m_inFlight = WorkTicket();
    m_today = swedishToday(); // once per page, not per cell
    setLoading(Loading::None);
    if (!page.ok()) {
        // Keep what is shown; the next change or F5 tries again.
        m_lastError = page.error().message();
        if (kind != Loading::Refresh)
            m_exhausted = true;
        Q_EMIT loadFailed(m_lastError);
    } else {
        m_lastError.clear();
        m_changing = true;
        if (kind == Loading::FirstPage) {
            beginResetModel();
            m_rows = *page;
            endResetModel();
        } else if (kind == Loading::NextPage) {
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows += *page;
                endInsertRows();
            }
        } else {
            applyRows(*page);
        }
        m_exhausted = page->size() < limit;
        m_changing = false;
        Q_EMIT loaded();
    }
    if (std::exchange(m_refreshWanted, false))
        refresh();
}

void CaseListModel::reload()
{
    m_refreshWanted = false; // the first page is read after the change anyway
    CaseQuery first = m_query;
    first.limit = m_pageSize;
    first.afterValue = QVariant();
    first.afterId = 0;
    request(first, Loading::FirstPage);
}

int CaseListModel::rowOf(const QString& reference) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].reference == reference)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (hasPlaceholder() ? 1 : 0);
}

Qt::ItemFlags CaseListModel::flags(const QModelIndex& index) const
{
    if (index.isValid() && isPlaceholder(index.row()))
        return Qt::NoItemFlags; // shown, greyed, never selected or opened
    return QAbstractTableModel::flags(index);
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isPlaceholder(index.row())) {
        const bool text = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
        return text && index.column() == Reference ? tr("Loading…") : QVariant();
    }
    const CaseSummary& c = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return c.id;
    case ReferenceRole:
        return c.reference;
    case VersionRole:
        return c.version;
    case StatusKindRole:
        return int(c.statusKind);
    case NeedsActionRole:
        return c.needsAction;
    case UnreadCountRole:
        return c.unreadCount;
    case SupplementOverdueRole:
        return c.supplementOverdue(QDate::currentDate());
    case FlaggedRole:
        return c.flagged;
    case HighPriorityRole:
        return c.highPriority;
    case Qt::AccessibleTextRole:
        if (index.column() == Reference && (c.flagged || c.highPriority))
            return QStringList{c.reference, CaseText::marksText(c.flagged, c.highPriority)}.join(
                QStringLiteral(", "));
        if (index.column() == Unread)
            return c.unreadCount > 0 ? CaseText::unreadMessagesText(c.unreadCount)
                                     : (c.needsAction ? CaseText::unreadText() : QString());
        if (index.column() == SupplementDue && c.supplementDueDate.isValid())
            return CaseText::supplementDueText(c.supplementDueDate,
                                               c.supplementOverdue(QDate::currentDate()));
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return c.reference;
        case EService:
            return c.eserviceName;
        case Applicant:
            return CaseText::applicantName(c.applicantName, c.protectedIdentity, m_showProtected);
        case Status:
            return CaseText::statusName(c);
        case Assignee:
            return CaseText::personName(c.assignee);
        case Submitted:
            return CaseText::age(c.submittedAt);
        case LastActivity:
            return CaseText::age(c.lastActivityAt);
        case Unread:
            if (c.unreadCount > 0)
                return QString::number(c.unreadCount);
            return c.needsAction ? CaseText::unreadText() : QString();
        case Signature:
            return CaseText::signatureStateText(c.signatureState);
        case SupplementDue:
            return c.supplementDueDate.isValid()
                       ? QLocale().toString(c.supplementDueDate, QLocale::ShortFormat)
                       : QString();
        case Due:
            return CaseText::dueText(c.statusDueDate, m_today);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Reference &&
            (c.flagged || c.highPriority)) // the words: tooltip, accessible text
            return CaseText::icon(c.highPriority ? QStringLiteral(":/icons/high-priority.svg")
                                                 : QStringLiteral(":/icons/flagged.svg"));
        if (index.column() == Status)
            return CaseText::icon(CaseText::statusIconPath(c.statusKind));
        if (index.column() == Unread && (c.needsAction || c.unreadCount > 0))
            return CaseText::icon(QStringLiteral(":/icons/attention.svg"));
        if (index.column() == SupplementDue && c.supplementOverdue(QDate::currentDate()))
            return CaseText::icon(QStringLiteral(":/icons/waiting.svg"));
        if (index.column() == Due) {
            const QString path = CaseText::dueIconPath(c.statusDueDate, m_today);
            return path.isEmpty() ? QVariant() : QVariant(CaseText::icon(path));
        }
        if (index.column() == Signature && c.signatureState != SignatureState::None)
            return CaseText::icon(CaseText::signatureIconPath(c.signatureState));
        break;
    case Qt::FontRole:
        if ((index.column() == SupplementDue && c.supplementOverdue(QDate::currentDate())) ||
            (index.column() == Due && c.overdue(m_today))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reference && (c.flagged || c.highPriority))
            return CaseText::marksText(c.flagged, c.highPriority);
        if (index.column() == Status) // elided when the list is narrow; the icon says the kind
            return CaseText::statusName(c);
        if (index.column() == Submitted)
            return tr("Submitted %1").arg(CaseText::dateTime(c.submittedAt));
        if (index.column() == LastActivity)
            return tr("Last activity %1").arg(CaseText::dateTime(c.lastActivityAt));
        if (index.column() == Signature)
            return CaseText::signatureStateText(c.signatureState);
        if (index.column() == Assignee && !c.assignee.isEmpty())
            return c.assignee; // the login; the cell shows the name
        if (index.column() == Unread && c.unreadCount > 0)
            return CaseText::unreadMessagesText(c.unreadCount);
        if (index.column() == SupplementDue && c.supplementDueDate.isValid())
            return CaseText::supplementDueText(c.supplementDueDate,
                                               c.supplementOverdue(QDate::currentDate()));
        if (index.column() == Due && c.statusDueDate.isValid())
            return CaseText::dueDateText(c.statusDueDate, m_today);
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("casedesk::CaseListModel", inboxColumns().at(section).header);
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing && !m_rows.isEmpty() &&
           m_loading == Loading::None;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    CaseQuery next = m_query;
    next.limit = m_pageSize;
    continueAfter(next, m_rows.constLast());
    request(next, Loading::NextPage);
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const std::optional<CaseSort> sort = inboxColumns().at(column).sort;
    if (!sort)
        return; // the signature column is an indicator, not an ordering
    m_query.sort = *sort;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace casedesk

// --- live updates: refresh in place ---

namespace casedesk {

void CaseListModel::refresh()
{
    if (m_changing)
        return;
    if (m_loading != Loading::None) {
        // What is on its way may have been read before the change: read again once it is here.
        m_refreshWanted = true;
        return;
    }
    CaseQuery query = m_query;
    // The loaded range. When everything was loaded, new rows must not push the last ones out.
    query.limit = m_exhausted ? int(m_rows.size()) + m_pageSize : qMax(m_pageSize, int(m_rows.size()));
    query.afterValue = QVariant();
    query.afterId = 0;
    query.afterHighPriority = false;
    request(query, Loading::Refresh);
}

QVariantList CaseListModel::rowFingerprint(int row) const
{
    // What a view shows of the row, so that new columns need nothing here.
    QVariantList values{m_rows.at(row).version};
    for (int column = 0; column < ColumnCount; ++column) {
        const QModelIndex cell = index(row, column);
        values << data(cell, Qt::DisplayRole) << data(cell, Qt::ToolTipRole);
    }
    return values;
}

void CaseListModel::applyRows(const QList<CaseSummary>& fresh)
{
    QHash<qint64, int> freshRow;
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh[i].id, i);

    // 1. Rows that are gone (purged, filtered out, or pushed past the loaded range), bottom up.
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (freshRow.contains(m_rows[end].id)) {
            --end;
            continue;
        }
        int first = end;
        while (first > 0 && !freshRow.contains(m_rows[first - 1].id))
            --first;
        beginRemoveRows({}, first, end);
        m_rows.remove(first, end - first + 1);
        endRemoveRows();
        end = first - 1;
    }

    // 2. Rows that stay but moved (e.g. sorted by last activity): one layout change that
    //    carries persistent indexes, so selection and current row follow their case.
    bool inOrder = true;
    for (int i = 1; i < m_rows.size() && inOrder; ++i)
        inOrder = freshRow.value(m_rows[i - 1].id) < freshRow.value(m_rows[i].id);
    if (!inOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QList<CaseSummary> sorted = m_rows;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const CaseSummary& a, const CaseSummary& b) {
            return freshRow.value(a.id) < freshRow.value(b.id);
        });
        QHash<qint64, int> newRow;
        for (int i = 0; i < sorted.size(); ++i)
            newRow.insert(sorted[i].id, i);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from)
            to << this->index(newRow.value(m_rows.at(index.row()).id), index.column());
        m_rows = sorted;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows, in runs, where the database puts them.
    int row = 0;
    for (int j = 0; j < fresh.size();) {
        if (row < m_rows.size() && m_rows[row].id == fresh[j].id) {
            ++row;
            ++j;
            continue;
        }
        int last = j;
        while (last + 1 < fresh.size() && (row >= m_rows.size() || m_rows[row].id != fresh[last + 1].id))
            ++last;
        beginInsertRows({}, row, row + (last - j));
        for (int k = j; k <= last; ++k)
            m_rows.insert(row + (k - j), fresh[k]);
        endInsertRows();
        row += last - j + 1;
        j = last + 1;
    }

    // 4. Changed rows: one dataChanged per run of changed rows.
    int runStart = -1;
    for (int i = 0; i <= m_rows.size(); ++i) {
        bool changed = false;
        if (i < m_rows.size()) {
            const QVariantList before = rowFingerprint(i);
            m_rows[i] = fresh[i];
            changed = rowFingerprint(i) != before;
        }
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(i - 1, ColumnCount - 1));
            runStart = -1;
        }
    }
}

} // namespace casedesk
