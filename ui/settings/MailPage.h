#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace casedesk {

class Database;
class UserPrompts;

// Administrators: the SMTP server the background service delivers through. The password is
// not stored here: the service reads it from its own file or environment (see packaging).
class MailPage : public QWidget
{
    Q_OBJECT
public:
    MailPage(const Database& db, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    bool save();
    // Queues a test mail to `address`; the background service delivers it.
    bool queueTestMail(const QString& address);

private:
    const Database& m_db;
    UserPrompts& m_prompts;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_testAddress = nullptr;
};

} // namespace casedesk
