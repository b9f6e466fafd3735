// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QLineEdit;

namespace casedesk {

// Everyone's own: which notifications come to the desktop, and whether they also come by e-mail
// and to which address (issue #16 §3). Kept in the database (notification_settings), so that
// they follow the person to another desktop and the background service knows where to mail.
class NotificationsPage : public SettingsPage
{
    Q_OBJECT
public:
    NotificationsPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    bool save(); // false: refused here (said) or busy
    bool saveChanges() override { return save(); }
    void discardChanges() override { reload(); }

protected:
    QStringList formState() const override;

private:
    QCheckBox* m_message = nullptr;
    QCheckBox* m_assigned = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_mention = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QLineEdit* m_emailTo = nullptr;
};

} // namespace casedesk
