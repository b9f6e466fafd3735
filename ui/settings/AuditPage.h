// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace casedesk {

class AuditTableModel;
class UserPrompts;

// Administrators: who opened which case, who changed what, who saved or opened which
// attachment, every administrative change. Read-only; the log is append-only in the database.
class AuditPage : public SettingsPage
{
    Q_OBJECT
public:
    AuditPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    int rowCount() const;

private:
    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_kind = nullptr;
};

} // namespace casedesk
