#include "FormModel.h"

#include "CaseText.h"
#include "domain/FieldCondition.h"

#include <QFont>

namespace casedesk {

FormModel::FormModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void FormModel::setPages(const QList<FormPage>& pages)
{
    QHash<QString, QString> values;
    for (const FormPage& page : pages)
        for (const FormField& field : page.fields)
            values.insert(field.id, field.valueText);

    beginResetModel();
    m_pages.clear();
    m_hidden = 0;
    for (const FormPage& page : pages) {
        FormPage visible{page.title, {}};
        for (const FormField& field : page.fields) {
            bool shown = true;
            if (!field.visibleWhen.isEmpty()) {
                auto condition = FieldCondition::parse(field.visibleWhen);
                shown =
                    !condition.ok() || condition->evaluate(values); // an unreadable condition shows the field
            }
            if (shown)
                visible.fields.append(field);
            else
                ++m_hidden;
        }
        m_pages.append(visible);
    }
    endResetModel();
}

QModelIndex FormModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPageItem);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FormModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kPageItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPageItem);
}

int FormModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.internalId() == kPageItem && parent.column() == 0)
        return int(m_pages.at(parent.row()).fields.size());
    return 0;
}

int FormModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FormModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPageItem) {
        const FormPage& page = m_pages.at(index.row());
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == Label)
            return page.title;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const FormField& field = m_pages.at(int(index.internalId() - 1)).fields.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return index.column() == Label ? field.label : field.valueText;
    if (role == Qt::ToolTipRole)
        return CaseText::plainToolTip(index.column() == Label ? field.label : field.valueText);
    return {};
}

QVariant FormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == Label ? tr("Question") : tr("Answer");
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace casedesk
