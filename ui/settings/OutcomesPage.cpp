// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "OutcomesPage.h"

#include "ListTable.h"
#include "OutcomeTableModel.h"
#include "admin/AdminService.h"
#include "messaging/TemplateService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

OutcomesPage::OutcomesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("outcomesPage"));
    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("outcomesEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    m_model = new OutcomeTableModel(this);
    m_table = makeListTable(m_model, QStringLiteral("outcomesTable"), tr("Decision outcomes"));

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("outcomeId"));
    m_id->setPlaceholderText(QStringLiteral("partly_approved"));
    m_nameSv = new QLineEdit;
    m_nameSv->setObjectName(QStringLiteral("outcomeNameSv"));
    m_nameEn = new QLineEdit;
    m_nameEn->setObjectName(QStringLiteral("outcomeNameEn"));
    auto* save = new QPushButton(tr("&Save outcome"));
    save->setObjectName(QStringLiteral("saveOutcome"));
    m_toggle = new QPushButton(tr("&Retire"));
    m_toggle->setObjectName(QStringLiteral("toggleOutcome"));
    connect(save, &QPushButton::clicked, this, &OutcomesPage::saveOutcome);
    connect(m_toggle, &QPushButton::clicked, this, &OutcomesPage::toggleSelected);

    auto* hint = new QLabel(tr("The outcomes caseworkers choose from when they record a decision. Until an "
                               "e-service has its own list it uses the built-in one; the first change copies "
                               "it. Retired outcomes stay on past decisions."));
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("S&wedish name:"), m_nameSv);
    form->addRow(tr("E&nglish name:"), m_nameEn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    form->addRow(buttons);
    auto* layout = new QVBoxLayout(content());
    layout->addWidget(m_eservice);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    showCurrentChoiceOf(m_eservice, [this] { reload(); });
    showCurrentRowOf(m_table->selectionModel(), [this] { showSelected(); });
    // The outcomes follow once the e-services are there (the first one is selected then).
    rememberSavedState(); // the empty form, until something is shown in it
    fillEServices(m_eservice, [this] { reload(); });
}

void OutcomesPage::reload()
{
    const QString eserviceId = m_eservice->currentData().toString();
    if (eserviceId.isEmpty())
        return;
    read(
        QStringLiteral("outcomes"),
        [eserviceId](Database& db) { return TemplateService(db).outcomes(eserviceId, /*activeOnly=*/false); },
        [this](Result<QList<DecisionOutcome>> outcomes) {
            const int before = qMax(0, selectedRow());
            m_model->setRows(outcomes.ok() ? *outcomes : QList<DecisionOutcome>());
            if (!outcomes.ok())
                showStatus(tr("Cannot read the outcomes: %1").arg(outcomes.error().message()));
            int select = qMin(before, m_model->rowCount() - 1);
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->rowAt(row).id == m_selectAfterReload)
                    select = row;
            m_selectAfterReload.clear();
            if (select >= 0)
                m_table->selectRow(select);
        });
}

int OutcomesPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void OutcomesPage::showSelected()
{
    const int row = selectedRow();
    const DecisionOutcome o = row < 0 ? DecisionOutcome() : m_model->rowAt(row);
    m_id->setText(o.id);
    m_nameSv->setText(o.nameSv);
    m_nameEn->setText(o.nameEn);
    m_toggle->setText(row < 0 || o.active ? tr("&Retire") : tr("&Bring back"));
    rememberSavedState();
}

QStringList OutcomesPage::formState() const
{
    return {m_id->text().trimmed(), m_nameSv->text(), m_nameEn->text()};
}

bool OutcomesPage::saveOutcome()
{
    const QString id = m_id->text().trimmed();
    return write(
        tr("Cannot save the outcome"),
        [eserviceId = m_eservice->currentData().toString(), id, nameSv = m_nameSv->text(),
         nameEn = m_nameEn->text()](Database& db) {
            return TemplateService(db).setOutcome(eserviceId, id, nameSv, nameEn);
        },
        [this, id](const VoidResult&) {
            rememberSavedState();
            m_selectAfterReload = id;
            reload();
        });
}

bool OutcomesPage::toggleSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const DecisionOutcome o = m_model->rowAt(row);
    return write(
        tr("Cannot change the outcome"),
        [eserviceId = m_eservice->currentData().toString(), id = o.id, active = !o.active](Database& db) {
            return TemplateService(db).setOutcomeActive(eserviceId, id, active);
        },
        [this, id = o.id](const VoidResult&) {
            m_selectAfterReload = id;
            reload();
        });
}

} // namespace casedesk
