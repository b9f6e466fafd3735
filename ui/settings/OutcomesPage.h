// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace casedesk {

class OutcomeTableModel;
class UserPrompts;

// Administrators: the outcomes a decision can have, per e-service (approved, partly approved,
// rejected, dismissed by default), with Swedish and English names. Outcomes are retired, never
// deleted: past decisions keep theirs. The service audits every change.
class OutcomesPage : public SettingsPage
{
    Q_OBJECT
public:
    OutcomesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Each starts its write (false: nothing selected, or busy); writeFinished tells how it went.
    // Adds the outcome in the form, or renames it when the id exists.
    bool saveOutcome();
    // Retires the selected outcome, or brings a retired one back.
    bool toggleSelected();
    bool saveChanges() override { return saveOutcome(); }
    void discardChanges() override { showSelected(); }

private:
    void showSelected();
    QStringList formState() const override;
    int selectedRow() const;

    QString m_selectAfterReload; // the outcome just saved
    QComboBox* m_eservice = nullptr;
    OutcomeTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameSv = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace casedesk
