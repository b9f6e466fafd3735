#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace casedesk {

class Database;
class UserPrompts;

// "Record decision…" and "Correct decision…": the outcome from the e-service's list, the
// decision text, and the document (a PDF chosen through UserPrompts, or one CaseDesk renders
// from the text). Recording closes the case and tells the applicant, so submit() asks first.
// A correction never edits the old decision: it records a new one linked to it.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(const Database& db, UserPrompts& prompts, const CaseSummary& owner,
                   std::optional<Decision> corrects = std::nullopt, QWidget* parent = nullptr);

    QComboBox* outcomePicker() const { return m_outcome; }
    QPlainTextEdit* textEdit() const { return m_text; }
    // Asks for a PDF and uses it as the document instead of rendering one.
    bool choosePdf();
    void useRenderedPdf();
    QString errorText() const;
    const Decision& decision() const { return m_decision; }

    // Records (or corrects) the decision; on success the dialog is accepted.
    bool submit();

private:
    void showError(const QString& message);

    const Database& m_db;
    UserPrompts& m_prompts;
    CaseSummary m_owner;
    std::optional<Decision> m_corrects;
    Decision m_decision;
    QString m_pdfPath;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QRadioButton* m_rendered = nullptr;
    QRadioButton* m_attached = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_pdfName = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casedesk
