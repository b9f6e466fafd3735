// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseView.h"

#include "deadlines/StatusDeadline.h"

#include "AttachmentPane.h"
#include "CaseActionsBar.h"
#include "CaseDetailModels.h"
#include "CasePresence.h"
#include "CaseText.h"
#include "FormPane.h"
#include "ListTable.h"
#include "MessagesPane.h"
#include "NotesPane.h"
#include "PartiesPanel.h"
#include "UserPrompts.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseScreen.h"
#include "workflow/CaseService.h"
#include "workflow/InboxReading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName)
{
    QTableView* table =
        makeListTable(model, objectName, accessibleName, QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    return table;
}

} // namespace

CaseView::CaseView(const Session& session, DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("caseView"));
    auto* outer = new QVBoxLayout(this);
    m_emptyHint = new QLabel(tr("Select a case in the list to open it."));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);
    outer->addWidget(m_emptyHint);
    m_content = new QWidget;
    outer->addWidget(m_content);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    buildHeader();
    buildTabs();
    clear();
}

CaseView::~CaseView() = default;

void CaseView::buildHeader()
{
    auto* layout = static_cast<QVBoxLayout*>(m_content->layout());
    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText); // the e-service's name comes from the portal
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_protectedBadge = new QLabel;
    m_protectedBadge->setObjectName(QStringLiteral("protectedBadge"));
    m_protectedBadge->setText(QStringLiteral("<img src=\":/icons/protected.svg\" width=16 height=16> ") +
                              CaseText::protectedIdentityText().toHtmlEscaped());
    m_protectedBadge->setAccessibleName(CaseText::protectedIdentityText());
    m_loading = new QLabel(tr("Loading…"));
    m_loading->setObjectName(QStringLiteral("caseLoading"));
    m_loading->setEnabled(false);
    m_loading->hide();
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_protectedBadge);
    titleRow->addStretch();
    titleRow->addWidget(m_loading);
    layout->addLayout(titleRow);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_dates = new QLabel;
    m_dates->setObjectName(QStringLiteral("caseDates"));
    m_dates->setTextFormat(Qt::PlainText);
    m_assignee = new QLabel;
    m_assignee->setObjectName(QStringLiteral("assigneeLabel"));
    m_assignee->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_dates);
    // Who else has the case open: in words, with an icon, so that two people do not answer
    // the same applicant.
    m_presenceLabel = new QLabel;
    m_presenceLabel->setObjectName(QStringLiteral("casePresence"));
    m_presenceLabel->setTextFormat(Qt::RichText);
    m_presenceLabel->hide();
    layout->addWidget(m_presenceLabel);
    m_presence = new CasePresence(m_worker, this);
    connect(m_presence, &CasePresence::othersChanged, this, [this](const QStringList& logins) {
        QStringList names;
        for (const QString& login : logins)
            names << CaseText::personName(login);
        const QString text = tr("Also open by: %1").arg(names.join(QStringLiteral(", ")));
        m_presenceLabel->setText(QStringLiteral("<img src=\":/icons/person.svg\" width=14 height=14> ") +
                                 text.toHtmlEscaped());
        m_presenceLabel->setAccessibleName(text);
        m_presenceLabel->setVisible(!logins.isEmpty());
    });

    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignee);
    m_takeButton = new QPushButton(tr("&Take case"));
    m_takeButton->setObjectName(QStringLiteral("takeCaseButton"));
    m_assignButton = new QPushButton(tr("A&ssign to…"));
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    connect(m_takeButton, &QPushButton::clicked, this, &CaseView::takeCase);
    connect(m_assignButton, &QPushButton::clicked, this, &CaseView::assignCase);
    assignRow->addWidget(m_takeButton);
    assignRow->addWidget(m_assignButton);
    assignRow->addStretch();
    // The actions on a row of their own: beside the assignment they were cut off at 1280×800
    // (a pane of 640 pixels), more so when the assignee's name is long.
    auto* actionRow = new QHBoxLayout;
    m_actions = new CaseActionsBar(m_session, m_worker, m_prompts);
    connect(m_actions, &CaseActionsBar::caseChanged, this, [this](const QString& reference) {
        reload();
        Q_EMIT caseChanged(reference);
    });
    actionRow->addWidget(m_actions);
    actionRow->addStretch();
    layout->addLayout(assignRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_actions->decisionLabel());

    auto* statusRow = new QHBoxLayout;
    auto* moveTo = new QLabel(tr("Move to:"));
    statusRow->addWidget(moveTo);
    m_statusButtons = new QHBoxLayout;
    statusRow->addLayout(m_statusButtons);
    statusRow->addStretch();
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setPlaceholderText(tr("Note for the history (optional)"));
    m_note->setAccessibleName(tr("Note for the status change"));
    layout->addLayout(statusRow);
    // Under the buttons, as wide as the pane: beside them it was squeezed to a few letters.
    layout->addWidget(m_note);

    m_parties = new PartiesPanel;
    connect(m_parties, &PartiesPanel::showNumbersRequested, this, &CaseView::showPersonalNumbers);
    connect(m_parties, &PartiesPanel::registerLookupRequested, this, &CaseView::requestRegisterLookup);
    layout->addWidget(m_parties);
}

void CaseView::buildTabs()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_form = new FormPane;
    m_tabs->addTab(m_form, tr("&Form"));

    m_attachments = new AttachmentPane(m_worker, m_prompts);
    m_tabs->addTab(m_attachments, tr("&Attachments"));

    m_signatureModel = new SignatureListModel(this);
    m_tabs->addTab(makeTable(m_signatureModel, QStringLiteral("signatureView"), tr("Signatures")),
                   tr("Si&gnatures"));
    m_messages = new MessagesPane(m_session, m_worker, m_prompts);
    connect(m_messages, &MessagesPane::caseChanged, this, [this](const QString& reference) {
        reload();
        Q_EMIT caseChanged(reference);
    });
    connect(m_messages, &MessagesPane::previewRequested, this, [this](qint64 attachmentId) {
        for (int row = 0; row < m_detail.attachments.size(); ++row)
            if (m_detail.attachments.at(row).id == attachmentId) {
                m_tabs->setCurrentWidget(m_attachments);
                m_attachments->selectRow(row);
            }
    });
    m_tabs->addTab(m_messages, tr("&Messages"));
    m_historyModel = new HistoryModel(this);
    m_tabs->addTab(makeTable(m_historyModel, QStringLiteral("historyView"), tr("History")), tr("&History"));
    m_content->layout()->addWidget(m_tabs);
}

void CaseView::setPeople(const QHash<QString, QString>& people)
{
    m_messages->notes()->setPeople(people);
}

void CaseView::clear()
{
    m_presence->setCase(QString());
    m_opening.cancel();
    m_opening = WorkTicket();
    m_openingReference.clear();
    m_detail = CaseDetail();
    m_blockedReason.clear();
    m_allowedNext.clear();
    m_messages->clear();
    m_actions->clear();
    m_parties->clear();
    m_loading->hide();
    m_content->hide();
    m_emptyHint->show();
}

void CaseView::showCase(const CaseSummary& summary)
{
    if (summary.reference.isEmpty())
        return;
    if (summary.reference != m_detail.summary.reference) {
        // Header first: what the list row knows. The tabs of the previous case go until the
        // new one is read, and nothing can be done to a case not yet read.
        clear();
        m_emptyHint->hide();
        m_content->show();
        fillHeader(summary);
        m_tabs->setEnabled(false);
        m_form->setPages({});
        m_signatureModel->setRows({});
        m_historyModel->setRows({});
        m_attachments->setCase(summary, {}, {}, /*readable=*/false);
        setActionsEnabled(false);
    }
    open(summary.reference);
}

void CaseView::showCase(const QString& reference)
{
    if (reference.isEmpty())
        return;
    if (reference != m_detail.summary.reference) {
        clear();
        m_emptyHint->setText(tr("Opening %1…").arg(reference));
    }
    open(reference);
}

void CaseView::open(const QString& reference)
{
    m_presence->setCase(reference);
    m_opening.cancel(); // the person moved on: the earlier case's answer is dropped
    m_openingReference = reference;
    m_loading->show();
    m_opening = m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [reference](Database& db) { return readCaseScreen(db, reference, /*markOpened=*/true); },
        [this, reference](Result<CaseScreen> screen) {
            m_opening = WorkTicket();
            m_openingReference.clear();
            m_loading->hide();
            if (screen.ok()) {
                showScreen(std::move(screen).value());
                return;
            }
            // Reloading the case on screen while the database is away keeps it, and what was
            // typed into it, on screen; anything else shows no case.
            const bool reloadingThisCase = hasCase() && m_detail.summary.reference == reference;
            if (!(reloadingThisCase && screen.error().code == ErrorCode::Unavailable))
                clear();
            m_emptyHint->setText(tr("Select a case in the list to open it."));
            m_prompts.warn(this, tr("Cannot open case"), screen.error().message());
        });
}

void CaseView::showScreen(CaseScreen screen)
{
    m_detail = std::move(screen.detail);
    m_allowedNext = std::move(screen.allowedNext);
    m_role = screen.role;
    m_canWork = screen.canWork;
    m_accessError = screen.accessError.translated();
    m_blockedReason = computeBlockedReason();
    m_emptyHint->hide();
    m_emptyHint->setText(tr("Select a case in the list to open it."));
    m_content->show();
    m_tabs->setEnabled(true);
    fillHeader(m_detail.summary);
    setActionsEnabled(!m_writing);
    m_parties->setCase(m_detail);
    m_parties->setFetchAllowed(m_blockedReason.isEmpty(), m_blockedReason);
    m_form->setPages(m_detail.pages);
    m_attachments->setCase(m_detail.summary, m_detail.attachments, screen.allowedFileTypes);
    m_signatureModel->setRows(m_detail.signatures);
    m_messages->setCase(m_detail.summary, m_blockedReason, screen.thread, screen.threadError.translated(),
                        screen.messageTemplates);
    m_actions->setCase(m_detail.summary, m_messages->thread(), m_blockedReason, m_allowedNext);
    m_historyModel->setRows(m_detail.events);
    // Marking the case opened is a write of its own after the reading; when it failed the case
    // is shown anyway, and the person learns that the opening went unrecorded.
    if (!m_detail.notMarked.isEmpty())
        Q_EMIT notice(tr("The case is shown, but opening it was not recorded: %1")
                          .arg(m_detail.notMarked.translated()));
    Q_EMIT caseShown(m_detail.summary.reference);
}

void CaseView::reload()
{
    if (hasCase())
        open(m_detail.summary.reference);
    else if (!m_openingReference.isEmpty())
        open(m_openingReference);
}

void CaseView::fillHeader(const CaseSummary& s)
{
    m_title->setText(QStringLiteral("%1 — %2").arg(s.reference, s.eserviceName));
    m_protectedBadge->setVisible(s.protectedIdentity);
    m_protectedBadge->setToolTip(m_detail.contentHidden
                                     ? tr("You do not have the right to see protected identities: the "
                                          "content of this case is not shown.")
                                     : QString());
    m_statusLabel->setText(QStringLiteral("<img src=\"%1\" width=16 height=16> %2")
                               .arg(CaseText::statusIconPath(s.statusKind),
                                    tr("Status: %1").arg(CaseText::statusName(s)).toHtmlEscaped()));
    m_statusLabel->setAccessibleName(tr("Status: %1").arg(CaseText::statusName(s)));
    QString dates = tr("Submitted %1").arg(CaseText::dateTime(s.submittedAt));
    dates += QStringLiteral(" · ") + tr("Updated %1").arg(CaseText::dateTime(s.updatedAt));
    if (s.closedAt.isValid())
        dates += QStringLiteral(" · ") + tr("Closed %1").arg(CaseText::dateTime(s.closedAt));
    if (s.supplementDueDate.isValid())
        dates += QStringLiteral(" · ") +
                 CaseText::supplementDueText(s.supplementDueDate, s.supplementOverdue(QDate::currentDate()));
    // The handling time of the status: said in words (overdue or not), never by colour alone.
    if (s.statusDueDate.isValid())
        dates += QStringLiteral(" · ") +
                 QStringLiteral("%1: %2").arg(CaseText::statusName(s),
                                              CaseText::dueDateText(s.statusDueDate, swedishToday()));
    m_dates->setText(dates);
    m_assignee->setText(s.assignee.isEmpty() ? tr("Not assigned")
                                             : tr("Assigned to %1").arg(CaseText::personName(s.assignee)));
    m_assignee->setToolTip(s.assignee); // the login
    rebuildStatusButtons();
}

void CaseView::setActionsEnabled(bool enabled)
{
    const bool loaded = hasCase();
    m_takeButton->setEnabled(enabled && loaded && m_detail.summary.assignee != m_session.currentUser);
    m_assignButton->setEnabled(enabled && loaded);
    m_note->setReadOnly(!enabled);
    for (int i = 0; i < m_statusButtons->count(); ++i)
        if (QWidget* button = m_statusButtons->itemAt(i)->widget())
            button->setEnabled(enabled && loaded && button->property("allowed").toBool());
}

void CaseView::setStatuses(const QList<Status>& statuses)
{
    m_statuses = statuses;
    rebuildStatusButtons();
    setActionsEnabled(!m_writing);
}

namespace {

// Statuses reached only through their own dialogs, which record what they need: the supplement
// request (message, due date, mail) and the decision (outcome, document).
bool reachedOnlyByItsDialog(const QString& statusId)
{
    return statusId == QLatin1String("waiting_supplement") || statusId == QLatin1String("decided");
}

} // namespace

QList<Status> CaseView::moveTargets() const
{
    // The e-service's whole workflow in its order, so that each status keeps its place whatever
    // the case's status; what the case may move to now is added when the list is not known yet.
    QList<Status> targets;
    for (const Status& status : std::as_const(m_statuses))
        if (status.eserviceId.isEmpty() || status.eserviceId == m_detail.summary.eserviceId)
            targets.append(status);
    for (const Status& status : std::as_const(m_allowedNext))
        if (std::none_of(targets.cbegin(), targets.cend(),
                         [&](const Status& t) { return t.id == status.id; }))
            targets.append(status);
    targets.removeIf([](const Status& status) { return reachedOnlyByItsDialog(status.id); });
    return targets;
}

void CaseView::rebuildStatusButtons()
{
    while (QLayoutItem* item = m_statusButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!hasCase())
        return; // offered once the case is read: a list row does not say what may follow
    const QString current = CaseText::statusName(m_detail.summary);
    QStringList allowedNames;
    for (const Status& status : std::as_const(m_allowedNext))
        if (!reachedOnlyByItsDialog(status.id))
            allowedNames << CaseText::statusName(status);
    for (const Status& status : moveTargets()) {
        const bool allowed = std::any_of(m_allowedNext.cbegin(), m_allowedNext.cend(),
                                         [&](const Status& s) { return s.id == status.id; });
        const QString name = CaseText::statusName(status);
        auto* button = new QPushButton(QIcon(CaseText::statusIconPath(status.kind)), name);
        button->setObjectName(QStringLiteral("statusButton_") + status.id);
        button->setAccessibleName(tr("Move to %1").arg(name));
        button->setProperty("allowed", allowed);
        QString why;
        if (status.id == m_detail.summary.statusId)
            why = tr("The case is in this status.");
        else if (!allowed)
            why = allowedNames.isEmpty() ? tr("A case in status %1 cannot move to %2.").arg(current, name)
                                         : tr("A case in status %1 cannot move to %2; it can move to: %3.")
                                               .arg(current, name, allowedNames.join(QStringLiteral(", ")));
        button->setToolTip(why.isEmpty() ? tr("Move the case to %1").arg(name) : why);
        button->setAccessibleDescription(why);
        const QString id = status.id;
        connect(button, &QPushButton::clicked, this, [this, id] { changeStatus(id); });
        m_statusButtons->addWidget(button);
    }
}

void CaseView::handleConflictOrError(const Error& error, const QString& title)
{
    if (error.code == ErrorCode::Conflict) {
        m_prompts.warn(this, tr("The case was changed by someone else"),
                       tr("Your change was not saved, because the case changed after you opened it.\n\n%1\n\n"
                          "The case has been reloaded; check it and try again.")
                           .arg(error.message()));
        reload();
        Q_EMIT caseChanged(m_detail.summary.reference);
        return;
    }
    m_prompts.warn(this, title, error.message());
}

void CaseView::runChange(const QString& errorTitle, std::function<VoidResult(Database&)> change,
                         std::function<void()> afterSuccess)
{
    m_writing = true;
    setActionsEnabled(false);
    const QString reference = m_detail.summary.reference;
    m_worker.post(DatabaseWorker::Lane::Write, this, std::move(change),
                  [this, reference, errorTitle, afterSuccess](VoidResult result) {
                      m_writing = false;
                      if (!result.ok()) {
                          setActionsEnabled(true);
                          handleConflictOrError(result.error(), errorTitle);
                          return;
                      }
                      if (afterSuccess)
                          afterSuccess();
                      // The actions come back with the case's new state (and version), so a
                      // second click never acts on the state before this change.
                      if (reference == m_detail.summary.reference)
                          reload();
                      else
                          setActionsEnabled(true);
                      Q_EMIT caseChanged(reference);
                  });
}

void CaseView::changeStatus(const QString& statusId)
{
    if (!hasCase() || m_writing)
        return;
    const auto target = std::find_if(m_allowedNext.cbegin(), m_allowedNext.cend(),
                                     [&](const Status& s) { return s.id == statusId; });
    if (target != m_allowedNext.cend() && target->kind == StatusKind::Closed &&
        !m_prompts.confirm(
            this, tr("Close case"),
            tr("Close case %1? Closing starts the retention period after which the case is purged.")
                .arg(m_detail.summary.reference),
            tr("Close case")))
        return;
    runChange(
        tr("Cannot change the status"),
        [reference = m_detail.summary.reference, statusId, version = m_detail.summary.version,
         note = m_note->text()](Database& db) -> VoidResult {
            auto changed = CaseService(db).changeStatus(reference, statusId, version, note);
            if (!changed.ok())
                return changed.error();
            return {};
        },
        [this] { m_note->clear(); });
}

void CaseView::takeCase()
{
    if (!hasCase() || m_writing)
        return;
    // Taking over from a colleague is a choice, never a side effect of a click.
    const QString holder = m_detail.summary.assignee;
    if (!holder.isEmpty() && holder != m_session.currentUser &&
        !m_prompts.confirm(this, tr("Take over the case"),
                           tr("Case %1 is assigned to %2. Take it over, so that it is assigned to you?")
                               .arg(m_detail.summary.reference, CaseText::personName(holder)),
                           tr("Take over")))
        return;
    runChange(tr("Cannot take the case"),
              [reference = m_detail.summary.reference, me = m_session.currentUser,
               version = m_detail.summary.version](Database& db) -> VoidResult {
                  auto assigned = CaseService(db).assign(reference, me, version);
                  if (!assigned.ok())
                      return assigned.error();
                  return {};
              });
}

void CaseView::assignCase()
{
    if (!hasCase() || m_writing)
        return;
    const auto login = m_prompts.askText(
        this, tr("Assign case"),
        tr("Assign %1 to (login name, empty to unassign):").arg(m_detail.summary.reference));
    if (!login || !hasCase())
        return;
    runChange(tr("Cannot assign the case"),
              [reference = m_detail.summary.reference, login = login->trimmed(),
               version = m_detail.summary.version](Database& db) -> VoidResult {
                  auto assigned = CaseService(db).assign(reference, login, version);
                  if (!assigned.ok())
                      return assigned.error();
                  return {};
              });
}

QString CaseView::computeBlockedReason() const
{
    if (m_detail.contentHidden)
        return tr("The case has a protected identity that you may not see, so it cannot be worked here.");
    if (m_role == Role::Reader)
        return tr(
            "You have read-only access (reader): ask an administrator for work access to change cases.");
    if (!m_canWork)
        return tr("Your access could not be checked: %1").arg(m_accessError);
    if (!*m_canWork)
        return tr("You may read the cases of %1 but not work them: ask an administrator for work access.")
            .arg(m_detail.summary.eserviceName);
    return {};
}

void CaseView::showPersonalNumbers()
{
    if (!hasCase())
        return;
    const QString reference = m_detail.summary.reference;
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference](Database& db) { return CaseService(db).recordPersonalNumbersShown(reference); },
        [this, reference](VoidResult recorded) {
            if (!hasCase() || m_detail.summary.reference != reference)
                return; // the person moved on: nothing is shown
            if (!recorded.ok()) {
                m_prompts.warn(this, tr("Cannot show the personal numbers"), recorded.error().message());
                return;
            }
            m_parties->setNumbersShown(true);
        });
}

void CaseView::requestRegisterLookup(const QString& personalNumber)
{
    if (!hasCase() || m_writing)
        return;
    runChange(tr("Cannot ask Navet"), [reference = m_detail.summary.reference, personalNumber](Database& db) {
        return CaseService(db).requestRegisterLookup(reference, personalNumber);
    });
}

QDialog* CaseView::activeDialog() const
{
    return m_actions->activeDialog();
}

void CaseView::requestSupplement()
{
    m_actions->requestSupplement();
}

void CaseView::recordDecision()
{
    m_actions->recordDecision();
}

void CaseView::correctDecision()
{
    m_actions->correctDecision();
}

void CaseView::refreshIfShowing(const QString& reference, bool contentChanged)
{
    if (!hasCase() || reference != m_detail.summary.reference)
        return;
    if (contentChanged) {
        reload();
        return;
    }
    m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [reference](Database& db) { return readCaseSummary(db, reference); },
        [this, reference](Result<std::optional<CaseSummary>> summary) {
            if (!summary.ok() || !hasCase() || reference != m_detail.summary.reference)
                return; // the connection is away: keep showing what we have, the banner says why
            if (!summary->has_value()) {
                clear(); // purged
                return;
            }
            // Our own change, already shown; status and assignment always bump the version.
            if ((*summary)->version != m_detail.summary.version)
                reload();
        });
}

} // namespace casedesk
