// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailPage.h"

#include "UserPrompts.h"
#include "admin/AdminService.h"
#include "intake/TextRules.h"
#include "mail/MailSettings.h"
#include "mail/TestMail.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

MailPage::MailPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("mailPage"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(QStringLiteral("smtp.kommun.se"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_security = new QComboBox;
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS from the start"), QStringLiteral("tls"));
    m_security->addItem(tr("None (only inside a trusted network)"), QStringLiteral("none"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_from->setPlaceholderText(QStringLiteral("noreply@kommun.se"));
    auto* saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("saveMail"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    m_testAddress = new QLineEdit;
    m_testAddress->setObjectName(QStringLiteral("testMailAddress"));
    m_testAddress->setAccessibleName(tr("Address for the test e-mail"));
    auto* testButton = new QPushButton(tr("Send &test e-mail"));
    testButton->setObjectName(QStringLiteral("sendTestMail"));
    m_testPassword = new QLineEdit;
    m_testPassword->setObjectName(QStringLiteral("testMailPassword"));
    m_testPassword->setEchoMode(QLineEdit::Password);
    m_testPassword->setAccessibleName(tr("SMTP password for the test, not stored"));
    m_testPassword->setPlaceholderText(tr("only for this test; never stored"));
    connect(testButton, &QPushButton::clicked, this,
            [this] { sendTestMail(m_testAddress->text().trimmed(), m_testPassword->text().toUtf8()); });
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testMailResult"));
    m_testResult->setTextFormat(Qt::PlainText); // the server's words
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Sender address:"), m_from);
    form->addRow(QString(), saveButton);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(testButton);
    auto* testLabel = new QLabel(tr("Test &to:"));
    testLabel->setBuddy(m_testAddress);
    form->addRow(testLabel, testRow);
    form->addRow(tr("Pass&word for the test:"), m_testPassword);
    form->addRow(QString(), m_testResult);
    auto* hint = new QLabel(
        tr("The password is not kept in the database: the background service reads it from the file "
           "named by CASEDESK_SMTP_PASSWORD_FILE. E-mails never contain personal data, only the "
           "case reference and the e-service's name."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    reload();
}

void MailPage::reload()
{
    read(
        QStringLiteral("settings"), [](Database& db) { return AdminService(db).settings(); },
        [this](auto settings) {
            if (!settings.ok()) {
                showStatus(tr("Cannot read the mail settings: %1").arg(settings.error().explain()));
                return;
            }
            const auto setting = [&](const QString& key, const QString& fallback = {}) {
                return settings->value(key, fallback);
            };
            m_host->setText(setting(QStringLiteral("smtp.host")));
            m_port->setValue(setting(QStringLiteral("smtp.port"), QStringLiteral("587")).toInt());
            m_security->setCurrentIndex(qMax(0, m_security->findData(setting(QStringLiteral("smtp.security"),
                                                                             QStringLiteral("starttls")))));
            m_user->setText(setting(QStringLiteral("smtp.user")));
            m_from->setText(setting(QStringLiteral("smtp.from")));
            rememberSavedState();
        });
}

QList<std::pair<QString, QString>> MailPage::values() const
{
    return {{QStringLiteral("smtp.host"), m_host->text().trimmed()},
            {QStringLiteral("smtp.port"), QString::number(m_port->value())},
            {QStringLiteral("smtp.security"), m_security->currentData().toString()},
            {QStringLiteral("smtp.user"), m_user->text().trimmed()},
            {QStringLiteral("smtp.from"), m_from->text().trimmed()}};
}

QStringList MailPage::formState() const
{
    return valuesOnly(values());
}

bool MailPage::save()
{
    return saveSettings(tr("Cannot save the mail settings"), values(), MailSettings::validate);
}

bool MailPage::sendTestMail(const QString& address, const QByteArray& password)
{
    if (isBusy())
        return false;
    if (auto r = checkEmail(address, QStringLiteral("address")); !r.ok() || address.isEmpty()) {
        prompts().warn(this, tr("Cannot send a test e-mail"),
                       tr("Enter the address to send the test e-mail to."));
        return false;
    }
    // The values on the page, saved or not: the test says whether they work before they are kept.
    QMap<QString, QString> form;
    for (const auto& [key, value] : values())
        form.insert(key, value);
    auto settings = MailSettings::fromValues(form);
    if (!settings.ok()) {
        refuse(tr("Cannot send a test e-mail"), settings.error());
        return false;
    }
    m_testResult->setText(tr("Sending the test e-mail to %1…").arg(address));
    m_testResult->show();
    // On the worker's thread, not the window's: the SMTP dialogue may take until its timeout.
    runTask(
        tr("Sending the test e-mail…"),
        [smtp = *settings, password, address](Database&) {
            return casedesk::sendTestMail(smtp, password, address);
        },
        [this](Result<TestMailReceipt> receipt) {
            const QString text = receipt.ok()
                                     ? tr("%1 took the test e-mail (reply %2): look for it in the mailbox.")
                                           .arg(receipt->server)
                                           .arg(receipt->replyCode)
                                     : tr("The test e-mail was not sent: %1").arg(receipt.error().explain());
            m_testResult->setText(text);
            m_testResult->setAccessibleName(text);
            Q_EMIT testMailFinished(receipt.ok());
        });
    return true;
}

} // namespace casedesk
