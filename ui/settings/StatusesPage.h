// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"
#include "deadlines/StatusDeadline.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace casedesk {

class StatusTableModel;
class UserPrompts;

// Administrators: the statuses of an e-service (the four built-in ones plus its own), their
// names in Swedish and English, and where a case may go from each.
class StatusesPage : public SettingsPage
{
    Q_OBJECT
public:
    StatusesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // With an id typed for a new status: adds it. Otherwise the selected status's names and the
    // statuses it may move to, as the form has them, in one write. False: nothing selected, or
    // busy.
    bool saveChanges() override;
    bool addStatus();
    bool saveSelected();
    void discardChanges() override { showSelected(); }

private:
    void showSelected();
    void deleteSelected();
    QString selectedId() const;
    QStringList checkedTransitions() const;
    QStringList formState() const override;

    QString m_selectAfterReload;                // the status just added
    QHash<QString, StatusDeadline> m_deadlines; // of the e-service shown, by status
    QSpinBox* m_deadlineDays = nullptr;         // 0: no handling time
    QCheckBox* m_workingDays = nullptr;
    QComboBox* m_eservice = nullptr;
    StatusTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameSv = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_order = nullptr;
    QListWidget* m_transitions = nullptr;
};

} // namespace casedesk
