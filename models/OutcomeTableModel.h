// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "RowTableModel.h"
#include "messaging/MessagingTypes.h"

namespace casedesk {

// An e-service's decision outcomes for the settings page: id, both names, active or retired.
class OutcomeTableModel : public RowTableModel<DecisionOutcome>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        NameSv,
        NameEn,
        Active,
        ColumnCount
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const DecisionOutcome& row, int column, int role) const override;
};

} // namespace casedesk
