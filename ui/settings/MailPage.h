// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace casedesk {

class UserPrompts;

// Administrators: the SMTP server the background service delivers through. The password is
// not stored here: the service reads it from its own file or environment (see packaging).
class MailPage : public SettingsPage
{
    Q_OBJECT
public:
    MailPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Checks the settings and starts saving them (false: refused here, or busy).
    bool save();
    // Sends a test e-mail to `address` now, with the values on the page and `password` (for this
    // test only, never stored), off the window's thread; the page says what the server answered
    // (testMailFinished). False: refused here (said why), or busy.
    bool sendTestMail(const QString& address, const QByteArray& password);
    bool saveChanges() override { return save(); }
    void discardChanges() override { reload(); }

Q_SIGNALS:
    void testMailFinished(bool sent);

protected:
    QStringList formState() const override;

private:
    QList<std::pair<QString, QString>> values() const; // the form, as settings
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_testAddress = nullptr;
    QLineEdit* m_testPassword = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace casedesk
