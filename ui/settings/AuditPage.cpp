// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AuditPage.h"

#include "AuditText.h"

#include "AdminModels.h"
#include "ListTable.h"
#include "admin/AdminService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

AuditPage::AuditPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_actor = new QLineEdit;
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("User"));
    m_actor->setAccessibleName(tr("Filter by user"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("auditReference"));
    m_reference->setPlaceholderText(tr("Case reference"));
    m_reference->setAccessibleName(tr("Filter by case"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Cases opened and changed"), QStringLiteral("case."));
    m_kind->addItem(tr("Attachments"), QStringLiteral("attachment."));
    m_kind->addItem(tr("Administration"), QStringLiteral("admin."));
    m_kind->addItem(tr("Retention"), QStringLiteral("retention."));
    auto* apply = new QPushButton(tr("&Show"));
    connect(apply, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_reference, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::reload);

    m_model = new AuditTableModel(this);
    m_table = makeListTable(m_model, QStringLiteral("auditTable"), tr("Audit log"),
                            QAbstractItemView::ExtendedSelection);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actor);
    filters->addWidget(m_reference);
    filters->addWidget(m_kind);
    filters->addWidget(apply);
    auto* layout = new QVBoxLayout(content());
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    reload();
}

void AuditPage::reload()
{
    AuditQuery query;
    query.actor = m_actor->text().trimmed();
    query.reference = m_reference->text().trimmed().toUpper();
    query.actionPrefix = m_kind->currentData().toString();
    read(
        QStringLiteral("audit"), [query](Database& db) { return AdminService(db).auditLog(query); },
        [this](Result<QList<AuditEntry>> entries) {
            if (!entries.ok()) {
                m_model->setRows({});
                showStatus(tr("Cannot read the audit log: %1").arg(entries.error().message()));
                return;
            }
            m_model->setRows(AuditText::mergeRepeatedReads(*entries));
        });
}

int AuditPage::rowCount() const
{
    return m_model->rowCount();
}

} // namespace casedesk
