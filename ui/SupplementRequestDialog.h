#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace casedesk {

class Database;

// "Request supplement…": what is missing and by when (default in 14 days), optionally starting
// from one of the e-service's message templates. Sending happens here (submit), so a failure
// keeps the dialog and its text and says why inline.
class SupplementRequestDialog : public QDialog
{
    Q_OBJECT
public:
    SupplementRequestDialog(const Database& db, const CaseSummary& owner, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* templatePicker() const { return m_template; }
    QString errorText() const;
    const SupplementRequest& request() const { return m_request; }

    // Sends the request; on success the dialog is accepted, otherwise it stays with the error.
    bool submit();

private:
    void insertTemplate(int index);

    const Database& m_db;
    CaseSummary m_owner;
    SupplementRequest m_request;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casedesk
