#include "StatusesPage.h"

#include "AdminModels.h"
#include "CaseText.h"
#include "ListTable.h"
#include "UserPrompts.h"
#include "admin/AdminService.h"
#include "repositories/EServiceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

StatusesPage::StatusesPage(const Database& db, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("statusesPage"));
    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("statusEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    if (auto list = EServiceRepository(db).list(); list.ok())
        for (const EService& e : *list)
            m_eservice->addItem(e.name, e.id);
    m_model = new StatusTableModel(this);
    m_table = makeListTable(m_model, QStringLiteral("statusTable"), tr("Statuses"));

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("statusId"));
    m_id->setPlaceholderText(QStringLiteral("remiss"));
    m_nameSv = new QLineEdit;
    m_nameSv->setObjectName(QStringLiteral("statusNameSv"));
    m_nameEn = new QLineEdit;
    m_nameEn->setObjectName(QStringLiteral("statusNameEn"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("statusKind"));
    for (StatusKind kind : {StatusKind::Submitted, StatusKind::Registered, StatusKind::InProgress,
                            StatusKind::Waiting, StatusKind::Closed})
        m_kind->addItem(QIcon(CaseText::statusIconPath(kind)), StatusTableModel::kindText(kind), int(kind));
    m_kind->setCurrentIndex(2);
    m_order = new QSpinBox;
    m_order->setRange(0, 999);
    m_order->setValue(35);
    auto* add = new QPushButton(tr("&Add status"));
    add->setObjectName(QStringLiteral("addStatus"));
    auto* rename = new QPushButton(tr("&Rename"));
    auto* remove = new QPushButton(tr("&Delete"));
    remove->setObjectName(QStringLiteral("deleteStatus"));
    connect(add, &QPushButton::clicked, this, &StatusesPage::addStatus);
    connect(rename, &QPushButton::clicked, this, &StatusesPage::renameSelected);
    connect(remove, &QPushButton::clicked, this, &StatusesPage::deleteSelected);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id (new status):"), m_id);
    form->addRow(tr("&Swedish name:"), m_nameSv);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Order:"), m_order);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(buttons);

    m_transitions = new QListWidget;
    m_transitions->setObjectName(QStringLiteral("statusTransitions"));
    m_transitions->setAccessibleName(tr("Allowed next statuses"));
    auto* saveTransitionsButton = new QPushButton(tr("Save &transitions"));
    connect(saveTransitionsButton, &QPushButton::clicked, this, &StatusesPage::saveTransitions);
    auto* transitionBox = new QGroupBox(tr("A case in the selected status may move to"));
    auto* transitionLayout = new QVBoxLayout(transitionBox);
    transitionLayout->addWidget(m_transitions);
    transitionLayout->addWidget(saveTransitionsButton);

    auto* lower = new QHBoxLayout;
    lower->addLayout(form, 1);
    lower->addWidget(transitionBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_eservice);
    layout->addWidget(m_table, 1);
    layout->addLayout(lower);

    connect(m_eservice, &QComboBox::currentIndexChanged, this, &StatusesPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatusesPage::showSelected);
    reload();
}

void StatusesPage::reload()
{
    auto statuses = AdminService(m_db).statuses(m_eservice->currentData().toString());
    m_model->setRows(statuses.ok() ? *statuses : QList<Status>());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QString StatusesPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).id : QString();
}

void StatusesPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Status& status = m_model->rowAt(current.row());
    m_nameSv->setText(status.nameSv);
    m_nameEn->setText(status.nameEn);
    auto allowed = AdminService(m_db).transitions(status.id, m_eservice->currentData().toString());
    m_transitions->clear();
    for (const Status& other : m_model->rows()) {
        if (other.id == status.id)
            continue;
        auto* item = new QListWidgetItem(CaseText::statusName(other), m_transitions);
        item->setData(Qt::UserRole, other.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(allowed.ok() && allowed->contains(other.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void StatusesPage::addStatus()
{
    NewStatus status{m_id->text().trimmed(), m_eservice->currentData().toString(),      m_nameSv->text(),
                     m_nameEn->text(),       StatusKind(m_kind->currentData().toInt()), m_order->value()};
    if (auto r = AdminService(m_db).addStatus(status); !r.ok()) {
        m_prompts.warn(this, tr("Cannot add the status"), r.error().describe());
        return;
    }
    m_id->clear();
    reload();
}

void StatusesPage::renameSelected()
{
    if (auto r = AdminService(m_db).renameStatus(selectedId(), m_nameSv->text(), m_nameEn->text()); !r.ok()) {
        m_prompts.warn(this, tr("Cannot rename the status"), r.error().describe());
        return;
    }
    reload();
}

void StatusesPage::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_prompts.confirm(this, tr("Delete status"), tr("Delete the status %1?").arg(id)))
        return;
    if (auto r = AdminService(m_db).deleteStatus(id); !r.ok()) {
        m_prompts.warn(this, tr("Cannot delete the status"), r.error().message);
        return;
    }
    reload();
}

void StatusesPage::saveTransitions()
{
    QStringList targets;
    for (int i = 0; i < m_transitions->count(); ++i)
        if (m_transitions->item(i)->checkState() == Qt::Checked)
            targets << m_transitions->item(i)->data(Qt::UserRole).toString();
    if (auto r = AdminService(m_db).setTransitions(selectedId(), targets); !r.ok())
        m_prompts.warn(this, tr("Cannot save the transitions"), r.error().describe());
}

} // namespace casedesk
