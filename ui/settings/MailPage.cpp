#include "MailPage.h"

#include "UserPrompts.h"
#include "admin/AdminService.h"
#include "intake/TextRules.h"
#include "mail/MailSettings.h"

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
    connect(testButton, &QPushButton::clicked, this,
            [this] { queueTestMail(m_testAddress->text().trimmed()); });

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

bool MailPage::queueTestMail(const QString& address)
{
    if (auto r = checkEmail(address, QStringLiteral("address")); !r.ok() || address.isEmpty()) {
        prompts().warn(this, tr("Cannot send a test e-mail"),
                       tr("Enter the address to send the test e-mail to."));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OutgoingMail message{
        0,
        0,
        QStringLiteral("test"),
        address,
        tr("CaseDesk test e-mail"),
        tr("This is a test e-mail from CaseDesk. If it arrived, the mail settings work.\n"),
        now,
        0,
        now,
        {},
        {},
        {}};
    return write(
        tr("Cannot send a test e-mail"),
        [message](Database& db) { return AdminService(db).queueMail(message); },
        [this](const auto&) {
            prompts().inform(
                this, tr("Test e-mail queued"),
                tr("The test e-mail is queued; the background service sends it within a minute."));
        });
}

} // namespace casedesk
