// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace casedesk {

QTableView* makeListTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                          QAbstractItemView::SelectionMode mode)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Until the person sizes them, the columns are as wide as their headings and the rows in view
    // (Swedish headings are long): sized when the first rows come, and for the headings alone
    // before that. Sizing measures only the rows in view, so a long list costs nothing more.
    table->resizeColumnsToContents();
    auto* sized = new QObject(table);
    const auto sizeOnce = [table, sized] {
        if (table->model()->rowCount() == 0)
            return;
        table->resizeColumnsToContents();
        delete sized; // and with it these connections (and any call still queued)
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, sized, sizeOnce, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, sized, sizeOnce, Qt::QueuedConnection);
    return table;
}

} // namespace casedesk
