// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PreferencesPage.h"

#include "CaseText.h"
#include "UserPrompts.h"
#include "credentials/DatabasePasswordProvider.h"
#include "credentials/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kConnectionsKey = QStringLiteral("connections");
const QString kDefaultKey = QStringLiteral("preferences/defaultConnection");

void writeConnections(const QList<SavedConnection>& connections)
{
    QSettings settings;
    settings.beginWriteArray(kConnectionsKey, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), connections[i].name);
        settings.setValue(QStringLiteral("url"), connections[i].url);
    }
    settings.endArray();
}
} // namespace

PreferencesPage::PreferencesPage(UserPrompts& prompts, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("preferencesPage"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kLanguageKey, m_language->currentData().toString()); });
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* hint = new QLabel(tr("A new language takes effect the next time CaseDesk starts."));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    m_connections = new QListWidget;
    m_connections->setObjectName(QStringLiteral("savedConnections"));
    m_connections->setAccessibleName(tr("Saved database connections"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://anna.lind@db.kommun.se/casedesk"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("connectionPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the keychain"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setEnabled(m_secrets != nullptr);
    m_default = new QCheckBox(tr("Open this connection when CaseDesk &starts"));
    m_default->setObjectName(QStringLiteral("defaultConnection"));
    auto* save = new QPushButton(tr("Save &connection"));
    save->setObjectName(QStringLiteral("saveConnection"));
    auto* remove = new QPushButton(tr("Remo&ve"));
    connect(save, &QPushButton::clicked, this, [this] { saveConnection(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedConnection(); });
    connect(m_connections, &QListWidget::currentRowChanged, this, &PreferencesPage::showSelected);

    auto* connectionForm = new QFormLayout;
    connectionForm->addRow(tr("&Name:"), m_name);
    connectionForm->addRow(tr("&Address:"), m_url);
    connectionForm->addRow(tr("&Password:"), m_password);
    connectionForm->addRow(QString(), m_remember);
    connectionForm->addRow(QString(), m_default);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch();
    connectionForm->addRow(buttons);
    auto* box = new QGroupBox(tr("Database connections"));
    auto* boxLayout = new QHBoxLayout(box);
    boxLayout->addWidget(m_connections, 1);
    boxLayout->addLayout(connectionForm, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box, 1);
    reloadConnections();
}

QString PreferencesPage::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QList<SavedConnection> PreferencesPage::savedConnections()
{
    QSettings settings;
    QList<SavedConnection> result;
    const int count = settings.beginReadArray(kConnectionsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        result.append({settings.value(QStringLiteral("name")).toString(),
                       settings.value(QStringLiteral("url")).toString()});
    }
    settings.endArray();
    return result;
}

QString PreferencesPage::defaultConnectionUrl()
{
    return QSettings().value(kDefaultKey).toString();
}

void PreferencesPage::reloadConnections()
{
    const QString current = m_name->text();
    m_connections->clear();
    for (const SavedConnection& c : savedConnections()) {
        auto* item = new QListWidgetItem(c.name, m_connections);
        item->setData(Qt::UserRole, c.url);
        item->setToolTip(CaseText::plainToolTip(c.url));
        if (c.name == current)
            m_connections->setCurrentItem(item);
    }
}

void PreferencesPage::showSelected()
{
    const QListWidgetItem* item = m_connections->currentItem();
    if (!item)
        return;
    m_name->setText(item->text());
    m_url->setText(item->data(Qt::UserRole).toString());
    m_password->clear();
    m_default->setChecked(item->data(Qt::UserRole).toString() == defaultConnectionUrl());
}

bool PreferencesPage::saveConnection()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_prompts.warn(this, tr("Cannot save the connection"), tr("Give the connection a name."));
        return false;
    }
    auto url = DatabaseUrl::parse(m_url->text());
    if (!url.ok()) {
        m_prompts.warn(this, tr("Cannot save the connection"), url.error().explain());
        return false;
    }
    const QString password = url->password.isEmpty() ? m_password->text() : url->password;
    url->password.clear(); // a password never goes into QSettings
    QList<SavedConnection> connections = savedConnections();
    connections.removeIf([&](const SavedConnection& c) { return c.name == name; });
    connections.append({name, url->displayString()});
    writeConnections(connections);
    if (m_default->isChecked())
        QSettings().setValue(kDefaultKey, url->displayString());
    if (m_secrets && url->isShared()) {
        DatabasePasswordProvider(*m_secrets)
            .applyRememberChoice(
                *url, password, m_remember->isChecked(), this, [this](const VoidResult& result) {
                    if (!result.ok())
                        m_prompts.warn(this, tr("The password was not remembered"), result.error().message());
                });
    }
    m_password->clear();
    reloadConnections();
    return true;
}

bool PreferencesPage::removeSelectedConnection()
{
    const QListWidgetItem* item = m_connections->currentItem();
    if (!item)
        return false;
    const QString name = item->text();
    const QString urlText = item->data(Qt::UserRole).toString();
    QList<SavedConnection> connections = savedConnections();
    connections.removeIf([&](const SavedConnection& c) { return c.name == name; });
    writeConnections(connections);
    if (defaultConnectionUrl() == urlText)
        QSettings().remove(kDefaultKey);
    if (auto url = DatabaseUrl::parse(urlText); url.ok() && m_secrets)
        DatabasePasswordProvider(*m_secrets).forget(*url, this, [](const VoidResult&) {});
    m_name->clear();
    reloadConnections();
    return true;
}

} // namespace casedesk
