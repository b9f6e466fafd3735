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
    return table;
}

} // namespace casedesk
