#include "SettingsDialog.h"

#include "AccessPage.h"
#include "AuditPage.h"
#include "EServicesPage.h"
#include "MailPage.h"
#include "OutcomesPage.h"
#include "PreferencesPage.h"
#include "RetentionPage.h"
#include "StatusesPage.h"
#include "TemplatesPage.h"
#include "access/AccessService.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(const Database& db, UserPrompts& prompts, SecretStore* secrets,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(1000, 640);
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setMaximumWidth(220);
    m_pages = new QStackedWidget;
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const auto role = AccessService(db).currentRole();
    m_admin = role.ok() && administers(*role);
    if (m_admin) {
        addPage(new EServicesPage(db, prompts), tr("E-services"), QStringLiteral("inbox"));
        addPage(new StatusesPage(db, prompts), tr("Statuses"), QStringLiteral("status-in_progress"));
        addPage(new RetentionPage(db, prompts), tr("Retention"), QStringLiteral("waiting"));
        addPage(new AccessPage(db, prompts), tr("Access"), QStringLiteral("person"));
        addPage(new MailPage(db, prompts), tr("Mail"), QStringLiteral("inbox"));
        addPage(new TemplatesPage(db, prompts), tr("Templates"), QStringLiteral("inbox"));
        addPage(new OutcomesPage(db, prompts), tr("Decision outcomes"), QStringLiteral("status-closed"));
        addPage(new AuditPage(db, prompts), tr("Audit log"), QStringLiteral("closed"));
    }
    addPage(new PreferencesPage(prompts, secrets), tr("Preferences"), QStringLiteral("person"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* row = new QHBoxLayout;
    row->addWidget(m_pageList);
    row->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_pageList->setCurrentRow(0);
}

void SettingsDialog::addPage(QWidget* page, const QString& title, const QString& iconName)
{
    m_pages->addWidget(page);
    auto* item =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_pageList);
    item->setData(Qt::UserRole, page->objectName());
}

QStringList SettingsDialog::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names << m_pages->widget(i)->objectName();
    return names;
}

void SettingsDialog::showPage(const QString& objectName)
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i)->objectName() == objectName)
            m_pageList->setCurrentRow(i);
}

} // namespace casedesk
