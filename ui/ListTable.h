// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace casedesk {

// A read-only list shown as a table: whole rows selected, no row numbers, columns as wide as
// their headings and first rows, the last column stretched. Every list in the settings pages and the case
// view looks and behaves alike.
QTableView* makeListTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                          QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

} // namespace casedesk
