// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QLineEdit;
class QSpinBox;

namespace casedesk {

// Administrators: where and as whom the background service asks Navet, the population register
// (the settings navet.*, as `casedeskctl settings` sets them; docs/navet.md). The certificate and
// its password stay on the machine that runs the service: the page names the file, it never
// reads it, and the password is never typed here.
class NavetPage : public SettingsPage
{
    Q_OBJECT
public:
    NavetPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Checks every value (NavetSettings::validate) and starts saving them all (false: refused
    // here, naming the field, or busy).
    bool save();
    bool saveChanges() override { return save(); }
    void discardChanges() override { reload(); }

protected:
    QStringList formState() const override;

private:
    QList<std::pair<QString, QString>> values() const; // the form, as settings
    QLineEdit* m_url = nullptr;
    QLineEdit* m_orgNumber = nullptr;
    QLineEdit* m_orderId = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_caCertificates = nullptr;
    QSpinBox* m_timeout = nullptr;
};

} // namespace casedesk
