// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetPage.h"

#include "admin/AdminService.h"
#include "navet/NavetSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

NavetPage::NavetPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("navetPage"));
    const auto field = [](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_url = field(QStringLiteral("navetUrl"), QStringLiteral("https://…/personpostXML"));
    m_orgNumber = field(QStringLiteral("navetOrgNumber"), QStringLiteral("2120001234"));
    m_orderId = field(QStringLiteral("navetOrderId"), QStringLiteral("00000236-FO01-0001"));
    m_certificate = field(QStringLiteral("navetCertificate"), QStringLiteral("/etc/casedesk/navet.p12"));
    m_caCertificates = field(QStringLiteral("navetCaCertificates"), tr("optional"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("navetTimeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    auto* saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("saveNavet"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    auto* form = new QFormLayout;
    form->addRow(tr("Service &address:"), m_url);
    form->addRow(tr("&Organisation number:"), m_orgNumber);
    form->addRow(tr("Or&dering id:"), m_orderId);
    form->addRow(tr("&Certificate (PKCS#12):"), m_certificate);
    form->addRow(tr("Extra &trusted authorities (PEM):"), m_caCertificates);
    form->addRow(tr("&Wait at most:"), m_timeout);
    form->addRow(QString(), saveButton);
    auto* hint = new QLabel(tr(
        "The background service (casedeskctl serve) makes the lookups with the organisation's certificate: "
        "the paths are on the machine that runs it, and the certificate's password is given to the service "
        "in the file named by CASEDESK_NAVET_PASSWORD_FILE, never here. Which e-services look every new "
        "case up is chosen on the E-services page; caseworkers ask with \"Fetch from Navet\" in a case."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    reload();
}

void NavetPage::reload()
{
    read(
        QStringLiteral("settings"), [](Database& db) { return AdminService(db).settings(); },
        [this](auto settings) {
            if (!settings.ok()) {
                showStatus(tr("Cannot read the Navet settings: %1").arg(settings.error().explain()));
                return;
            }
            m_url->setText(settings->value(QStringLiteral("navet.url")));
            m_orgNumber->setText(settings->value(QStringLiteral("navet.org_number")));
            m_orderId->setText(settings->value(QStringLiteral("navet.order_id")));
            m_certificate->setText(settings->value(QStringLiteral("navet.certificate")));
            m_caCertificates->setText(settings->value(QStringLiteral("navet.ca_certificates")));
            m_timeout->setValue(
                settings->value(QStringLiteral("navet.timeout_seconds"), QStringLiteral("20")).toInt());
            rememberSavedState();
        });
}

QList<std::pair<QString, QString>> NavetPage::values() const
{
    return {{QStringLiteral("navet.url"), m_url->text().trimmed()},
            {QStringLiteral("navet.org_number"), m_orgNumber->text().trimmed().remove(QLatin1Char('-'))},
            {QStringLiteral("navet.order_id"), m_orderId->text().trimmed()},
            {QStringLiteral("navet.certificate"), m_certificate->text().trimmed()},
            {QStringLiteral("navet.ca_certificates"), m_caCertificates->text().trimmed()},
            {QStringLiteral("navet.timeout_seconds"), QString::number(m_timeout->value())}};
}

QStringList NavetPage::formState() const
{
    return valuesOnly(values());
}

bool NavetPage::save()
{
    return saveSettings(tr("Cannot save the Navet settings"), values(), NavetSettings::validate);
}

} // namespace casedesk
