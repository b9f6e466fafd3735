// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TemplatesPage.h"

#include "CaseText.h"
#include "UserPrompts.h"
#include "admin/AdminService.h"
#include "messaging/TemplateService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

TemplatesPage::TemplatesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("templatesPage"));
    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("templatesEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    auto* help = new QLabel(tr("Placeholders:") + QLatin1Char('\n') + CaseText::placeholderHelp());
    help->setObjectName(QStringLiteral("placeholderHelp"));
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* sections = new QHBoxLayout;
    sections->addWidget(buildMessageSection(), 1);
    sections->addWidget(buildMailSection(), 1);
    auto* layout = new QVBoxLayout(content());
    layout->addWidget(m_eservice);
    layout->addLayout(sections, 1);
    layout->addWidget(help);
    showCurrentChoiceOf(m_eservice, [this] { reload(); });
    // The templates follow once the e-services are there (the first one is selected then).
    rememberSavedState(); // the empty form, until something is shown in it
    fillEServices(m_eservice, [this] { reload(); });
}

QWidget* TemplatesPage::buildMessageSection()
{
    auto* box = new QGroupBox(tr("Message templates"));
    m_messageList = new QListWidget;
    m_messageList->setObjectName(QStringLiteral("messageTemplateList"));
    m_messageList->setAccessibleName(tr("Message templates"));
    m_messageName = new QLineEdit;
    m_messageName->setObjectName(QStringLiteral("messageTemplateName"));
    m_messageName->setAccessibleName(tr("Template name"));
    m_messageBody = new QPlainTextEdit;
    m_messageBody->setObjectName(QStringLiteral("messageTemplateBody"));
    m_messageBody->setAccessibleName(tr("Template text"));
    m_messageBody->setTabChangesFocus(true);
    auto* save = new QPushButton(tr("Save te&mplate"));
    save->setObjectName(QStringLiteral("saveMessageTemplate"));
    auto* remove = new QPushButton(tr("Remo&ve template"));
    remove->setObjectName(QStringLiteral("removeMessageTemplate"));
    connect(save, &QPushButton::clicked, this, &TemplatesPage::saveMessageTemplate);
    connect(remove, &QPushButton::clicked, this, &TemplatesPage::removeMessageTemplate);
    showCurrentRowOf(m_messageList->selectionModel(), [this] { showMessageTemplate(); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_messageName);
    form->addRow(tr("Te&xt:"), m_messageBody);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_messageList, 1);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* TemplatesPage::buildMailSection()
{
    auto* box = new QGroupBox(tr("E-mails to the applicant and the functional mailbox"));
    m_mailKind = new QComboBox;
    m_mailKind->setObjectName(QStringLiteral("mailTemplateKind"));
    m_mailKind->setAccessibleName(tr("Kind of e-mail"));
    for (MailKind kind : allMailKinds())
        m_mailKind->addItem(CaseText::mailKindText(kind), mailKindId(kind));
    m_mailLanguage = new QComboBox;
    m_mailLanguage->setObjectName(QStringLiteral("mailTemplateLanguage"));
    m_mailLanguage->setAccessibleName(tr("Language of the e-mail"));
    m_mailLanguage->addItem(tr("Swedish"), QStringLiteral("sv"));
    m_mailLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_mailState = new QLabel;
    m_mailState->setObjectName(QStringLiteral("mailTemplateState"));
    m_mailSubject = new QLineEdit;
    m_mailSubject->setObjectName(QStringLiteral("mailTemplateSubject"));
    m_mailSubject->setAccessibleName(tr("Subject"));
    m_mailBody = new QPlainTextEdit;
    m_mailBody->setObjectName(QStringLiteral("mailTemplateBody"));
    m_mailBody->setAccessibleName(tr("E-mail text"));
    m_mailBody->setTabChangesFocus(true);
    m_mailValidation = new QLabel;
    m_mailValidation->setObjectName(QStringLiteral("mailTemplateValidation"));
    m_mailValidation->setWordWrap(true);
    m_mailValidation->hide();
    auto* privacy = new QLabel(tr("E-mails carry the reference and the e-service's name only: the applicant "
                                  "reads everything else on Min sida."));
    privacy->setWordWrap(true);
    auto* save = new QPushButton(tr("Save &e-mail"));
    save->setObjectName(QStringLiteral("saveMailTemplate"));
    auto* reset = new QPushButton(tr("Reset to &default"));
    reset->setObjectName(QStringLiteral("resetMailTemplate"));
    m_announceClosed = new QCheckBox(tr("Tell the applicant by e-mail when a case is &closed"));
    m_announceClosed->setObjectName(QStringLiteral("announceClosed"));
    connect(save, &QPushButton::clicked, this, &TemplatesPage::saveMailTemplate);
    connect(reset, &QPushButton::clicked, this, &TemplatesPage::resetMailTemplate);
    connect(m_announceClosed, &QCheckBox::clicked, this, &TemplatesPage::saveAnnouncement);
    showCurrentChoiceOf(m_mailKind, [this] { showMailTemplate(); });
    showCurrentChoiceOf(m_mailLanguage, [this] { showMailTemplate(); });
    connect(m_mailSubject, &QLineEdit::textChanged, this, &TemplatesPage::validateMail);
    connect(m_mailBody, &QPlainTextEdit::textChanged, this, &TemplatesPage::validateMail);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_mailKind);
    form->addRow(tr("&Language:"), m_mailLanguage);
    form->addRow(QString(), m_mailState);
    form->addRow(tr("&Subject:"), m_mailSubject);
    form->addRow(tr("&Text:"), m_mailBody);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form, 1);
    layout->addWidget(m_mailValidation);
    layout->addWidget(privacy);
    layout->addLayout(buttons);
    layout->addWidget(m_announceClosed);
    return box;
}

QString TemplatesPage::eserviceId() const
{
    return m_eservice->currentData().toString();
}

MailKind TemplatesPage::mailKind() const
{
    return mailKindFromId(m_mailKind->currentData().toString()).value_or(MailKind::NewMessage);
}

QString TemplatesPage::mailLanguage() const
{
    return m_mailLanguage->currentData().toString();
}

void TemplatesPage::reload()
{
    const QString id = eserviceId();
    if (id.isEmpty())
        return;
    reloadMessageTemplates();
    read(
        QStringLiteral("announce"), [id](Database& db) { return TemplateService(db).announcesClosed(id); },
        [this](Result<bool> announce) { m_announceClosed->setChecked(announce.ok() && *announce); });
    showMailTemplate();
}

void TemplatesPage::reloadMessageTemplates()
{
    const QString id = eserviceId();
    read(
        QStringLiteral("messageTemplates"),
        [id](Database& db) { return TemplateService(db).messageTemplates(id); },
        [this](Result<QList<MessageTemplate>> templates) {
            if (!templates.ok())
                showStatus(tr("The templates cannot be read: %1").arg(templates.error().message()));
            const QString current = m_messageName->text();
            m_messageTemplates = templates.ok() ? *templates : QList<MessageTemplate>();
            const QSignalBlocker block(m_messageList->selectionModel());
            m_messageList->clear();
            for (const MessageTemplate& t : std::as_const(m_messageTemplates))
                m_messageList->addItem(t.name);
            const auto found = m_messageList->findItems(current, Qt::MatchExactly);
            m_messageList->setCurrentRow(found.isEmpty() ? -1 : m_messageList->row(found.first()));
        });
}

void TemplatesPage::showMessageTemplate()
{
    const int row = m_messageList->currentRow();
    if (row < 0 || row >= m_messageTemplates.size())
        return;
    m_messageName->setText(m_messageTemplates.at(row).name);
    m_messageBody->setPlainText(m_messageTemplates.at(row).body);
    rememberSavedPart(0, 2);
}

bool TemplatesPage::saveMessageTemplate()
{
    const QString name = m_messageName->text().trimmed();
    return write(
        tr("Cannot save the template"),
        [id = eserviceId(), name, body = m_messageBody->toPlainText()](Database& db) {
            return TemplateService(db).setMessageTemplate(id, name, body);
        },
        [this, name](const VoidResult&) {
            m_messageName->setText(name);
            rememberSavedPart(0, 2);
            reloadMessageTemplates(); // not the e-mail: its changes stay as they are
        });
}

bool TemplatesPage::removeMessageTemplate()
{
    const QString name = m_messageName->text().trimmed();
    if (name.isEmpty() || isBusy() ||
        !prompts().confirm(this, tr("Remove template"), tr("Remove the template %1?").arg(name),
                           tr("Remove template")))
        return false;
    return write(
        tr("Cannot remove the template"),
        [id = eserviceId(), name](Database& db) {
            return TemplateService(db).removeMessageTemplate(id, name);
        },
        [this](const VoidResult&) {
            m_messageName->clear();
            m_messageBody->clear();
            rememberSavedPart(0, 2);
            reloadMessageTemplates();
        });
}

void TemplatesPage::showMailTemplate()
{
    if (eserviceId().isEmpty())
        return;
    m_mailState->setText(tr("Loading…"));
    read(
        QStringLiteral("mail"),
        [id = eserviceId(), kind = mailKind(), language = mailLanguage()](Database& db) {
            return TemplateService(db).mailTemplate(id, kind, language);
        },
        [this](Result<MailTemplate> mail) {
            if (!mail.ok()) {
                m_mailState->setText(mail.error().message());
                return;
            }
            m_mailSubject->setText(mail->subject);
            m_mailBody->setPlainText(mail->body);
            m_mailState->setText(mail->overridden ? tr("Changed for this e-service")
                                                  : tr("Built-in default"));
            validateMail();
            rememberSavedPart(2, 2);
        });
}

void TemplatesPage::validateMail()
{
    QString problem;
    if (m_mailSubject->text().contains(QLatin1String("{caseworker}")) ||
        m_mailBody->toPlainText().contains(QLatin1String("{caseworker}")))
        problem = tr("{caseworker} is not allowed in e-mails: a caseworker's name is not for e-mail.");
    else if (auto s = TemplateService::validate(m_mailSubject->text(), QStringLiteral("subject")); !s.ok())
        problem = s.error().explain();
    else if (auto b = TemplateService::validate(m_mailBody->toPlainText(), QStringLiteral("body")); !b.ok())
        problem = b.error().explain();
    m_mailValidation->setText(problem);
    m_mailValidation->setAccessibleName(problem);
    m_mailValidation->setVisible(!problem.isEmpty());
}

QStringList TemplatesPage::formState() const
{
    return {m_messageName->text().trimmed(), m_messageBody->toPlainText(), m_mailSubject->text(),
            m_mailBody->toPlainText()};
}

bool TemplatesPage::saveChanges()
{
    const QStringList saved = savedFormState();
    const QStringList now = formState();
    const bool messageChanged = saved.mid(0, 2) != now.mid(0, 2);
    const bool mailChanged = saved.mid(2) != now.mid(2);
    if (!messageChanged && !mailChanged)
        return false;
    const QString eservice = eserviceId();
    return write(
        tr("Cannot save the templates"),
        [eservice, messageChanged, mailChanged, name = now.at(0), body = now.at(1), kind = mailKind(),
         language = mailLanguage(), subject = now.at(2), mailBody = now.at(3)](Database& db) -> VoidResult {
            TemplateService templates(db);
            if (messageChanged)
                if (auto r = templates.setMessageTemplate(eservice, name, body); !r.ok())
                    return r;
            return mailChanged ? templates.setMailTemplate(eservice, kind, language, subject, mailBody)
                               : VoidResult();
        },
        [this](const VoidResult&) {
            rememberSavedState();
            reload();
        });
}

void TemplatesPage::discardChanges()
{
    if (m_messageList->currentRow() >= 0)
        showMessageTemplate();
    else {
        m_messageName->clear();
        m_messageBody->clear();
    }
    showMailTemplate();
}

QString TemplatesPage::mailValidation() const
{
    return m_mailValidation->isHidden() ? QString() : m_mailValidation->text();
}

bool TemplatesPage::saveMailTemplate()
{
    return write(
        tr("Cannot save the e-mail"),
        [id = eserviceId(), kind = mailKind(), language = mailLanguage(), subject = m_mailSubject->text(),
         body = m_mailBody->toPlainText()](Database& db) {
            return TemplateService(db).setMailTemplate(id, kind, language, subject, body);
        },
        [this](const VoidResult&) { showMailTemplate(); });
}

bool TemplatesPage::resetMailTemplate()
{
    return write(
        tr("Cannot reset the e-mail"),
        [id = eserviceId(), kind = mailKind(), language = mailLanguage()](Database& db) {
            return TemplateService(db).resetMailTemplate(id, kind, language);
        },
        [this](const VoidResult&) { showMailTemplate(); });
}

bool TemplatesPage::saveAnnouncement()
{
    const bool announce = m_announceClosed->isChecked();
    const bool started = write(
        tr("Cannot change the announcement"),
        [id = eserviceId(), announce](Database& db) {
            return TemplateService(db).setAnnouncesClosed(id, announce);
        },
        [](const VoidResult&) {});
    if (started) // a refusal puts the box back to what the database holds
        connect(
            this, &SettingsPage::writeFinished, m_announceClosed,
            [this, announce](bool ok) {
                if (!ok) {
                    const QSignalBlocker block(m_announceClosed);
                    m_announceClosed->setChecked(!announce);
                }
            },
            Qt::SingleShotConnection);
    else {
        const QSignalBlocker block(m_announceClosed);
        m_announceClosed->setChecked(!announce);
    }
    return started;
}

} // namespace casedesk
