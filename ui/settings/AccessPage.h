// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace casedesk {

class UserPrompts;
class UserTableModel;

// Administrators: who uses CaseDesk, in which role, with or without the right to see protected
// identities, and which e-services each may read or work. On PostgreSQL the database enforces
// this at once for everyone; on SQLite the page says plainly that nothing is enforced.
class AccessPage : public SettingsPage
{
    Q_OBJECT
public:
    AccessPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Each starts its write (false: busy); writeFinished tells how it went.
    bool saveUser();
    bool grantSelected();
    bool revokeSelected();
    bool saveChanges() override { return saveUser(); }
    void discardChanges() override { showSelected(); }

private:
    void showSelected();
    QStringList formState() const override;

    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_protected = nullptr;
    QComboBox* m_eservice = nullptr;
    QComboBox* m_level = nullptr;
};

} // namespace casedesk
