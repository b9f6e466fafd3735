#include "OutcomesPage.h"

#include "ListTable.h"
#include "OutcomeTableModel.h"
#include "UserPrompts.h"
#include "messaging/TemplateService.h"
#include "repositories/EServiceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

OutcomesPage::OutcomesPage(const Database& db, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("outcomesPage"));
    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("outcomesEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    if (auto list = EServiceRepository(db).list(); list.ok())
        for (const EService& e : *list)
            m_eservice->addItem(e.name, e.id);
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_eservice);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    connect(m_eservice, &QComboBox::currentIndexChanged, this, &OutcomesPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutcomesPage::showSelected);
    reload();
}

void OutcomesPage::reload()
{
    auto outcomes =
        TemplateService(m_db).outcomes(m_eservice->currentData().toString(), /*activeOnly=*/false);
    m_model->setRows(outcomes.ok() ? *outcomes : QList<DecisionOutcome>());
    if (!outcomes.ok())
        m_prompts.warn(this, tr("Cannot read the outcomes"), outcomes.error().message);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

int OutcomesPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void OutcomesPage::showSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const DecisionOutcome& o = m_model->rowAt(row);
    m_id->setText(o.id);
    m_nameSv->setText(o.nameSv);
    m_nameEn->setText(o.nameEn);
    m_toggle->setText(o.active ? tr("&Retire") : tr("&Bring back"));
}

bool OutcomesPage::saveOutcome()
{
    if (auto r = TemplateService(m_db).setOutcome(m_eservice->currentData().toString(),
                                                  m_id->text().trimmed(), m_nameSv->text(), m_nameEn->text());
        !r.ok()) {
        m_prompts.warn(this, tr("Cannot save the outcome"), r.error().describe());
        return false;
    }
    const QString id = m_id->text().trimmed();
    reload();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row).id == id)
            m_table->selectRow(row);
    return true;
}

bool OutcomesPage::toggleSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const DecisionOutcome o = m_model->rowAt(row);
    if (auto r =
            TemplateService(m_db).setOutcomeActive(m_eservice->currentData().toString(), o.id, !o.active);
        !r.ok()) {
        m_prompts.warn(this, tr("Cannot change the outcome"), r.error().describe());
        return false;
    }
    reload();
    m_table->selectRow(row);
    return true;
}

} // namespace casedesk
