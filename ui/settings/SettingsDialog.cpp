// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SettingsDialog.h"

#include "AccessPage.h"
#include "AuditPage.h"
#include "EServicesPage.h"
#include "MailPage.h"
#include "NavetPage.h"
#include "NotificationsPage.h"
#include "OutcomesPage.h"
#include "PreferencesPage.h"
#include "RetentionPage.h"
#include "SettingsPage.h"
#include "StatusesPage.h"
#include "TemplatesPage.h"
#include "UserPrompts.h"
#include "access/AccessService.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(DatabaseWorker& worker, UserPrompts& prompts, SecretStore* secrets,
                               QWidget* parent)
    : QDialog(parent)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(1000, 640);
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setMaximumWidth(220);
    m_pages = new QStackedWidget;
    connect(m_pageList, &QListWidget::currentRowChanged, this, &SettingsDialog::pageChosen);

    addPage(new PreferencesPage(prompts, secrets), tr("Preferences"), QStringLiteral("person"));
    addPage(new NotificationsPage(worker, prompts), tr("Notifications"), QStringLiteral("attention"));
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

void SettingsDialog::pageChosen(int row)
{
    if (row < 0 || row == m_pages->currentIndex())
        return;
    // Back to the page shown until it may be left.
    {
        const QSignalBlocker block(m_pageList);
        m_pageList->setCurrentRow(m_pages->currentIndex());
    }
    leaveShownPage([this, row] {
        const QSignalBlocker block(m_pageList);
        m_pageList->setCurrentRow(row);
        m_pages->setCurrentIndex(row);
    });
}

void SettingsDialog::leaveShownPage(const std::function<void()>& proceed)
{
    auto* page = qobject_cast<SettingsPage*>(m_pages->currentWidget());
    if (!page || !page->hasUnsavedChanges()) {
        proceed();
        return;
    }
    const QString title = m_pageList->currentItem() ? m_pageList->currentItem()->text() : windowTitle();
    switch (
        m_prompts.askSaveChanges(this, tr("Unsaved changes"),
                                 tr("The page %1 has changes that are not saved. Save them?").arg(title))) {
    case UserPrompts::SaveChoice::Cancel:
        return;
    case UserPrompts::SaveChoice::Discard:
        page->discardChanges();
        proceed();
        return;
    case UserPrompts::SaveChoice::Save:
        break;
    }
    if (!page->saveChanges())
        return; // refused here, and said why: the page stays
    // Left once the database took the changes; a refusal is said and the page stays.
    auto* once = new QObject(this);
    connect(page, &SettingsPage::writeFinished, once, [once, proceed](bool ok) {
        once->deleteLater();
        if (ok)
            proceed();
    });
}

void SettingsDialog::reject()
{
    leaveShownPage([this] { QDialog::reject(); });
}

void SettingsDialog::accept()
{
    leaveShownPage([this] { QDialog::accept(); });
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
