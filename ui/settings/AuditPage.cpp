#include "AuditPage.h"

#include "AdminModels.h"
#include "ListTable.h"
#include "UserPrompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

AuditPage::AuditPage(const Database& db, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_prompts(prompts)
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
    auto* layout = new QVBoxLayout(this);
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
    auto entries = AuditRepository(m_db).list(query);
    if (!entries.ok()) {
        m_model->setRows({});
        m_prompts.warn(this, tr("Cannot read the audit log"), entries.error().message);
        return;
    }
    m_model->setRows(*entries);
}

int AuditPage::rowCount() const
{
    return m_model->rowCount();
}

} // namespace casedesk
