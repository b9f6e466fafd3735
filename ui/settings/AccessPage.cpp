// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AccessPage.h"

#include "AdminModels.h"
#include "ListTable.h"
#include "access/AccessService.h"
#include "admin/AdminService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

AccessPage::AccessPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : SettingsPage(worker, prompts, parent)
{
    setObjectName(QStringLiteral("accessPage"));
    // Only a shared database (PostgreSQL) enforces access (AccessService::isEnforced); the URL
    // says which it is.
    const bool enforced = worker.url().isShared();
    auto* layout = new QVBoxLayout(content());
    if (!enforced) {
        auto* note = new QLabel(
            tr("<b>This is an embedded SQLite database for one person.</b> It does not enforce any of "
               "these settings: anyone who can open the file can read every case. Use a shared "
               "PostgreSQL database when several people work cases."));
        note->setObjectName(QStringLiteral("notEnforcedNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_model = new UserTableModel(this);
    m_table = makeListTable(m_model, QStringLiteral("userTable"), tr("Users"));
    layout->addWidget(m_table, 1);

    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("userLogin"));
    m_login->setPlaceholderText(QStringLiteral("anna.lind"));
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("userDisplayName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("userRole"));
    for (const Role role : {Role::Caseworker, Role::Reader, Role::Admin})
        m_role->addItem(UserTableModel::roleText(roleId(role)), roleId(role));
    m_protected = new QCheckBox(tr("May see &protected identities"));
    m_protected->setObjectName(QStringLiteral("userProtected"));
    auto* saveButton = new QPushButton(tr("Add or &update user"));
    saveButton->setObjectName(QStringLiteral("saveUser"));
    connect(saveButton, &QPushButton::clicked, this, [this] { saveUser(); });

    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("grantEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("grantLevel"));
    m_level->setAccessibleName(tr("Access"));
    m_level->addItem(tr("Work"), QStringLiteral("work"));
    m_level->addItem(tr("Read"), QStringLiteral("read"));
    auto* grant = new QPushButton(tr("&Grant"));
    grant->setObjectName(QStringLiteral("grantButton"));
    auto* revoke = new QPushButton(tr("Re&voke"));
    revoke->setObjectName(QStringLiteral("revokeButton"));
    connect(grant, &QPushButton::clicked, this, [this] { grantSelected(); });
    connect(revoke, &QPushButton::clicked, this, [this] { revokeSelected(); });

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_protected);
    form->addRow(QString(), saveButton);
    auto* grantRow = new QHBoxLayout;
    grantRow->addWidget(m_eservice, 2);
    grantRow->addWidget(m_level, 1);
    grantRow->addWidget(grant);
    grantRow->addWidget(revoke);
    // A row of several widgets: the label's mnemonic goes to its first, not shown as "&".
    auto* eserviceLabel = new QLabel(tr("E-&service:"));
    eserviceLabel->setBuddy(m_eservice);
    form->addRow(eserviceLabel, grantRow);
    layout->addLayout(form);
    if (enforced) {
        auto* hint =
            new QLabel(tr("A user is a PostgreSQL login role. Set its password with psql: \\password NAME."));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    showCurrentRowOf(m_table->selectionModel(), [this] { showSelected(); });
    read(
        QStringLiteral("eservices"), [](Database& db) { return AdminService(db).eservices(); },
        [this](Result<QList<EService>> list) {
            if (!list.ok()) {
                showStatus(tr("The e-services cannot be read: %1").arg(list.error().message()));
                return;
            }
            for (const EService& e : *list)
                m_eservice->addItem(e.name, e.id);
        });
    rememberSavedState(); // the empty form, until something is shown in it
    reload();
}

void AccessPage::reload()
{
    read(
        QStringLiteral("users"), [](Database& db) { return AccessService(db).users(); },
        [this](Result<QList<UserInfo>> users) {
            const QString selected = m_login->text();
            m_model->setRows(users.ok() ? *users : QList<UserInfo>());
            if (!users.ok())
                showStatus(tr("The users cannot be read: %1").arg(users.error().message()));
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->rowAt(row).login == selected)
                    m_table->selectRow(row);
        });
}

void AccessPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const UserInfo user = current.isValid() ? m_model->rowAt(current.row()) : UserInfo();
    m_login->setText(user.login);
    m_displayName->setText(user.displayName);
    m_role->setCurrentIndex(qMax(0, m_role->findData(user.role)));
    m_protected->setChecked(user.canSeeProtected);
    rememberSavedState();
}

QStringList AccessPage::formState() const
{
    return {m_login->text().trimmed(), m_displayName->text().trimmed(), m_role->currentData().toString(),
            m_protected->isChecked() ? QStringLiteral("protected") : QString()};
}

bool AccessPage::saveUser()
{
    return write(
        tr("Cannot save the user"),
        [login = m_login->text().trimmed(), role = m_role->currentData().toString(),
         name = m_displayName->text().trimmed(), canSeeProtected = m_protected->isChecked()](Database& db) {
            return AccessService(db).addUser(login, role, name, canSeeProtected);
        },
        [this](const VoidResult&) {
            rememberSavedState();
            reload();
        });
}

bool AccessPage::grantSelected()
{
    return write(
        tr("Cannot grant access"),
        [login = m_login->text().trimmed(), eservice = m_eservice->currentData().toString(),
         level = m_level->currentData().toString()](Database& db) {
            return AccessService(db).grant(login, eservice, level);
        },
        [this](const VoidResult&) { reload(); });
}

bool AccessPage::revokeSelected()
{
    return write(
        tr("Cannot revoke access"),
        [login = m_login->text().trimmed(), eservice = m_eservice->currentData().toString()](Database& db) {
            return AccessService(db).revoke(login, eservice);
        },
        [this](const VoidResult&) { reload(); });
}

} // namespace casedesk
