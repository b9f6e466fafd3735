// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "messaging/MessagingTypes.h"

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace casedesk {

class UserPrompts;

// Administrators: per e-service, the message templates caseworkers insert from the compose box,
// and the texts of the automatic e-mails per kind and language (built-in defaults, changed per
// e-service), with placeholder help and validation as you type. The service audits every change.
class TemplatesPage : public SettingsPage
{
    Q_OBJECT
public:
    TemplatesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    void reload();

    // Each starts its write (false: refused here, or busy); writeFinished tells how it went.
    bool saveMessageTemplate();
    bool removeMessageTemplate();
    bool saveMailTemplate();
    bool resetMailTemplate();
    bool saveAnnouncement();
    // The message template and the e-mail, each when it differs from what was read.
    bool saveChanges() override;
    void discardChanges() override;
    // The inline validation of the mail template being edited; empty when it is valid.
    QString mailValidation() const;

private:
    QWidget* buildMessageSection();
    QWidget* buildMailSection();
    void reloadMessageTemplates();
    void showMessageTemplate();
    void showMailTemplate();
    void validateMail();
    QString eserviceId() const;
    MailKind mailKind() const;
    QString mailLanguage() const;
    QStringList formState() const override;

    QComboBox* m_eservice = nullptr;
    QList<MessageTemplate> m_messageTemplates;
    QListWidget* m_messageList = nullptr;
    QLineEdit* m_messageName = nullptr;
    QPlainTextEdit* m_messageBody = nullptr;
    QComboBox* m_mailKind = nullptr;
    QComboBox* m_mailLanguage = nullptr;
    QLabel* m_mailState = nullptr;
    QLineEdit* m_mailSubject = nullptr;
    QPlainTextEdit* m_mailBody = nullptr;
    QLabel* m_mailValidation = nullptr;
    QCheckBox* m_announceClosed = nullptr;
};

} // namespace casedesk
