// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"
#include "views/InboxViewDefinition.h"
#include "worker/Session.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace casedesk {

struct CaseChange;
struct FilterChoices;
class CaseListModel;
class ChangeFeed;
class CaseExportActions;
class CaseView;
class InboxColumnLayout;
class InboxViewMenu;
class DesktopNotifier;
class NotificationWatcher;
class Database;
class DatabaseWorker;
class StatisticsWindow;
class SavedViewModel;
class SecretStore;
class UserPrompts;

// The caseworker's window: saved views on the left, the case list in the middle, the open
// case on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `db` is the GUI thread's own connection, for the parts not yet moved to the worker (the
    // dialogs); the inbox, the counts and the case view read and write through `worker`.
    MainWindow(const Session& session, DatabaseWorker& worker, UserPrompts& prompts,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListModel* caseModel() const { return m_caseModel; }
    QTableView* caseTable() const { return m_caseTable; }
    CaseView* caseView() const { return m_caseView; }
    QLineEdit* searchField() const { return m_search; }
    SavedViewModel* viewModel() const { return m_viewModel; }

    DatabaseWorker& worker() const { return m_worker; }
    // View → Statistics… (issue #17 §3): one window, made on first use.
    StatisticsWindow* showStatistics();
    // Where the settings dialog remembers database passwords (the OS keychain in the program).
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    QLabel* connectionBanner() const { return m_banner; }
    // Live updates: changes by anyone else show without F5 (null for an in-memory database).
    ChangeFeed* changeFeed() const { return m_feed; }

    void selectView(int row);
    void openCase(const QString& reference);
    void refresh();
    // Bulk actions over the selected rows; each case is checked for conflicts on its own. They
    // run on the worker with a progress dialog (Cancel stops before the next case) and end with
    // a summary.
    void changeStatusOfSelected(const QString& statusId);
    void assignSelected(const QString& login);
    // The person's own marks on the selected cases (issue #16 §2): one case at once, several as
    // a bulk change with its summary.
    void flagSelected(bool flagged);
    void setPriorityOfSelected(bool high);
    // Sends the message template `name` to the applicant of every selected case, each their
    // own message with its placeholders filled (a bulk change with its summary).
    void sendTemplateToSelected(const QString& name);
    // What the inbox shows now, as a personal view stores it.
    InboxViewDefinition currentDefinition() const;
    InboxViewMenu* viewMenu() const { return m_viewMenu; }
    QAction* flagAction() const { return m_flagAction; }
    CaseExportActions* caseExport() const { return m_caseExport; }
    QAction* priorityAction() const { return m_priorityAction; }
    NotificationWatcher* notifications() const { return m_notifications; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildCaseList();
    void fillFilters();
    void showFilterChoices(const FilterChoices& choices);
    void runBulk(const QString& title, const std::function<QString(int)>& doneText,
                 const QString& notDoneText,
                 const std::function<VoidResult(Database&, const QString&, int)>& change);
    void applyFilters();
    void filtersEdited(); // the person changed a filter or the search
    void showFilters();   // the widgets show m_filters
    void updateMarkActions();
    void markSelected(const QString& title, bool on, bool flag);
    void chooseTemplateForSelected(); // asks which template, then sendTemplateToSelected
    void viewChosen();                // a saved view was chosen: its own order, if it has one, then its cases
    void moveIntoResults();           // from the search field to the list of cases
    void updateEmptyList();           // what an empty list says, and the button to clear the search
    void restoreLayout();
    void saveLayout() const;
    void onCaseChanged(const QString& reference);
    // Shows a banner and an indicator in words while the database is away; nothing typed is lost.
    void showConnectionState(bool connected, const QString& detail, bool filesLost = false);
    void startLiveUpdates();
    void collectChanges(const QList<CaseChange>& changes);
    void applyLiveChanges();

    Session m_session; // who is acting and where; never queried
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QList<Status> m_statuses; // every status, as the status filter offers them
    // The filters, search and "high priority first" of the list: the widgets show them, a
    // personal view sets them all (the sort is the list's own, set from the header).
    InboxViewDefinition m_filters;
    bool m_filtersFromView = false; // set by a personal view: choosing a built-in one clears them
    std::pair<int, qint64> m_viewBeforeReset{-1, 0}; // the sidebar's row and view id while it is read again
    InboxViewMenu* m_viewMenu = nullptr;
    QAction* m_highFirstAction = nullptr;
    QAction* m_flagAction = nullptr;
    CaseExportActions* m_caseExport = nullptr;
    QAction* m_priorityAction = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    NotificationWatcher* m_notifications = nullptr;
    SavedViewModel* m_viewModel = nullptr;
    CaseListModel* m_caseModel = nullptr;
    QListView* m_viewList = nullptr;
    QTableView* m_caseTable = nullptr;
    InboxColumnLayout* m_columns = nullptr;
    CaseView* m_caseView = nullptr;
    QSplitter* m_splitter = nullptr;
    QComboBox* m_eserviceFilter = nullptr;
    QPointer<StatisticsWindow> m_statistics;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_periodFilter = nullptr;
    QComboBox* m_assigneeFilter = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QWidget* m_emptyList = nullptr; // shown when the list has no rows: why, and what to do
    QLabel* m_emptyText = nullptr;
    QPushButton* m_clearSearch = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QLabel* m_connection = nullptr;
    SecretStore* m_secrets = nullptr;
    ChangeFeed* m_feed = nullptr;
    QTimer* m_liveDebounce = nullptr;
    QSet<QString> m_liveChanged;        // references changed since the last refresh
    QSet<QString> m_liveContentChanged; // ... whose thread, notes or decisions changed
};

} // namespace casedesk
