#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace casedesk {

class Database;
class OutcomeTableModel;
class UserPrompts;

// Administrators: the outcomes a decision can have, per e-service (approved, partly approved,
// rejected, dismissed by default), with Swedish and English names. Outcomes are retired, never
// deleted: past decisions keep theirs. The service audits every change.
class OutcomesPage : public QWidget
{
    Q_OBJECT
public:
    OutcomesPage(const Database& db, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();
    // Adds the outcome in the form, or renames it when the id exists.
    bool saveOutcome();
    // Retires the selected outcome, or brings a retired one back.
    bool toggleSelected();

private:
    void showSelected();
    int selectedRow() const;

    const Database& m_db;
    UserPrompts& m_prompts;
    QComboBox* m_eservice = nullptr;
    OutcomeTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameSv = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace casedesk
