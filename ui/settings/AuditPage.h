#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace casedesk {

class AuditTableModel;
class Database;
class UserPrompts;

// Administrators: who opened which case, who changed what, who saved or opened which
// attachment, every administrative change. Read-only; the log is append-only in the database.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const Database& db, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    int rowCount() const;

private:
    const Database& m_db;
    UserPrompts& m_prompts;
    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_kind = nullptr;
};

} // namespace casedesk
