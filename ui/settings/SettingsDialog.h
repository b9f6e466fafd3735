// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace casedesk {

class DatabaseWorker;
class SecretStore;
class UserPrompts;

// Settings in one dialog: the administrator's pages (e-services, statuses, access, ...) and the
// caseworker's own preferences. Who is not an administrator sees only the preferences; the
// database refuses their changes anyway.
//
// Never waits: the dialog opens with the preferences at once; whether the person administers
// is read by the DatabaseWorker, and the administrative pages are added when the answer came.
// Each page reads and writes through the worker (SettingsPage).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(DatabaseWorker& worker, UserPrompts& prompts, SecretStore* secrets = nullptr,
                   QWidget* parent = nullptr);

    QStringList pageNames() const; // object names of the pages shown, for tests
    void showPage(const QString& objectName);
    // False until the role was read (and for everyone else).
    bool isAdministrator() const { return m_admin; }

    // Close asks first when the page shown has unsaved changes.
    void reject() override;
    void accept() override;

private:
    // Runs `proceed` once the page shown may be left: at once without unsaved changes, after
    // discarding them, or once they are saved; never when the person chose to stay.
    void leaveShownPage(const std::function<void()>& proceed);
    void pageChosen(int row);
    void addAdministrativePages(DatabaseWorker& worker, UserPrompts& prompts);
    void addPage(QWidget* page, const QString& title, const QString& iconName, int at = -1);

    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_roleState = nullptr;
    bool m_admin = false;
    UserPrompts& m_prompts;
};

} // namespace casedesk
