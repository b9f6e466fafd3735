#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace casedesk {

class Database;
class SecretStore;
class UserPrompts;

// Settings in one dialog: the administrator's pages (e-services, statuses, access, ...) and the
// caseworker's own preferences. Who is not an administrator sees only the preferences; the
// database refuses their changes anyway.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Database& db, UserPrompts& prompts, SecretStore* secrets = nullptr,
                   QWidget* parent = nullptr);

    QStringList pageNames() const; // object names of the pages shown, for tests
    void showPage(const QString& objectName);
    bool isAdministrator() const { return m_admin; }

private:
    void addPage(QWidget* page, const QString& title, const QString& iconName);

    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    bool m_admin = false;
};

} // namespace casedesk
