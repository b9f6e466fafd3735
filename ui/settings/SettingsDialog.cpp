#include "SettingsDialog.h"

#include "AccessPage.h"
#include "AuditPage.h"
#include "EServicesPage.h"
#include "MailPage.h"
#include "NavetPage.h"
#include "OutcomesPage.h"
#include "PreferencesPage.h"
#include "RetentionPage.h"
#include "StatusesPage.h"
#include "TemplatesPage.h"
#include "access/AccessService.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(DatabaseWorker& worker, UserPrompts& prompts, SecretStore* secrets,
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

    addPage(new PreferencesPage(prompts, secrets), tr("Preferences"), QStringLiteral("person"));
    m_roleState = new QLabel(tr("Checking your access…"));
    m_roleState->setObjectName(QStringLiteral("settingsRoleState"));
    m_roleState->setWordWrap(true);
    m_roleState->setMaximumWidth(220);
    worker.post(
        DatabaseWorker::Lane::Read, this, [](Database& db) { return AccessService(db).currentRole(); },
        [this, &worker, &prompts](Result<Role> role) {
            m_admin = role.ok() && administers(*role);
            if (!role.ok())
                m_roleState->setText(tr("Your access could not be checked: %1").arg(role.error().message()));
            else
                m_roleState->hide();
            if (m_admin)
                addAdministrativePages(worker, prompts);
        });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* side = new QVBoxLayout;
    side->addWidget(m_pageList, 1);
    side->addWidget(m_roleState);
    auto* row = new QHBoxLayout;
    row->addLayout(side);
    row->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_pageList->setCurrentRow(0);
}

void SettingsDialog::addAdministrativePages(DatabaseWorker& worker, UserPrompts& prompts)
{
    // Before the preferences, in this order. Administrators start on the first page, as when the
    // pages were there from the start, unless they began working in the preferences meanwhile.
    QWidget* focus = QApplication::focusWidget();
    const bool working = focus && m_pages->currentWidget() && m_pages->currentWidget()->isAncestorOf(focus);
    const QString shown = working ? m_pages->currentWidget()->objectName() : QStringLiteral("eservicesPage");
    int at = 0;
    const auto add = [&](QWidget* page, const QString& title, const QString& icon) {
        addPage(page, title, icon, at++);
    };
    add(new EServicesPage(worker, prompts), tr("E-services"), QStringLiteral("inbox"));
    add(new StatusesPage(worker, prompts), tr("Statuses"), QStringLiteral("status-in_progress"));
    add(new RetentionPage(worker, prompts), tr("Retention"), QStringLiteral("waiting"));
    add(new AccessPage(worker, prompts), tr("Access"), QStringLiteral("person"));
    add(new MailPage(worker, prompts), tr("Mail"), QStringLiteral("inbox"));
    add(new NavetPage(worker, prompts), tr("Navet"), QStringLiteral("person"));
    add(new TemplatesPage(worker, prompts), tr("Templates"), QStringLiteral("inbox"));
    add(new OutcomesPage(worker, prompts), tr("Decision outcomes"), QStringLiteral("status-closed"));
    add(new AuditPage(worker, prompts), tr("Audit log"), QStringLiteral("closed"));
    showPage(shown);
}

void SettingsDialog::addPage(QWidget* page, const QString& title, const QString& iconName, int at)
{
    at = at < 0 ? m_pages->count() : at;
    m_pages->insertWidget(at, page);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title);
    item->setData(Qt::UserRole, page->objectName());
    m_pageList->insertItem(at, item);
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
