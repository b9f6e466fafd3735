// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "EServicesPage.h"

#include "AdminModels.h"
#include "ListTable.h"
#include "admin/AdminService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

EServicesPage::EServicesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("eservicesPage"));
    m_model = new EServiceTableModel(this);
    m_table = makeListTable(m_model, QStringLiteral("eserviceTable"), tr("E-services"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("eserviceName"));
    m_mailbox = new QLineEdit;
    m_mailbox->setObjectName(QStringLiteral("eserviceMailbox"));
    m_mailbox->setPlaceholderText(QStringLiteral("funktionsbrevlada@kommun.se"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("eserviceLanguage"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_navetAtIntake = new QCheckBox(tr("Look up every new case's people in Navet (the population register)"));
    m_navetAtIntake->setObjectName(QStringLiteral("eserviceNavetAtIntake"));
    m_navetAtIntake->setToolTip(tr("The background service asks Navet about the applicant and the signers of "
                                   "each new case of this e-service; a protected identity protects the case "
                                   "at once. Needs the Navet settings and the service's certificate."));
    auto* saveButton = new QPushButton(tr("&Save"));
    saveButton->setObjectName(QStringLiteral("saveEService"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Functional &mailbox:"), m_mailbox);
    form->addRow(tr("Language of &e-mails:"), m_language);
    form->addRow(QString(), m_navetAtIntake);
    form->addRow(QString(), saveButton);
    auto* layout = new QVBoxLayout(content());
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    showCurrentRowOf(m_table->selectionModel(), [this] { showSelected(); });
    rememberSavedState(); // the empty form, until something is shown in it
    reload();
}

void EServicesPage::reload()
{
    read(
        QStringLiteral("eservices"), [](Database& db) { return AdminService(db).eservices(); },
        [this](Result<QList<EService>> list) {
            const int row = qMax(0, m_table->currentIndex().row());
            m_model->setRows(list.ok() ? *list : QList<EService>());
            if (!list.ok())
                showStatus(tr("The e-services cannot be read: %1").arg(list.error().message()));
            if (m_model->rowCount() > 0)
                m_table->selectRow(qMin(row, m_model->rowCount() - 1));
        });
}

void EServicesPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const EService e = current.isValid() ? m_model->rowAt(current.row()) : EService();
    m_name->setText(e.name);
    m_mailbox->setText(e.functionalMailbox);
    m_language->setCurrentIndex(qMax(0, m_language->findData(e.language)));
    m_navetAtIntake->setChecked(e.navetAtIntake);
    rememberSavedState();
}

QStringList EServicesPage::formState() const
{
    return {m_name->text(), m_mailbox->text().trimmed(), m_language->currentData().toString(),
            m_navetAtIntake->isChecked() ? QStringLiteral("navet") : QString()};
}

bool EServicesPage::save()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    EService e = m_model->rowAt(current.row());
    e.name = m_name->text();
    e.functionalMailbox = m_mailbox->text().trimmed();
    e.language = m_language->currentData().toString();
    e.navetAtIntake = m_navetAtIntake->isChecked();
    return write(
        tr("Cannot save the e-service"), [e](Database& db) { return AdminService(db).updateEService(e); },
        [this](const VoidResult&) {
            rememberSavedState();
            reload();
        });
}

} // namespace casedesk
