// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SupplementRequestDialog.h"

#include "DateField.h"

#include "messaging/SupplementService.h"
#include "messaging/TemplateService.h"
#include "worker/DatabaseWorker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SupplementRequestDialog::SupplementRequestDialog(const Session& session, DatabaseWorker& worker,
                                                 const CaseSummary& owner, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_worker(worker)
    , m_owner(owner)
{
    setObjectName(QStringLiteral("supplementRequestDialog"));
    setWindowTitle(tr("Request supplement — %1").arg(owner.reference));
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("supplementTemplate"));
    m_template->setAccessibleName(tr("Start from a template"));
    m_template->addItem(tr("Loading…"));
    m_template->setEnabled(false);
    m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [eserviceId = owner.eserviceId](Database& db) {
            return TemplateService(db).messageTemplates(eserviceId);
        },
        [this](Result<QList<MessageTemplate>> templates) {
            m_template->clear();
            m_template->addItem(templates.ok() ? tr("(no template)") : tr("(templates unavailable)"));
            if (templates.ok())
                for (const MessageTemplate& t : *templates)
                    m_template->addItem(t.name, t.body);
            else
                m_template->setToolTip(templates.error().message());
            m_template->setEnabled(m_template->count() > 1);
        });
    connect(m_template, &QComboBox::activated, this, &SupplementRequestDialog::insertTemplate);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("supplementText"));
    m_text->setAccessibleName(tr("What is missing"));
    m_text->setPlaceholderText(tr("Describe what the applicant needs to send in"));
    m_text->setTabChangesFocus(true);
    m_due = new DateField;
    m_due->setObjectName(QStringLiteral("supplementDue"));
    m_due->lineEdit()->setAccessibleName(tr("Due date"));
    // SupplementService's range: from today, within a year.
    m_due->setRange(QDate::currentDate(), QDate::currentDate().addYears(1));
    m_due->setDate(QDate::currentDate().addDays(14));

    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText); // errors can quote file names and texts from outside
    m_error->setObjectName(QStringLiteral("supplementError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* info =
        new QLabel(tr("The applicant is told by e-mail to supplement on Min sida; the case waits for "
                      "the supplement."));
    info->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&What is missing:"), m_text);
    form->addRow(tr("&Due date:"), m_due);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setText(tr("&Send request"));
    m_send->setObjectName(QStringLiteral("supplementSend"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupplementRequestDialog::submit);
    // A due date that is none, or has passed, is said under the field and sends nothing.
    connect(m_due, &DateField::dateChanged, this,
            [this] { m_send->setEnabled(!m_busy && m_due->isAcceptable()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(info);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 380);
}

void SupplementRequestDialog::insertTemplate(int index)
{
    if (index <= 0)
        return;
    TemplateContext context{m_owner.reference, m_owner.eserviceName, m_session.currentUser, m_due->date()};
    auto text = TemplateService::expand(m_template->itemData(index).toString(), context);
    if (text.ok())
        m_text->insertPlainText(*text);
    m_text->setFocus(Qt::OtherFocusReason);
}

QString SupplementRequestDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SupplementRequestDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy && m_due->isAcceptable());
    m_send->setText(busy ? tr("Sending…") : tr("&Send request"));
    m_cancel->setEnabled(!busy);
    m_text->setReadOnly(busy);
    m_due->setReadOnly(busy);
    m_template->setEnabled(!busy && m_template->count() > 1);
}

void SupplementRequestDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

bool SupplementRequestDialog::submit()
{
    if (m_busy || !m_due->isAcceptable())
        return false;
    m_error->hide();
    setBusy(true);
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference = m_owner.reference, text = m_text->toPlainText(), due = m_due->date(),
         version = m_owner.version](Database& db) {
            return SupplementService(db).request(reference, text, due, version);
        },
        [this](Result<SupplementRequest> request) {
            setBusy(false);
            if (!request.ok()) {
                m_error->setText(tr("The request was not sent: %1").arg(request.error().explain()));
                m_error->setAccessibleName(m_error->text());
                m_error->show();
                Q_EMIT submitFinished(false);
                return;
            }
            m_request = *request;
            Q_EMIT submitFinished(true);
            accept();
        });
    return true;
}

} // namespace casedesk
