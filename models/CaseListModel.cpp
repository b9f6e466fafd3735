#include "CaseListModel.h"

#include "CaseText.h"

#include <QIcon>
#include <QLocale>

namespace casedesk {

CaseListModel::CaseListModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void CaseListModel::setQuery(const CaseQuery& query)
{
    const CaseSort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

QList<CaseSummary> CaseListModel::fetchPage(const CaseQuery& query)
{
    auto rows = CaseRepository(m_db).list(query);
    if (!rows.ok()) {
        m_lastError = rows.error().message;
        m_exhausted = true;
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_lastError.clear();
    m_exhausted = rows->size() < query.limit;
    return *rows;
}

void CaseListModel::reload()
{
    CaseQuery first = m_query;
    first.limit = m_pageSize;
    first.afterValue = QVariant();
    first.afterId = 0;
    const QList<CaseSummary> rows = fetchPage(first);
    // Views (and QAbstractItemModelTester) ask for more rows from within modelReset and
    // rowsInserted; no fetching until the change is complete.
    m_changing = true;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_changing = false;
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
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
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
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
            return c.assignee;
        case Submitted:
            return CaseText::dateTime(c.submittedAt);
        case LastActivity:
            return CaseText::dateTime(c.lastActivityAt);
        case Unread:
            return c.needsAction ? CaseText::unreadText() : QString();
        case Signature:
            return CaseText::signatureStateText(c.signatureState);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return QIcon(CaseText::statusIconPath(c.statusKind));
        if (index.column() == Unread && c.needsAction)
            return QIcon(QStringLiteral(":/icons/attention.svg"));
        if (index.column() == Signature && c.signatureState != SignatureState::None)
            return QIcon(CaseText::signatureIconPath(c.signatureState));
        break;
    case Qt::FontRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == Signature)
            return CaseText::signatureStateText(c.signatureState);
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case EService:
        return tr("E-service");
    case Applicant:
        return tr("Applicant");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Submitted:
        return tr("Submitted");
    case LastActivity:
        return tr("Last activity");
    case Unread:
        return tr("Unread");
    case Signature:
        return tr("Signatures");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing && !m_rows.isEmpty();
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    CaseQuery next = m_query;
    next.limit = m_pageSize;
    continueAfter(next, m_rows.constLast());
    const QList<CaseSummary> rows = fetchPage(next);
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    m_changing = false;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CaseSort> sorts{
        {Reference, CaseSort::Reference},      {EService, CaseSort::EService},
        {Applicant, CaseSort::Applicant},      {Status, CaseSort::Status},
        {Assignee, CaseSort::Assignee},        {Submitted, CaseSort::Submitted},
        {LastActivity, CaseSort::LastActivity}};
    const auto it = sorts.constFind(column);
    if (it == sorts.constEnd())
        return; // unread and signature columns are indicators, not orderings
    m_query.sort = *it;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace casedesk
