#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace casedesk {

class Database;
class EServiceTableModel;
class UserPrompts;

// Administrators: each e-service's name, functional mailbox, language of its mails and how long
// closed cases are kept.
class EServicesPage : public QWidget
{
    Q_OBJECT
public:
    EServicesPage(const Database& db, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    bool save(); // the form into the selected e-service

private:
    void showSelected();

    const Database& m_db;
    UserPrompts& m_prompts;
    EServiceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_mailbox = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_retentionDays = nullptr;
    QCheckBox* m_keepForever = nullptr;
};

} // namespace casedesk
