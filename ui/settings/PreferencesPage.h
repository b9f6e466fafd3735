// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/DatabaseUrl.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace casedesk {

class SecretStore;
class UserPrompts;

struct SavedConnection
{
    QString name;
    QString url; // never with a password
};

// The caseworker's own preferences, kept on this computer (QSettings), not in the database:
// the language, and saved database connections whose passwords live in the OS keychain.
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    // Without a secret store, connections can be saved but passwords not remembered.
    PreferencesPage(UserPrompts& prompts, SecretStore* secrets, QWidget* parent = nullptr);

    // "" (follow the system), "sv" or "en".
    static QString savedLanguage();
    static QList<SavedConnection> savedConnections();
    // The connection to open when CaseDesk starts without --db; empty when none is chosen.
    static QString defaultConnectionUrl();

    // Saves the connection in the form; with "remember" the password goes to the keychain,
    // without it any remembered password is forgotten.
    bool saveConnection();
    bool removeSelectedConnection();

private:
    void reloadConnections();
    void showSelected();

    UserPrompts& m_prompts;
    SecretStore* m_secrets = nullptr;
    QComboBox* m_language = nullptr;
    QListWidget* m_connections = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_default = nullptr;
};

} // namespace casedesk
