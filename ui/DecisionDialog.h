// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
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

class DatabaseWorker;
class UserPrompts;

// "Record decision…" and "Correct decision…": the outcome from the e-service's list, the
// decision text, and the document (a PDF chosen through UserPrompts, or one CaseDesk renders
// from the text). Recording closes the case and tells the applicant, so submit() asks first.
// A correction never edits the old decision: it records a new one linked to it.
//
// Never waits: the dialog shows at once and the outcomes fill in when the DatabaseWorker read
// them; recording runs on the worker's write lane while the dialog stays open, busy.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(DatabaseWorker& worker, UserPrompts& prompts, const CaseSummary& owner,
                   std::optional<Decision> corrects = std::nullopt, QWidget* parent = nullptr);

    QComboBox* outcomePicker() const { return m_outcome; }
    QPlainTextEdit* textEdit() const { return m_text; }
    // Asks for a PDF and uses it as the document instead of rendering one.
    bool choosePdf();
    void useRenderedPdf();
    QString errorText() const;
    const Decision& decision() const { return m_decision; }

    // Asks for confirmation and starts recording (or correcting) the decision: false when
    // nothing was started (no outcomes yet, no PDF, not confirmed, already on its way). When the
    // database answered, the dialog is accepted, or stays with the error inline; then
    // submitFinished.
    bool submit();
    bool isBusy() const { return m_busy; }
    // The outcomes were read (the choices are there).
    bool isLoaded() const { return m_loaded; }
    // While busy the decision is being written: closing would lose its answer.
    void reject() override;

Q_SIGNALS:
    void submitFinished(bool recorded); // not QDialog::finished(int), which closing emits

private:
    void showError(const QString& message);
    void setBusy(bool busy);
    void updateRecordButton();

    DatabaseWorker& m_worker;
    bool m_busy = false;
    bool m_loaded = false;
    QPushButton* m_record = nullptr;
    QPushButton* m_cancel = nullptr;
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
