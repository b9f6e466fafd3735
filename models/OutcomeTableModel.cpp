// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "OutcomeTableModel.h"

namespace casedesk {

QString OutcomeTableModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("Id");
    case NameSv:
        return tr("Swedish");
    case NameEn:
        return tr("English");
    case Active:
        return tr("In use");
    }
    return {};
}

QVariant OutcomeTableModel::cell(const DecisionOutcome& o, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Id:
        return o.id;
    case NameSv:
        return o.nameSv;
    case NameEn:
        return o.nameEn;
    case Active:
        return o.active ? tr("Yes") : tr("Retired");
    }
    return {};
}

} // namespace casedesk
