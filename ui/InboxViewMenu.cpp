// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxViewMenu.h"

#include "SavedViewModel.h"
#include "UserPrompts.h"
#include "views/InboxViews.h"
#include "worker/DatabaseWorker.h"
#include "workflow/InboxReading.h"

#include <QAction>
#include <QListView>
#include <QMenu>

namespace casedesk {

InboxViewMenu::InboxViewMenu(QWidget* window, QListView* list, SavedViewModel* model, DatabaseWorker& worker,
                             UserPrompts& prompts, std::function<InboxViewDefinition()> current)
    : QObject(window)
    , m_window(window)
    , m_list(list)
    , m_model(model)
    , m_worker(worker)
    , m_prompts(prompts)
    , m_current(std::move(current))
{
    const auto make = [this](const QString& text, const char* name, void (InboxViewMenu::*slot)()) {
        auto* action = new QAction(text, m_window);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_saveAs = make(tr("Save as &new view…"), "saveViewAsAction", &InboxViewMenu::saveAs);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_save = make(tr("&Save changes to this view"), "saveViewAction", &InboxViewMenu::save);
    m_save->setShortcut(QKeySequence::Save);
    m_rename = make(tr("&Rename view…"), "renameViewAction", &InboxViewMenu::rename);
    m_remove = make(tr("Re&move view"), "removeViewAction", &InboxViewMenu::remove);
    m_moveUp = new QAction(tr("Move view &up"), m_window);
    m_moveUp->setObjectName(QStringLiteral("moveViewUpAction"));
    connect(m_moveUp, &QAction::triggered, this, [this] { move(-1); });
    m_moveDown = new QAction(tr("Move view &down"), m_window);
    m_moveDown->setObjectName(QStringLiteral("moveViewDownAction"));
    connect(m_moveDown, &QAction::triggered, this, [this] { move(1); });
    m_publish = make(tr("&Publish view for an e-service…"), "publishViewAction", &InboxViewMenu::publish);
    // In the sidebar the platform's keys for renaming and removing an item, and Alt+arrows to
    // move it; the menu shows them.
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action : {m_rename, m_remove, m_moveUp, m_moveDown}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }
    for (QAction* action : {m_saveAs, m_save, m_publish})
        m_list->addAction(action);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_model, &SavedViewModel::viewsReloaded, this, [this] {
        if (m_select == 0)
            return;
        const int row = m_model->rowOfPersonal(std::exchange(m_select, 0));
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        update();
    });
    update();
}

void InboxViewMenu::addTo(QMenu* menu) const
{
    menu->addAction(m_saveAs);
    menu->addAction(m_save);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addAction(m_remove);
    menu->addSeparator();
    menu->addAction(m_publish);
}

qint64 InboxViewMenu::chosenId() const
{
    return m_list->currentIndex().data(SavedViewModel::PersonalIdRole).toLongLong();
}

bool InboxViewMenu::chosenIsOwn() const
{
    return chosenId() > 0 && !m_list->currentIndex().data(SavedViewModel::PublishedRole).toBool();
}

void InboxViewMenu::update()
{
    const bool own = chosenIsOwn();
    // An administrator may rename and remove a published view; the database decides who is one.
    const bool personal = chosenId() > 0;
    m_save->setEnabled(own);
    m_rename->setEnabled(personal);
    m_remove->setEnabled(personal);
    m_moveUp->setEnabled(own);
    m_moveDown->setEnabled(own);
    m_publish->setEnabled(own);
}

void InboxViewMenu::run(const QString& title, std::function<Result<qint64>(Database&)> change)
{
    m_worker.post(DatabaseWorker::Lane::Write, this, std::move(change), [this, title](Result<qint64> done) {
        if (!done.ok()) {
            m_prompts.warn(m_window, title, done.error().explain());
            return;
        }
        if (*done > 0)
            m_select = *done;
        m_model->reloadViews();
        Q_EMIT viewStored(*done);
    });
}

void InboxViewMenu::saveAs()
{
    const auto name = m_prompts.askText(m_window, tr("Save view"), tr("Name of the new view:"));
    if (!name)
        return;
    run(tr("Save view"), [name = *name, definition = m_current()](Database& db) {
        return InboxViewService(db).create(name, definition);
    });
}

void InboxViewMenu::save()
{
    if (!chosenIsOwn())
        return;
    run(tr("Save view"), [id = chosenId(), definition = m_current()](Database& db) -> Result<qint64> {
        if (auto saved = InboxViewService(db).redefine(id, definition); !saved.ok())
            return saved.error();
        return id;
    });
}

void InboxViewMenu::rename()
{
    const qint64 id = chosenId();
    if (id <= 0)
        return;
    const auto name = m_prompts.askText(m_window, tr("Rename view"), tr("New name of the view:"));
    if (!name)
        return;
    run(tr("Rename view"), [id, name = *name](Database& db) -> Result<qint64> {
        if (auto renamed = InboxViewService(db).rename(id, name); !renamed.ok())
            return renamed.error();
        return id;
    });
}

void InboxViewMenu::remove()
{
    const qint64 id = chosenId();
    if (id <= 0)
        return;
    const QString name = m_list->currentIndex().data(Qt::DisplayRole).toString();
    if (!m_prompts.confirm(m_window, tr("Remove view"),
                           tr("Remove the view “%1”? The cases in it are not changed.").arg(name),
                           tr("Remove view")))
        return;
    // The first view is chosen instead of the removed one.
    m_list->setCurrentIndex(m_model->index(0));
    run(tr("Remove view"), [id](Database& db) -> Result<qint64> {
        if (auto removed = InboxViewService(db).remove(id); !removed.ok())
            return removed.error();
        return 0;
    });
}

void InboxViewMenu::move(int offset)
{
    if (!chosenIsOwn())
        return;
    run(tr("Move view"), [id = chosenId(), offset](Database& db) -> Result<qint64> {
        if (auto moved = InboxViewService(db).move(id, offset); !moved.ok())
            return moved.error();
        return id;
    });
}

void InboxViewMenu::publish()
{
    if (!chosenIsOwn())
        return;
    // The e-services as the filters know them, read on the worker first.
    m_worker.post(
        DatabaseWorker::Lane::Read, this, [](Database& db) { return readFilterChoices(db); },
        [this, id = chosenId()](Result<FilterChoices> choices) {
            if (!choices.ok()) {
                m_prompts.warn(m_window, tr("Publish view"), choices.error().explain());
                return;
            }
            QStringList names;
            for (const EService& e : choices->eservices)
                names << e.name;
            const auto chosen = m_prompts.askChoice(
                m_window, tr("Publish view"),
                tr("Everyone who works or reads this e-service will see the view, showing its cases:"),
                names);
            if (!chosen)
                return;
            const qsizetype at = names.indexOf(*chosen);
            if (at < 0)
                return;
            run(tr("Publish view"), [id, eservice = choices->eservices.at(at).id](Database& db) {
                return InboxViewService(db).publish(id, eservice);
            });
        });
}

} // namespace casedesk
