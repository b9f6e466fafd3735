// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatusesPage.h"

#include "UserPrompts.h"

#include "AdminModels.h"
#include "CaseText.h"
#include "ListTable.h"
#include "admin/AdminService.h"

#include <QCheckBox>
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

StatusesPage::StatusesPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("statusesPage"));
    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("statusEService"));
    m_eservice->setAccessibleName(tr("E-service"));
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
    m_order->setObjectName(QStringLiteral("statusOrder"));
    m_order->setRange(0, 999);
    m_order->setValue(35);
    // The handling time of the selected status in this e-service (issue #16): overdue after it.
    m_deadlineDays = new QSpinBox;
    m_deadlineDays->setObjectName(QStringLiteral("statusDeadlineDays"));
    m_deadlineDays->setRange(0, 3650);
    m_deadlineDays->setSpecialValueText(tr("None"));
    m_deadlineDays->setSuffix(tr(" days"));
    m_deadlineDays->setToolTip(tr("How long a case may stay in the selected status before it is overdue"));
    m_workingDays = new QCheckBox(tr("&Working days (weekends and public holidays not counted)"));
    m_workingDays->setObjectName(QStringLiteral("statusWorkingDays"));
    connect(m_deadlineDays, &QSpinBox::valueChanged, this,
            [this](int days) { m_workingDays->setEnabled(days > 0); });
    auto* add = new QPushButton(tr("&Add status"));
    add->setObjectName(QStringLiteral("addStatus"));
    auto* save = new QPushButton(tr("&Save status"));
    save->setObjectName(QStringLiteral("saveStatus"));
    save->setToolTip(tr("Saves the selected status's names and the statuses it may move to"));
    auto* remove = new QPushButton(tr("&Delete"));
    remove->setObjectName(QStringLiteral("deleteStatus"));
    connect(add, &QPushButton::clicked, this, &StatusesPage::addStatus);
    connect(save, &QPushButton::clicked, this, &StatusesPage::saveSelected);
    connect(remove, &QPushButton::clicked, this, &StatusesPage::deleteSelected);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id (new status):"), m_id);
    form->addRow(tr("&Swedish name:"), m_nameSv);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("&Handling time:"), m_deadlineDays);
    form->addRow(QString(), m_workingDays);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(buttons);

    m_transitions = new QListWidget;
    m_transitions->setObjectName(QStringLiteral("statusTransitions"));
    m_transitions->setAccessibleName(tr("Allowed next statuses"));
    auto* transitionBox = new QGroupBox(tr("A case in the selected status may move to"));
    auto* transitionLayout = new QVBoxLayout(transitionBox);
    transitionLayout->addWidget(m_transitions);

    auto* lower = new QHBoxLayout;
    lower->addLayout(form, 1);
    lower->addWidget(transitionBox, 1);
    auto* layout = new QVBoxLayout(content());
    layout->addWidget(m_eservice);
    layout->addWidget(m_table, 1);
    layout->addLayout(lower);

    showCurrentChoiceOf(m_eservice, [this] { reload(); });
    showCurrentRowOf(m_table->selectionModel(), [this] { showSelected(); });
    // The statuses follow once the e-services are there (the first one is selected then).
    rememberSavedState(); // the empty form, until something is shown in it
    fillEServices(m_eservice, [this] { reload(); });
}

void StatusesPage::reload()
{
    const QString eserviceId = m_eservice->currentData().toString();
    if (eserviceId.isEmpty())
        return;
    struct Read
    {
        QList<Status> statuses;
        QList<StatusDeadline> deadlines;
    };
    read(
        QStringLiteral("statuses"),
        [eserviceId](Database& db) -> Result<Read> {
            const AdminService admin(db);
            auto statuses = admin.statuses(eserviceId);
            if (!statuses.ok())
                return statuses.error();
            auto deadlines = admin.deadlines(eserviceId);
            if (!deadlines.ok())
                return deadlines.error();
            return Read{*statuses, *deadlines};
        },
        [this](Result<Read> read) {
            const QString shown = m_selectAfterReload.isEmpty() ? selectedId() : m_selectAfterReload;
            m_selectAfterReload.clear();
            m_deadlines.clear();
            if (read.ok())
                for (const StatusDeadline& d : std::as_const(read->deadlines))
                    m_deadlines.insert(d.statusId, d);
            m_model->setRows(read.ok() ? read->statuses : QList<Status>());
            if (!read.ok())
                showStatus(tr("The statuses cannot be read: %1").arg(read.error().message()));
            int select = m_model->rowCount() > 0 ? 0 : -1;
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->rowAt(row).id == shown)
                    select = row;
            if (select >= 0)
                m_table->selectRow(select);
        });
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
    // The selected status's own kind and place (a new status starts from them).
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(status.kind))));
    m_order->setValue(status.sortOrder);
    const StatusDeadline deadline = m_deadlines.value(status.id);
    m_deadlineDays->setValue(deadline.days);
    m_workingDays->setChecked(deadline.workingDays);
    m_workingDays->setEnabled(deadline.days > 0);
    // Nothing leaves a closed status: it has no handling time.
    m_deadlineDays->setEnabled(status.kind != StatusKind::Closed);
    m_transitions->clear();
    rememberSavedState();
    read(
        QStringLiteral("transitions"),
        [id = status.id, eserviceId = m_eservice->currentData().toString()](Database& db) {
            return AdminService(db).transitions(id, eserviceId);
        },
        [this, id = status.id](auto allowed) {
            if (selectedId() != id)
                return;
            if (!allowed.ok())
                showStatus(tr("The transitions cannot be read: %1").arg(allowed.error().message()));
            const bool namesUnchanged = !hasUnsavedChanges();
            m_transitions->clear();
            for (const Status& other : m_model->rows()) {
                if (other.id == id)
                    continue;
                auto* item = new QListWidgetItem(CaseText::statusName(other), m_transitions);
                item->setData(Qt::UserRole, other.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(allowed.ok() && allowed->contains(other.id) ? Qt::Checked
                                                                                : Qt::Unchecked);
            }
            if (namesUnchanged)
                rememberSavedState();
        });
}

QStringList StatusesPage::checkedTransitions() const
{
    QStringList targets;
    for (int i = 0; i < m_transitions->count(); ++i)
        if (m_transitions->item(i)->checkState() == Qt::Checked)
            targets << m_transitions->item(i)->data(Qt::UserRole).toString();
    return targets;
}

QStringList StatusesPage::formState() const
{
    // A typed id makes the form a status to add (kind and order are only read then).
    return QStringList{m_id->text().trimmed(), m_nameSv->text(), m_nameEn->text(),
                       QString::number(m_deadlineDays->value()),
                       m_workingDays->isChecked() ? QStringLiteral("working") : QString()} +
           checkedTransitions();
}

bool StatusesPage::saveChanges()
{
    return m_id->text().trimmed().isEmpty() ? saveSelected() : addStatus();
}

bool StatusesPage::saveSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    const QStringList saved = savedFormState();
    const QStringList now = formState();
    const bool renamed = saved.mid(1, 2) != now.mid(1, 2);
    const bool timed = saved.mid(3, 2) != now.mid(3, 2);
    const bool moved = saved.mid(5) != checkedTransitions();
    const StatusDeadline deadline{m_eservice->currentData().toString(), id, m_deadlineDays->value(),
                                  m_workingDays->isChecked()};
    return write(
        tr("Cannot save the status"),
        [id, renamed, timed, moved, deadline, nameSv = m_nameSv->text(), nameEn = m_nameEn->text(),
         targets = checkedTransitions()](Database& db) -> VoidResult {
            AdminService admin(db);
            if (renamed)
                if (auto r = admin.renameStatus(id, nameSv, nameEn); !r.ok())
                    return r;
            if (timed)
                if (auto r = deadline.days > 0 ? admin.setDeadline(deadline)
                                               : admin.clearDeadline(deadline.eserviceId, deadline.statusId);
                    !r.ok())
                    return r;
            return moved ? admin.setTransitions(id, targets) : VoidResult();
        },
        [this](const VoidResult&) {
            rememberSavedState();
            reload();
        });
}

bool StatusesPage::addStatus()
{
    NewStatus status{m_id->text().trimmed(), m_eservice->currentData().toString(),      m_nameSv->text(),
                     m_nameEn->text(),       StatusKind(m_kind->currentData().toInt()), m_order->value()};
    return write(
        tr("Cannot add the status"), [status](Database& db) { return AdminService(db).addStatus(status); },
        [this, id = status.id](const auto&) {
            m_id->clear();
            rememberSavedState();
            m_selectAfterReload = id;
            reload();
        });
}

void StatusesPage::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || isBusy() ||
        !prompts().confirm(this, tr("Delete status"), tr("Delete the status %1?").arg(id),
                           tr("Delete status")))
        return;
    write(
        tr("Cannot delete the status"), [id](Database& db) { return AdminService(db).deleteStatus(id); },
        [this](const auto&) { reload(); });
}

} // namespace casedesk
