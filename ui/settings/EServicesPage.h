#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace casedesk {

class Database;
class EServiceTableModel;
class UserPrompts;

// Administrators: each e-service's name, functional mailbox and the language of its mails
// (how long its closed cases are kept is on the retention page).
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
};

} // namespace casedesk
