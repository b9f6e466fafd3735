// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace casedesk {

class EServiceTableModel;
class UserPrompts;

// Administrators: each e-service's name, functional mailbox and the language of its mails
// (how long its closed cases are kept is on the retention page).
class EServicesPage : public SettingsPage
{
    Q_OBJECT
public:
    EServicesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Starts saving the form into the selected e-service (false: nothing to save, or busy).
    bool save();
    bool saveChanges() override { return save(); }
    void discardChanges() override { showSelected(); }

private:
    void showSelected();
    QStringList formState() const override;

    EServiceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_mailbox = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_navetAtIntake = nullptr;
};

} // namespace casedesk
