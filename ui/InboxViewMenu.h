// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "views/InboxViewDefinition.h"

#include <QObject>

#include <functional>

class QAction;
class QListView;
class QMenu;
class QWidget;

namespace casedesk {

class Database;
class DatabaseWorker;
class SavedViewModel;
class UserPrompts;

// The View menu and the sidebar's context menu (issue #16 §2): save what the inbox shows as a
// view of one's own, save changes to it, rename, reorder, remove it, and (administrators)
// publish it for an e-service. Each change runs on the database worker; the sidebar is read
// again afterwards, and a new view is chosen.
class InboxViewMenu : public QObject
{
    Q_OBJECT
public:
    // `current`: what the inbox shows now, as a view would store it.
    InboxViewMenu(QWidget* window, QListView* list, SavedViewModel* model, DatabaseWorker& worker,
                  UserPrompts& prompts, std::function<InboxViewDefinition()> current);

    void addTo(QMenu* menu) const;
    // Enables what applies to the chosen view (called when the choice changes).
    void update();

    QAction* saveAsAction() const { return m_saveAs; }
    QAction* saveAction() const { return m_save; }
    QAction* renameAction() const { return m_rename; }
    QAction* removeAction() const { return m_remove; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QAction* publishAction() const { return m_publish; }

Q_SIGNALS:
    // A view was stored; once the sidebar lists it, it is chosen.
    void viewStored(qint64 id);

private:
    qint64 chosenId() const;  // the chosen personal view's id, 0 otherwise
    bool chosenIsOwn() const; // a view of the person's own (not published, not built in)
    void saveAs();
    void save();
    void rename();
    void remove();
    void move(int offset);
    void publish();
    // Runs `change` on the worker; then reads the views again, or says why it failed.
    void run(const QString& title, std::function<Result<qint64>(Database&)> change);

    QWidget* m_window;
    QListView* m_list;
    SavedViewModel* m_model;
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    std::function<InboxViewDefinition()> m_current;
    QAction* m_saveAs = nullptr;
    QAction* m_save = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_publish = nullptr;
    qint64 m_select = 0; // the view to choose once the sidebar lists it
};

} // namespace casedesk
