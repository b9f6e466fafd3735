// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FormModel.h"

#include "CaseText.h"
#include "domain/FormVisibility.h"

#include <QFont>

namespace casedesk {

FormModel::FormModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void FormModel::setPages(const QList<FormPage>& pages)
{
    const QSet<QString> hidden = fieldsHiddenFromApplicant(pages);
    m_all.clear();
    m_hidden = 0;
    for (const FormPage& page : pages) {
        Page marked{page.title, {}};
        for (const FormField& field : page.fields) {
            const bool shown = !hidden.contains(field.id);
            marked.rows.append({field, !shown});
            if (!shown)
                ++m_hidden;
        }
        m_all.append(marked);
    }
    rebuild();
}

void FormModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    rebuild();
}

void FormModel::rebuild()
{
    beginResetModel();
    m_pages.clear();
    for (const Page& page : std::as_const(m_all)) {
        Page shown{page.title, {}};
        for (const Row& row : page.rows)
            if (m_showHidden || !row.hiddenFromApplicant)
                shown.rows.append(row);
        m_pages.append(shown);
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
        return int(m_pages.at(parent.row()).rows.size());
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
        const Page& page = m_pages.at(index.row());
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == Label)
            return page.title;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Row& row = m_pages.at(int(index.internalId() - 1)).rows.at(index.row());
    const FormField& field = row.field;
    // A field the applicant never saw says so in words, not by its look alone.
    const QString label =
        row.hiddenFromApplicant ? tr("%1 (not shown to the applicant)").arg(field.label) : field.label;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return index.column() == Label ? label : field.valueText;
    if (role == Qt::ToolTipRole)
        return CaseText::plainToolTip(index.column() == Label ? label : field.valueText);
    if (role == HiddenFromApplicantRole)
        return row.hiddenFromApplicant;
    if (role == Qt::FontRole && row.hiddenFromApplicant) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant FormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == Label ? tr("Question") : tr("Answer");
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace casedesk
