// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SettingsPage.h"

#include "UserPrompts.h"
#include "admin/AdminService.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// The index of a choice whose item the form shows (a choice filled without signals has none
// until it is filled).
const char* const shownIndexProperty = "casedeskShownIndex";

} // namespace

SettingsPage::SettingsPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_prompts(prompts)
{
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsPageStatus"));
    m_status->setTextFormat(Qt::PlainText); // errors can quote what administrators typed
    m_status->setWordWrap(true);
    m_status->hide();
    m_content = new QWidget;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_content, 1);
}

QString SettingsPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SettingsPage::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
}

void SettingsPage::startTask(const QString& what)
{
    ++m_pending;
    // The content is what the answer will replace or what is being saved: nobody edits it
    // meanwhile, and no second save starts.
    m_content->setEnabled(false);
    showStatus(what);
}

void SettingsPage::finishTask()
{
    if (--m_pending > 0)
        return;
    m_content->setEnabled(true);
    if (m_status->text() == tr("Loading…") || m_status->text() == tr("Saving…"))
        showStatus(QString());
}

bool SettingsPage::saveSettings(const QString& errorTitle, const QList<std::pair<QString, QString>>& values,
                                const std::function<VoidResult(const QString&, const QString&)>& validate)
{
    for (const auto& [key, value] : values) {
        if (auto r = validate(key, value); !r.ok()) {
            refuse(errorTitle, withField(r.error(), key));
            return false;
        }
    }
    return write(
        errorTitle, [values](Database& db) { return AdminService(db).setSettings(values); },
        [this](const VoidResult&) { rememberSavedState(); });
}

void SettingsPage::refuse(const QString& errorTitle, const Error& error)
{
    warnRefused(errorTitle, error);
}

void SettingsPage::warnRefused(const QString& errorTitle, const Error& error)
{
    m_prompts.warn(this, errorTitle, error.explain());
}

void SettingsPage::showCurrentRowOf(QItemSelectionModel* selection, std::function<void()> show)
{
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            [this, selection, show](const QModelIndex& current, const QModelIndex& previous) {
                if (m_goingBack || m_asking)
                    return;
                if (!current.isValid() || !previous.isValid() || !hasUnsavedChanges()) {
                    show();
                    return;
                }
                const QPersistentModelIndex back(previous);
                askBeforeReplacingForm(
                    [selection, back] {
                        if (back.isValid())
                            selection->setCurrentIndex(back, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
                    },
                    show);
            });
}

void SettingsPage::showCurrentChoiceOf(QComboBox* choice, std::function<void()> show)
{
    choice->setProperty(shownIndexProperty, choice->currentIndex());
    connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, show](int index) {
        if (m_goingBack || m_asking)
            return;
        const int shown = choice->property(shownIndexProperty).toInt();
        const auto showChosen = [choice, show] {
            choice->setProperty(shownIndexProperty, choice->currentIndex());
            show();
        };
        if (shown < 0 || shown == index || !hasUnsavedChanges()) {
            showChosen();
            return;
        }
        askBeforeReplacingForm([choice, shown] { choice->setCurrentIndex(shown); }, showChosen);
    });
}

void SettingsPage::askBeforeReplacingForm(std::function<void()> goBack, std::function<void()> proceed)
{
    m_asking = true;
    // Asked once the click or key that moved has been handled in full: a view that is still
    // handling it would undo going back.
    QTimer::singleShot(0, this, [this, goBack = std::move(goBack), proceed = std::move(proceed)] {
        const UserPrompts::SaveChoice choice = m_prompts.askSaveChanges(
            this, tr("Unsaved changes"), tr("The form has changes that are not saved. Save them?"));
        m_asking = false;
        if (choice == UserPrompts::SaveChoice::Discard) {
            discardChanges();
            proceed();
            return;
        }
        m_goingBack = true;
        goBack();
        m_goingBack = false;
        if (choice == UserPrompts::SaveChoice::Save)
            saveChanges();
    });
}

void SettingsPage::fillEServices(QComboBox* choice, std::function<void()> then)
{
    read(
        QStringLiteral("eservices"), [](Database& db) { return AdminService(db).eservices(); },
        [this, choice, then = std::move(then)](Result<QList<EService>> list) {
            if (!list.ok()) {
                showStatus(tr("The e-services cannot be read: %1").arg(list.error().message()));
                return;
            }
            {
                const QSignalBlocker quiet(choice);
                for (const EService& e : *list)
                    choice->addItem(e.name, e.id);
            }
            choice->setProperty(shownIndexProperty, choice->currentIndex());
            then();
        });
}

} // namespace casedesk
