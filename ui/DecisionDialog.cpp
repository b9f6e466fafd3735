// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DecisionDialog.h"

#include "CaseText.h"
#include "UserPrompts.h"
#include "messaging/AttachmentCheck.h"
#include "messaging/DecisionService.h"
#include "messaging/TemplateService.h"
#include "worker/DatabaseWorker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casedesk {

DecisionDialog::DecisionDialog(DatabaseWorker& worker, UserPrompts& prompts, const CaseSummary& owner,
                               std::optional<Decision> corrects, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_prompts(prompts)
    , m_owner(owner)
    , m_corrects(std::move(corrects))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(m_corrects ? tr("Correct decision — %1").arg(owner.reference)
                              : tr("Record decision — %1").arg(owner.reference));
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("decisionOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("Loading…"));
    m_outcome->setEnabled(false);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setAccessibleName(tr("Decision text"));
    m_text->setTabChangesFocus(true);
    if (m_corrects)
        m_text->setPlainText(m_corrects->text);

    m_rendered = new QRadioButton(tr("&Create the PDF from the text"));
    m_rendered->setObjectName(QStringLiteral("decisionRenderPdf"));
    m_rendered->setChecked(true);
    m_attached = new QRadioButton(tr("Attach a &PDF:"));
    m_attached->setObjectName(QStringLiteral("decisionAttachPdf"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_rendered);
    group->addButton(m_attached);
    m_choose = new QPushButton(tr("C&hoose PDF…"));
    m_choose->setObjectName(QStringLiteral("decisionChoosePdf"));
    connect(m_choose, &QPushButton::clicked, this, &DecisionDialog::choosePdf);
    m_pdfName = new QLabel(tr("No file chosen"));
    m_pdfName->setTextFormat(Qt::PlainText);
    m_pdfName->setObjectName(QStringLiteral("decisionPdfName"));
    auto* documentRow = new QHBoxLayout;
    documentRow->addWidget(m_attached);
    documentRow->addWidget(m_choose);
    documentRow->addWidget(m_pdfName, 1);

    auto* consequence =
        new QLabel(m_corrects ? tr("The correction is recorded as a new decision linked to the "
                                   "old one, which stays in the history. The applicant is told "
                                   "by e-mail that a decision is available on Min sida.")
                              : tr("Recording the decision closes the case (its retention period "
                                   "starts) and tells the applicant by e-mail that a decision is "
                                   "available on Min sida. It cannot be edited afterwards, only "
                                   "corrected."));
    consequence->setObjectName(QStringLiteral("decisionConsequence"));
    consequence->setWordWrap(true);
    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText); // errors can quote file names and texts from outside
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Decision &text:"), m_text);
    form->addRow(tr("Document:"), m_rendered);
    form->addRow(QString(), documentRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(m_corrects ? tr("&Record correction") : tr("&Record decision"));
    m_record->setObjectName(QStringLiteral("decisionRecord"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::submit);
    // What was wrong is said until it is put right, and no longer.
    connect(m_text, &QPlainTextEdit::textChanged, m_error, &QWidget::hide);
    connect(m_outcome, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(consequence);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 480);
    updateRecordButton();

    m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [eserviceId = owner.eserviceId](Database& db) { return TemplateService(db).outcomes(eserviceId); },
        [this](Result<QList<DecisionOutcome>> outcomes) {
            if (!outcomes.ok()) {
                m_outcome->setPlaceholderText(tr("(outcomes unavailable)"));
                showError(tr("The outcomes cannot be read: %1").arg(outcomes.error().message()));
                return;
            }
            for (const DecisionOutcome& o : *outcomes)
                m_outcome->addItem(o.name(CaseText::language()), o.id);
            // A new decision's outcome is chosen, never taken by default; a correction starts
            // from the decision it corrects.
            m_outcome->setPlaceholderText(tr("Choose the outcome"));
            m_outcome->setCurrentIndex(m_corrects ? m_outcome->findData(m_corrects->outcomeId) : -1);
            m_loaded = true;
            m_outcome->setEnabled(!m_busy);
            updateRecordButton();
        });
}

void DecisionDialog::updateRecordButton()
{
    m_record->setEnabled(m_loaded && !m_busy && m_outcome->count() > 0);
}

void DecisionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_record->setText(busy ? tr("Recording…")
                           : (m_corrects ? tr("&Record correction") : tr("&Record decision")));
    m_cancel->setEnabled(!busy);
    m_outcome->setEnabled(!busy && m_loaded);
    m_text->setReadOnly(busy);
    m_rendered->setEnabled(!busy);
    m_attached->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    updateRecordButton();
}

void DecisionDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

bool DecisionDialog::choosePdf()
{
    const QStringList files =
        m_prompts.openFileNames(this, tr("Decision document"), tr("PDF documents (*.pdf)"));
    if (files.isEmpty())
        return false;
    m_pdfPath = files.first();
    m_pdfName->setText(QFileInfo(m_pdfPath).fileName());
    m_attached->setChecked(true);
    return true;
}

void DecisionDialog::useRenderedPdf()
{
    m_rendered->setChecked(true);
}

QString DecisionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DecisionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->show();
}

bool DecisionDialog::submit()
{
    if (m_busy || !m_loaded)
        return false;
    // Checked here, in the person's language, before the question: the confirmation is for a
    // decision that can be recorded.
    if (m_outcome->currentIndex() < 0) {
        showError(tr("Choose the outcome of the decision."));
        m_outcome->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showError(tr("Write the decision text: the applicant reads it with the decision."));
        m_text->setFocus(Qt::OtherFocusReason);
        return false;
    }
    DecisionInput input;
    input.outcomeId = m_outcome->currentData().toString();
    input.text = m_text->toPlainText();
    input.expectedVersion = m_owner.version;
    if (m_attached->isChecked()) {
        if (m_pdfPath.isEmpty()) {
            showError(tr("Choose the PDF to attach, or let CaseDesk create one from the text."));
            return false;
        }
        auto file = loadAttachmentFile(m_pdfPath);
        if (!file.ok()) {
            showError(tr("%1: %2").arg(QFileInfo(m_pdfPath).fileName(), file.error().explain()));
            return false;
        }
        input.document = *file;
    }
    const QString question =
        m_corrects
            ? tr("Record the correction of the decision on %1? The applicant is told that a decision is "
                 "available.")
                  .arg(m_owner.reference)
            : tr("Record the decision \"%1\" on %2? The case will be closed and the applicant told that a "
                 "decision is available.")
                  .arg(m_outcome->currentText(), m_owner.reference);
    const QString action = m_corrects ? tr("Correct decision") : tr("Record decision");
    if (!m_prompts.confirm(this, action, question, action))
        return false;
    m_error->hide();
    setBusy(true);
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference = m_owner.reference,
         corrects = m_corrects ? std::optional<qint64>(m_corrects->id) : std::nullopt, input](Database& db) {
            const DecisionService service(db);
            return corrects ? service.correct(reference, *corrects, input) : service.record(reference, input);
        },
        [this](Result<Decision> decision) {
            setBusy(false);
            if (!decision.ok()) {
                showError(tr("The decision was not recorded: %1").arg(decision.error().explain()));
                Q_EMIT submitFinished(false);
                return;
            }
            m_decision = *decision;
            Q_EMIT submitFinished(true);
            accept();
        });
    return true;
}

} // namespace casedesk
