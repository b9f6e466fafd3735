// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MainWindow.h"

#include "BulkChange.h"
#include "CaseListModel.h"
#include "CaseText.h"
#include "CaseView.h"
#include "DesktopNotifier.h"
#include "InboxColumnLayout.h"
#include "InboxViewMenu.h"
#include "NotificationWatcher.h"
#include "SavedView.h"
#include "SavedViewModel.h"
#include "SettingsDialog.h"
#include "StatisticsWindow.h"
#include "UserPrompts.h"
#include "domain/CaseQuery.h"
#include "domain/InboxColumns.h"
#include "live/ChangeFeed.h"
#include "messaging/TemplateMessage.h"
#include "messaging/TemplateService.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseMarks.h"
#include "workflow/CaseService.h"
#include "workflow/InboxReading.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace casedesk {

MainWindow::MainWindow(const Session& session, DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CaseDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/casedesk.svg")));

    m_viewModel = new SavedViewModel(worker, session.currentUser, this);
    m_viewList = new QListView;
    m_viewList->setObjectName(QStringLiteral("savedViews"));
    m_viewList->setAccessibleName(tr("Saved views"));
    m_viewList->setModel(m_viewModel);
    m_viewList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_viewList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewList->setTextElideMode(Qt::ElideRight);

    m_caseModel = new CaseListModel(worker, this);
    m_caseView = new CaseView(session, worker, prompts);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_viewList);
    m_splitter->addWidget(buildCaseList());
    m_splitter->addWidget(m_caseView);
    // The list and the case share what the views leave, equally: at 1280×800 the inbox's default
    // columns fit without a horizontal scroll bar (InboxColumnLayout) and the case keeps its tabs.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    // The views as wide as their longest name with a three-digit count (longer ones elide).
    int viewsWidth = 0;
    for (int row = 0; row < m_viewModel->rowCount(); ++row)
        viewsWidth = std::max(viewsWidth,
                              m_viewList->fontMetrics().horizontalAdvance(
                                  m_viewModel->index(row, 0).data().toString() + QStringLiteral(" (999)")));
    viewsWidth += 16 + 2 * m_viewList->fontMetrics().horizontalAdvance(QLatin1Char(' ')) + 12;
    m_splitter->setSizes({viewsWidth, 700, 710});
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // it can quote a file name
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(8);
    m_banner->hide();
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionIndicator"));
    statusBar()->addPermanentWidget(m_connection);
    showConnectionState(true, QString());

    buildMenus();
    fillFilters();

    connect(m_viewList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { viewChosen(); });
    // The sidebar is read again after a view is saved: the model resets. The view shown stays
    // chosen without being chosen anew (its list is what it was); a view that is gone falls to
    // the first. A newly saved view is chosen by InboxViewMenu once it is listed.
    connect(m_viewModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_viewList->currentIndex();
        m_viewBeforeReset = {current.row(), current.data(SavedViewModel::PersonalIdRole).toLongLong()};
    });
    connect(m_viewModel, &QAbstractItemModel::modelReset, this, [this] {
        const auto [row, id] = m_viewBeforeReset;
        const int again = id > 0 ? m_viewModel->rowOfPersonal(id) : (m_viewModel->isBuiltIn(row) ? row : -1);
        if (again < 0) {
            selectView(0);
            return;
        }
        const QSignalBlocker quiet(m_viewList->selectionModel());
        m_viewList->setCurrentIndex(m_viewModel->index(again));
        m_viewMenu->update();
    });
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                // A refresh that removes the current row moves "current" to a neighbour; that is
                // not the caseworker opening it.
                if (!current.isValid() || m_caseModel->isChangingRows() ||
                    m_caseModel->isPlaceholder(current.row()))
                    return;
                m_caseView->showCase(m_caseModel->summaryAt(current.row()));
            });
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateMarkActions);
    connect(m_caseModel, &CaseListModel::loaded, this, &MainWindow::updateMarkActions);
    connect(m_caseView, &CaseView::caseChanged, this, &MainWindow::onCaseChanged);
    connect(m_caseView, &CaseView::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_caseModel, &CaseListModel::loaded, this, &MainWindow::updateEmptyList);
    connect(m_caseModel, &CaseListModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not load cases: %1").arg(message));
    });
    connect(&m_worker, &DatabaseWorker::connectionLost, this,
            [this](const QString& reason, bool filesLost) { showConnectionState(false, reason, filesLost); });
    connect(&m_worker, &DatabaseWorker::connectionRestored, this, [this] {
        showConnectionState(true, QString());
        refresh();
    });

    restoreLayout();
    selectView(0);
    startLiveUpdates();

    // Desktop notifications (issue #16 §3): clicking one opens its case here.
    m_notifier = new DesktopNotifier(this);
    m_notifications = new NotificationWatcher(worker, m_notifier, this);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString& reference) {
        openCase(reference);
        raise();
        activateWindow();
    });
    m_notifications->check();
    m_notifications->checkOverdue();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCaseList()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two filters to a row: four in one were cut to "Alla statu" at 1280×800.
    auto* filters = new QGridLayout;
    m_eserviceFilter = new QComboBox;
    m_eserviceFilter->setObjectName(QStringLiteral("eserviceFilter"));
    m_eserviceFilter->setAccessibleName(tr("E-service filter"));
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_periodFilter = new QComboBox;
    m_periodFilter->setObjectName(QStringLiteral("periodFilter"));
    m_periodFilter->setAccessibleName(tr("Submitted within"));
    m_periodFilter->addItem(tr("Any time"), 0);
    m_periodFilter->addItem(tr("Today"), 1);
    m_periodFilter->addItem(tr("Last 7 days"), 7);
    m_periodFilter->addItem(tr("Last 30 days"), 30);
    m_periodFilter->addItem(tr("Last 365 days"), 365);
    m_assigneeFilter = new QComboBox;
    m_assigneeFilter->setObjectName(QStringLiteral("assigneeFilter"));
    m_assigneeFilter->setAccessibleName(tr("Assignee filter"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search reference, personal number, name, answers… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_eserviceFilter, 0, 0);
    filters->addWidget(m_statusFilter, 0, 1);
    filters->addWidget(m_assigneeFilter, 1, 0);
    filters->addWidget(m_periodFilter, 1, 1);
    layout->addLayout(filters);
    layout->addWidget(m_search);

    m_caseTable = new QTableView;
    m_caseTable->setObjectName(QStringLiteral("caseTable"));
    m_caseTable->setAccessibleName(tr("Cases"));
    m_caseTable->setModel(m_caseModel);
    m_caseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_caseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseTable->setSortingEnabled(true);
    m_caseTable->horizontalHeader()->setSortIndicator(CaseListModel::Submitted, Qt::DescendingOrder);
    m_caseTable->horizontalHeader()->setSectionsMovable(true);
    m_caseTable->verticalHeader()->hide();
    m_caseTable->verticalHeader()->setDefaultSectionSize(m_caseTable->fontMetrics().height() + 10);
    m_caseTable->setWordWrap(false);
    m_caseTable->setTextElideMode(Qt::ElideRight);
    m_caseTable->horizontalHeader()->setDefaultSectionSize(150);
    m_columns = new InboxColumnLayout(m_caseTable);
    m_caseTable->setAlternatingRowColors(true);
    m_caseTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The arrow keys move in the list; Tab leaves it for the case (walking every cell changed the
    // open case at each step).
    m_caseTable->setTabKeyNavigation(false);
    // An empty list says what is empty and what to do about it.
    m_emptyList = new QWidget;
    m_emptyList->setObjectName(QStringLiteral("emptyList"));
    auto* emptyRow = new QHBoxLayout(m_emptyList);
    emptyRow->setContentsMargins(0, 0, 0, 0);
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("emptyListText"));
    m_emptyText->setTextFormat(Qt::PlainText); // quotes what was searched for
    m_emptyText->setWordWrap(true);
    m_clearSearch = new QPushButton(tr("Clear the search"));
    m_clearSearch->setObjectName(QStringLiteral("clearSearchButton"));
    connect(m_clearSearch, &QPushButton::clicked, this, [this] {
        m_search->clear();
        moveIntoResults();
    });
    emptyRow->addWidget(m_emptyText, 1);
    emptyRow->addWidget(m_clearSearch);
    m_emptyList->hide();
    layout->addWidget(m_emptyList);
    layout->addWidget(m_caseTable);
    // Down or Enter in the search field goes on to its results.
    auto* intoResults =
        new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(intoResults, &QShortcut::activated, this, &MainWindow::moveIntoResults);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::moveIntoResults);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::filtersEdited);
    for (QComboBox* combo : {m_eserviceFilter, m_statusFilter, m_assigneeFilter, m_periodFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::filtersEdited);
    return panel;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(m_worker, m_prompts, m_secrets, this);
        dialog.exec();
        refresh(); // e-service names, statuses and access may have changed
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    // The platform's own where it has one (Cmd+, on macOS; none on Linux and Windows), and Ctrl+,
    // as the other desktop programs have it.
    settings->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction* take = caseMenu->addAction(tr("&Take case"), m_caseView, &CaseView::takeCase);
    take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    caseMenu->addAction(tr("&Assign to…"), m_caseView, &CaseView::assignCase);
    caseMenu->addSeparator();
    QAction* bulkStatus = caseMenu->addAction(tr("Change status of &selected cases…"), this, [this] {
        if (m_statuses.isEmpty())
            return; // not read yet (or the database is away: the banner says so)
        QStringList names;
        for (const Status& s : std::as_const(m_statuses))
            names << CaseText::statusName(s);
        const auto choice =
            m_prompts.askChoice(this, tr("Change status"), tr("New status for the selected cases:"), names);
        if (!choice)
            return;
        const auto index = names.indexOf(*choice);
        if (index >= 0)
            changeStatusOfSelected(m_statuses.at(index).id);
    });
    QAction* bulkAssign = caseMenu->addAction(tr("Assign s&elected cases…"), this, [this] {
        const auto login =
            m_prompts.askText(this, tr("Assign cases"), tr("Assign the selected cases to (login name):"));
        if (login)
            assignSelected(login->trimmed());
    });
    caseMenu->addSeparator();
    // The person's own marks: checked when the current case carries them.
    m_flagAction = caseMenu->addAction(tr("&Flag"));
    m_flagAction->setObjectName(QStringLiteral("flagAction"));
    m_flagAction->setCheckable(true);
    m_flagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_flagAction, &QAction::triggered, this, [this](bool on) { flagSelected(on); });
    m_priorityAction = caseMenu->addAction(tr("&High priority"));
    m_priorityAction->setObjectName(QStringLiteral("priorityAction"));
    m_priorityAction->setCheckable(true);
    m_priorityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_priorityAction, &QAction::triggered, this, [this](bool on) { setPriorityOfSelected(on); });
    QAction* bulkMessage = caseMenu->addAction(tr("Send a message from a &template to selected cases…"), this,
                                               &MainWindow::chooseTemplateForSelected);
    bulkMessage->setObjectName(QStringLiteral("bulkMessageAction"));
    m_caseTable->addActions({bulkStatus, bulkAssign, bulkMessage, m_flagAction, m_priorityAction});

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = new InboxViewMenu(this, m_viewList, m_viewModel, m_worker, m_prompts,
                                   [this] { return currentDefinition(); });
    m_viewMenu->addTo(viewMenu);
    viewMenu->addSeparator();
    m_highFirstAction = viewMenu->addAction(tr("High priority &first"));
    m_highFirstAction->setObjectName(QStringLiteral("highPriorityFirstAction"));
    m_highFirstAction->setCheckable(true);
    connect(m_highFirstAction, &QAction::triggered, this, [this](bool on) {
        m_filters.highPriorityFirst = on;
        applyFilters();
    });

    viewMenu->addSeparator();
    QAction* statistics = viewMenu->addAction(tr("&Statistics…"), this, [this] { showStatistics(); });
    statistics->setObjectName(QStringLiteral("statisticsAction"));
    statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)); // Ctrl+Shift+S is Save As (a view)

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CaseDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CaseDesk"),
            tr("<b>CaseDesk %1</b><p>Case handling for the e-services of a municipality.</p>"
               "<p>CaseDesk is free software: you can redistribute it and/or modify it under the terms of "
               "the GNU General Public License as published by the Free Software Foundation, either "
               "version 3 of the License, or (at your option) any later version.</p>"
               "<p>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without "
               "even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the GNU General Public License</a> "
               "for more details.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::fillFilters()
{
    m_worker.post(
        DatabaseWorker::Lane::Read, this, [](Database& db) { return readFilterChoices(db); },
        [this](Result<FilterChoices> choices) {
            if (choices.ok())
                showFilterChoices(*choices); // else keep what the filters offer; the banner says why
        });
}

void MainWindow::updateEmptyList()
{
    const bool empty = m_caseModel->rowCount() == 0;
    m_emptyList->setVisible(empty);
    if (!empty)
        return;
    const QString search = m_search->text().trimmed();
    QString text = !search.isEmpty() ? tr("No cases match ‘%1’.").arg(search)
                                     : tr("No cases in this view with these filters.");
    const QString open = m_caseView->detail().summary.reference;
    if (!open.isEmpty())
        text += QLatin1Char(' ') + tr("The open case, %1, is not among them.").arg(open);
    m_emptyText->setText(text);
    m_emptyText->setAccessibleName(text);
    m_clearSearch->setVisible(!search.isEmpty());
}

void MainWindow::moveIntoResults()
{
    if (m_searchDebounce->isActive())
        filtersEdited(); // now, not when typing would have paused
    m_caseTable->setFocus(Qt::TabFocusReason);
    if (!m_caseTable->currentIndex().isValid() && m_caseModel->rowCount() > 0)
        m_caseTable->setCurrentIndex(m_caseModel->index(0, 0));
}

void MainWindow::showFilterChoices(const FilterChoices& choices)
{
    CaseText::setPeople(choices.displayNames);
    m_caseTable->viewport()->update(); // the assignee column by name
    // Refilling must not count as the person choosing a filter.
    const QSignalBlocker blockE(m_eserviceFilter);
    const QSignalBlocker blockS(m_statusFilter);
    const QSignalBlocker blockA(m_assigneeFilter);
    m_assigneeFilter->clear();
    m_assigneeFilter->addItem(tr("Anyone"), QString());
    m_assigneeFilter->addItem(tr("Me"), m_session.currentUser);
    for (const QString& person : choices.assignees)
        if (person != m_session.currentUser)
            m_assigneeFilter->addItem(CaseText::personName(person), person);
    m_eserviceFilter->clear();
    m_eserviceFilter->addItem(tr("All e-services"), QString());
    for (const EService& e : choices.eservices)
        m_eserviceFilter->addItem(e.name, e.id);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const Status& s : choices.statuses)
        m_statusFilter->addItem(QIcon(CaseText::statusIconPath(s.kind)), CaseText::statusName(s), s.id);
    showFilters(); // what the filters were set to, now that they offer it
    m_statuses = choices.statuses;
    m_caseView->setStatuses(choices.allStatuses);
    // Whom a note may mention: everyone with a name, and whoever has cases.
    QHash<QString, QString> people = choices.displayNames;
    for (const QString& login : choices.assignees)
        if (!people.contains(login))
            people.insert(login, QString());
    m_caseView->setPeople(people);
    CaseText::setWorkflowNames(choices.allStatuses, choices.outcomes);
}

void MainWindow::selectView(int row)
{
    m_viewList->setCurrentIndex(m_viewModel->index(row));
    viewChosen();
}

void MainWindow::viewChosen()
{
    const int row = qMax(0, m_viewList->currentIndex().row());
    m_viewMenu->update();
    const bool personal = m_viewModel->personalAt(row) != nullptr;
    // A personal view sets every filter and its sort; a built-in one keeps the person's filters,
    // unless a personal view had set them.
    if (personal || m_filtersFromView) {
        m_filters = m_viewModel->definitionAt(row);
        m_filtersFromView = personal;
        showFilters();
    }
    m_filters.base = m_viewModel->builtInAt(row);
    // A view with an order (Overdue: the most overdue first; a personal view: its own) shows it,
    // in the header's sort indicator too; the person may sort otherwise from there.
    if (personal || viewHasItsOwnOrder(m_filters.base)) {
        const CaseQuery ordered = m_filters.query(m_session.currentUser);
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            if (inboxColumns().at(column).sort == ordered.sort)
                m_caseTable->sortByColumn(column,
                                          ordered.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    applyFilters();
}

void MainWindow::filtersEdited()
{
    m_searchDebounce->stop();
    m_filters.eserviceId = m_eserviceFilter->currentData().toString();
    m_filters.statusId = m_statusFilter->currentData().toString();
    const QString assignee = m_assigneeFilter->currentData().toString();
    m_filters.assignee =
        assignee == m_session.currentUser ? QString::fromLatin1(InboxViewDefinition::kMe) : assignee;
    m_filters.periodDays = m_periodFilter->currentData().toInt();
    m_filters.search = m_search->text();
    applyFilters();
}

void MainWindow::showFilters()
{
    const QSignalBlocker blockE(m_eserviceFilter);
    const QSignalBlocker blockS(m_statusFilter);
    const QSignalBlocker blockA(m_assigneeFilter);
    const QSignalBlocker blockP(m_periodFilter);
    const QSignalBlocker blockSearch(m_search);
    m_eserviceFilter->setCurrentIndex(qMax(0, m_eserviceFilter->findData(m_filters.eserviceId)));
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(m_filters.statusId)));
    const QString assignee = m_filters.assignee == QLatin1String(InboxViewDefinition::kMe)
                                 ? m_session.currentUser
                                 : m_filters.assignee;
    m_assigneeFilter->setCurrentIndex(qMax(0, m_assigneeFilter->findData(assignee)));
    if (m_periodFilter->findData(m_filters.periodDays) < 0) // a period the list does not offer
        m_periodFilter->addItem(tr("Last %n day(s)", nullptr, m_filters.periodDays), m_filters.periodDays);
    m_periodFilter->setCurrentIndex(m_periodFilter->findData(m_filters.periodDays));
    if (m_search->text() != m_filters.search)
        m_search->setText(m_filters.search);
    if (m_highFirstAction)
        m_highFirstAction->setChecked(m_filters.highPriorityFirst);
}

InboxViewDefinition MainWindow::currentDefinition() const
{
    InboxViewDefinition definition = m_filters;
    definition.sort = m_caseModel->query().sort;
    definition.descending = m_caseModel->query().descending;
    return definition;
}

void MainWindow::applyFilters()
{
    m_caseModel->setQuery(m_filters.query(m_session.currentUser));
}

void MainWindow::refresh()
{
    m_viewModel->refreshCounts();
    fillFilters();
    // In place: selection and scroll position stay with their cases.
    m_caseModel->refresh();
    m_caseView->reload();
}

void MainWindow::openCase(const QString& reference)
{
    const int row = m_caseModel->rowOf(reference);
    if (row >= 0)
        m_caseTable->selectRow(row);
    else
        m_caseView->showCase(reference);
}

void MainWindow::onCaseChanged(const QString&)
{
    m_viewModel->refreshCounts();
    m_caseModel->refresh(); // the changed row updates (or leaves the view) in place
}

void MainWindow::runBulk(const QString& title, const std::function<QString(int)>& doneText,
                         const QString& notDoneText,
                         const std::function<VoidResult(Database&, const QString&, int)>& change)
{
    QList<BulkChange::Target> targets;
    for (const QModelIndex& index : m_caseTable->selectionModel()->selectedRows())
        if (!m_caseModel->isPlaceholder(index.row()))
            targets << BulkChange::Target{index.data(CaseListModel::ReferenceRole).toString(),
                                          index.data(CaseListModel::VersionRole).toInt()};
    if (targets.isEmpty())
        return;
    auto* bulk = new BulkChange(m_worker, this, title, targets,
                                [change](Database& db, const BulkChange::Target& target) {
                                    return change(db, target.reference, target.version);
                                });
    connect(bulk, &BulkChange::finished, this,
            [this, title, doneText, notDoneText](int changed, const QStringList& problems, int notTried) {
                refresh();
                QString text = doneText(changed);
                if (notTried > 0)
                    text += QLatin1Char(' ') + tr("Cancelled: %n case(s) not tried.", nullptr, notTried);
                if (!problems.isEmpty())
                    text += QStringLiteral("\n\n") + notDoneText + QLatin1Char('\n') +
                            problems.join(QLatin1Char('\n'));
                m_prompts.inform(this, title, text);
            });
    bulk->start();
}

void MainWindow::changeStatusOfSelected(const QString& statusId)
{
    runBulk(
        tr("Change status"), [](int n) { return tr("%n case(s) changed.", nullptr, n); }, tr("Not changed:"),
        [statusId](Database& db, const QString& reference, int version) -> VoidResult {
            auto result = CaseService(db).changeStatus(reference, statusId, version, {});
            if (!result.ok())
                return result.error();
            return {};
        });
}

void MainWindow::assignSelected(const QString& login)
{
    runBulk(
        tr("Assign cases"), [](int n) { return tr("%n case(s) assigned.", nullptr, n); }, tr("Not assigned:"),
        [login](Database& db, const QString& reference, int version) -> VoidResult {
            auto result = CaseService(db).assign(reference, login, version);
            if (!result.ok())
                return result.error();
            return {};
        });
}

void MainWindow::updateMarkActions()
{
    const QModelIndex current = m_caseTable->currentIndex();
    const bool any = !m_caseTable->selectionModel()->selectedRows().isEmpty() || current.isValid();
    m_flagAction->setEnabled(any);
    m_priorityAction->setEnabled(any);
    m_flagAction->setChecked(current.isValid() && current.data(CaseListModel::FlaggedRole).toBool());
    m_priorityAction->setChecked(current.isValid() && current.data(CaseListModel::HighPriorityRole).toBool());
}

void MainWindow::flagSelected(bool flagged)
{
    markSelected(flagged ? tr("Flag cases") : tr("Remove flags"), flagged, true);
}

void MainWindow::setPriorityOfSelected(bool high)
{
    markSelected(high ? tr("High priority") : tr("Normal priority"), high, false);
}

void MainWindow::markSelected(const QString& title, bool on, bool flag)
{
    QStringList references;
    for (const QModelIndex& index : m_caseTable->selectionModel()->selectedRows())
        if (!m_caseModel->isPlaceholder(index.row()))
            references << index.data(CaseListModel::ReferenceRole).toString();
    if (references.isEmpty() && m_caseTable->currentIndex().isValid())
        references << m_caseTable->currentIndex().data(CaseListModel::ReferenceRole).toString();
    const auto mark = [on, flag](Database& db, const QString& reference) {
        return flag ? CaseMarkService(db).setFlagged(reference, on)
                    : CaseMarkService(db).setHighPriority(reference, on);
    };
    if (references.size() == 1) { // one case: no progress dialog, no summary
        m_worker.post(
            DatabaseWorker::Lane::Write, this,
            [mark, reference = references.constFirst()](Database& db) { return mark(db, reference); },
            [this, title](VoidResult done) {
                if (!done.ok())
                    m_prompts.warn(this, title, done.error().explain());
                m_caseModel->refresh();
                m_viewModel->refreshCounts();
            });
        return;
    }
    runBulk(
        title, [](int n) { return tr("%n case(s) changed.", nullptr, n); }, tr("Not changed:"),
        [mark](Database& db, const QString& reference, int) { return mark(db, reference); });
}

void MainWindow::chooseTemplateForSelected()
{
    QSet<QString> eservices;
    for (const QModelIndex& index : m_caseTable->selectionModel()->selectedRows())
        if (!m_caseModel->isPlaceholder(index.row()))
            eservices.insert(m_caseModel->summaryAt(index.row()).eserviceId);
    if (eservices.isEmpty())
        return;
    // The templates of the selected cases' e-services, read on the worker; a case whose
    // e-service lacks the chosen one is named in the summary.
    m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [eservices](Database& db) -> Result<QStringList> {
            QStringList names;
            for (const QString& eservice : eservices) {
                auto templates = TemplateService(db).messageTemplates(eservice);
                if (!templates.ok())
                    return templates.error();
                for (const MessageTemplate& t : *templates)
                    if (!names.contains(t.name))
                        names << t.name;
            }
            names.sort(Qt::CaseInsensitive);
            return names;
        },
        [this](Result<QStringList> names) {
            const QString title = tr("Send a message");
            if (!names.ok()) {
                m_prompts.warn(this, title, names.error().explain());
                return;
            }
            if (names->isEmpty()) {
                m_prompts.inform(this, title,
                                 tr("The e-services of the selected cases have no message templates. An "
                                    "administrator adds them under Settings → Templates."));
                return;
            }
            const auto name = m_prompts.askChoice(this, title, tr("Template to send:"), *names);
            if (name)
                sendTemplateToSelected(*name);
        });
}

void MainWindow::sendTemplateToSelected(const QString& name)
{
    const int n = int(m_caseTable->selectionModel()->selectedRows().size());
    const QString title = tr("Send a message");
    if (n == 0 || !m_prompts.confirm(
                      this, title,
                      tr("Send the template “%1” to the applicant of each selected case? Each gets their "
                         "own message on Min sida.")
                          .arg(name),
                      tr("Send %n message(s)", nullptr, n)))
        return;
    runBulk(
        title, [](int sent) { return tr("%n message(s) sent.", nullptr, sent); }, tr("Not sent:"),
        [name](Database& db, const QString& reference, int version) -> VoidResult {
            auto sent = sendTemplateMessage(db, reference, name, version);
            if (!sent.ok())
                return sent.error();
            return {};
        });
}

void MainWindow::showConnectionState(bool connected, const QString& detail, bool lostFiles)
{
    const QString where = m_session.url.displayString();
    // Lost -wal/-shm (another program removed them after something in this process dropped
    // SQLite's locks) is not a connection that comes back: CaseDesk stopped writing for good.
    const bool filesLost = !connected && lostFiles;
    const QString text = connected   ? tr("Connected to %1").arg(where)
                         : filesLost ? tr("Not saving to %1: restart CaseDesk").arg(where)
                                     : tr("Not connected to %1").arg(where);
    m_connection->setText(QStringLiteral("<img src=\":/icons/%1.svg\" width=12 height=12> %2")
                              .arg(connected ? QStringLiteral("connected") : QStringLiteral("disconnected"),
                                   text.toHtmlEscaped()));
    m_connection->setAccessibleName(text);
    m_connection->setToolTip(CaseText::plainToolTip(detail));
    if (filesLost)
        m_banner->setText(
            tr("CaseDesk has stopped saving. Another program removed or replaced the database's working "
               "files while CaseDesk had them open, so anything more written now could be lost. What you "
               "have typed is kept here but not saved: copy it somewhere safe, then restart CaseDesk.\n%1")
                .arg(detail));
    else
        m_banner->setText(
            tr("The connection to the database was lost. CaseDesk keeps trying to reconnect; what you have "
               "typed is kept, but changes cannot be saved until the connection is back."));
    m_banner->setAccessibleName(m_banner->text());
    m_banner->setVisible(!connected);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    if (m_caseTable->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("mainWindow/caseColumns")).toByteArray()))
        m_columns->keepPersonsLayout();
    else
        m_columns->applyDefaults();
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1600, 900);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/caseColumns"), m_caseTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::startLiveUpdates()
{
    if (m_session.url.isInMemory())
        return; // nobody else can change a private in-memory database
    m_liveDebounce = new QTimer(this);
    m_liveDebounce->setSingleShot(true);
    // Bursts (a bulk change, a purge batch) become one refresh; not restarted by every
    // change, so a steady stream still shows within this time.
    m_liveDebounce->setInterval(200);
    connect(m_liveDebounce, &QTimer::timeout, this, &MainWindow::applyLiveChanges);
    m_feed = new ChangeFeed(m_session.url, this);
    connect(m_feed, &ChangeFeed::changed, this, &MainWindow::collectChanges);
    connect(m_feed, &ChangeFeed::connectionRestored, this, [this] {
        // Whatever happened meanwhile was caught up from the log; refresh once more anyway.
        m_liveDebounce->start();
    });
    m_feed->start();
}

void MainWindow::collectChanges(const QList<CaseChange>& changes)
{
    for (const CaseChange& change : changes) {
        m_liveChanged.insert(change.reference);
        if (change.changesContent())
            m_liveContentChanged.insert(change.reference);
    }
    if (!m_liveDebounce->isActive())
        m_liveDebounce->start();
}

void MainWindow::applyLiveChanges()
{
    const QSet<QString> changed = std::exchange(m_liveChanged, {});
    const QSet<QString> contentChanged = std::exchange(m_liveContentChanged, {});
    m_caseModel->refresh();
    m_viewModel->refreshCounts();
    m_notifications->check();
    if (m_caseView->hasCase()) {
        const QString open = m_caseView->detail().summary.reference;
        if (changed.contains(open))
            m_caseView->refreshIfShowing(open, contentChanged.contains(open));
    }
}

StatisticsWindow* MainWindow::showStatistics()
{
    if (!m_statistics) {
        m_statistics = new StatisticsWindow(m_worker, m_prompts, this);
        m_statistics->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_statistics->show();
    m_statistics->raise();
    m_statistics->activateWindow();
    return m_statistics;
}

} // namespace casedesk
