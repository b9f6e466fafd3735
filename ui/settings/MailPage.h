#pragma once

#include "SettingsPage.h"

class QComboBox;
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
    // Starts queueing a test mail to `address` on the worker (false: no address, or busy); the
    // background service delivers it, never the GUI.
    bool queueTestMail(const QString& address);
    bool saveChanges() override { return save(); }
    void discardChanges() override { reload(); }

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
};

} // namespace casedesk
