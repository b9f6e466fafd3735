// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessagesPane.h"

#include "CaseText.h"
#include "ComposeBox.h"
#include "MessageThreadModel.h"
#include "NotesPane.h"
#include "UserPrompts.h"
#include "intake/SafeFileName.h"
#include "messaging/AttachmentCheck.h"
#include "messaging/MessageService.h"
#include "messaging/TemplateService.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace casedesk {

MessagesPane::MessagesPane(const Session& session, DatabaseWorker& worker, UserPrompts& prompts,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("messagesPane"));
    m_model = new MessageThreadModel(this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("messageThread"));
    m_view->setAccessibleName(tr("Conversation with the applicant"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(4);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MessagesPane::updateAttachmentButton);

    m_unavailable = new QLabel;
    m_unavailable->setTextFormat(Qt::PlainText); // errors can quote file names and texts from outside
    m_unavailable->setObjectName(QStringLiteral("threadUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();

    m_saveAttachment = new QPushButton(tr("Sa&ve attachment…"));
    m_saveAttachment->setObjectName(QStringLiteral("saveMessageAttachment"));
    m_saveAttachment->setToolTip(tr("Save an attachment of the selected message"));
    connect(m_saveAttachment, &QPushButton::clicked, this, &MessagesPane::saveSelectedAttachment);
    m_previewAttachment = new QPushButton(tr("Previe&w attachment"));
    m_previewAttachment->setObjectName(QStringLiteral("previewMessageAttachment"));
    connect(m_previewAttachment, &QPushButton::clicked, this, &MessagesPane::previewSelectedAttachment);
    auto* saveAction = new QAction(tr("Save attachment…"), m_view);
    connect(saveAction, &QAction::triggered, this, &MessagesPane::saveSelectedAttachment);
    m_view->addAction(saveAction);

    ComposeBox::Options options;
    options.objectPrefix = QStringLiteral("message");
    options.sendText = tr("Sen&d");
    options.editorName = tr("New message to the applicant");
    options.placeholder = tr("Message to the applicant (Ctrl+Enter sends)");
    m_compose = new ComposeBox(prompts, options);
    connect(m_compose, &ComposeBox::sendRequested, this, &MessagesPane::send);

    auto* conversation = new QWidget;
    auto* conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Conversation with the applicant"));
    title->setBuddy(m_view);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(m_previewAttachment);
    titleRow->addWidget(m_saveAttachment);
    conversationLayout->addLayout(titleRow);
    conversationLayout->addWidget(m_unavailable);
    // An empty conversation says so, and what writing here does.
    m_emptyThread =
        new QLabel(tr("No messages with the applicant yet. What you write below reaches them on Min "
                      "sida, and an e-mail tells them a message is waiting."));
    m_emptyThread->setObjectName(QStringLiteral("threadEmpty"));
    m_emptyThread->setWordWrap(true);
    m_emptyThread->hide();
    conversationLayout->addWidget(m_emptyThread);
    conversationLayout->addWidget(m_view, 1);
    conversationLayout->addWidget(m_compose);

    m_notes = new NotesPane(worker, prompts);
    connect(m_notes, &NotesPane::noteAdded, this, &MessagesPane::caseChanged);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("messagesSplitter"));
    splitter->addWidget(conversation);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    updateAttachmentButton();
}

void MessagesPane::setCase(const CaseSummary& summary, const QString& blockedReason,
                           const std::optional<CaseThread>& thread, const QString& threadError,
                           const QList<MessageTemplate>& templates)
{
    if (summary.reference != m_owner.reference) {
        if (!m_owner.reference.isEmpty())
            m_drafts.insert(m_owner.reference, m_compose->text());
        m_compose->setSending(false);
        m_compose->clearAfterSend();
        m_compose->setText(m_drafts.take(summary.reference));
        // A send for this case still on its way keeps its text read-only here too.
        m_compose->setSending(m_sendingReference == summary.reference);
    }
    m_owner = summary;
    m_compose->setBlocked(blockedReason);
    m_templates = templates;
    showThread(thread, threadError);
    m_notes->setCase(summary, m_thread.notes, blockedReason);
    fillTemplates();
}

void MessagesPane::clear()
{
    if (!m_owner.reference.isEmpty())
        m_drafts.insert(m_owner.reference, m_compose->text());
    m_owner = CaseSummary();
    m_thread = CaseThread();
    m_threadRead.cancel();
    m_model->setMessages({});
    m_compose->setSending(false);
    m_compose->clearAfterSend();
    m_notes->clear();
}

void MessagesPane::reloadThread()
{
    if (m_owner.reference.isEmpty())
        return;
    m_threadRead.cancel(); // only the newest read is shown
    const QString reference = m_owner.reference;
    m_threadRead = m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [reference](Database& db) { return MessageService(db).thread(reference); },
        [this, reference](Result<CaseThread> thread) {
            if (reference != m_owner.reference)
                return;
            if (thread.ok())
                showThread(*thread, QString());
            else
                showThread(std::nullopt, thread.error().message());
        });
}

void MessagesPane::showThread(const std::optional<CaseThread>& thread, const QString& error)
{
    if (!thread) {
        m_thread = CaseThread();
        m_model->setMessages({});
        m_emptyThread->hide();
        m_unavailable->setText(tr("The conversation cannot be shown: %1").arg(error));
        m_unavailable->show();
        updateAttachmentButton();
        return;
    }
    m_unavailable->hide();
    m_thread = *thread;
    m_model->setMessages(m_thread.messages, m_thread.supplementRequests);
    m_emptyThread->setVisible(m_thread.messages.isEmpty());
    m_view->scrollToBottom();
    updateAttachmentButton();
}

void MessagesPane::fillTemplates()
{
    QList<QPair<QString, QString>> expanded;
    TemplateContext context{m_owner.reference, m_owner.eserviceName, m_session.currentUser, {}};
    if (const auto open = m_thread.openSupplementRequest())
        context.dueDate = open->dueDate;
    for (const MessageTemplate& t : std::as_const(m_templates))
        if (auto text = TemplateService::expand(t.body, context); text.ok())
            expanded.append({t.name, *text});
    m_compose->setTemplates(expanded);
}

bool MessagesPane::send()
{
    if (m_owner.reference.isEmpty() || isSending())
        return false;
    QList<OutgoingFile> files;
    for (const QString& path : m_compose->attachmentPaths()) {
        auto file = loadAttachmentFile(path);
        if (!file.ok()) {
            m_compose->showError(tr("The message was not sent: %1: %2")
                                     .arg(QFileInfo(path).fileName(), file.error().explain()));
            return false;
        }
        files << *file;
    }
    const QString reference = m_owner.reference;
    const QString body = m_compose->text();
    m_sendingReference = reference;
    m_compose->setSending(true);
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference, body, files](Database& db) { return MessageService(db).send(reference, body, files); },
        [this, reference, body](Result<ThreadMessage> sent) {
            m_sendingReference.clear();
            const bool shown = reference == m_owner.reference;
            if (shown)
                m_compose->setSending(false);
            if (!sent.ok()) {
                const QString why = tr("The message was not sent: %1").arg(sent.error().explain());
                if (shown)
                    m_compose->showError(why);
                else // its text waits in the drafts; say so where the person is now
                    m_prompts.warn(this, tr("Message to %1 not sent").arg(reference), why);
                Q_EMIT sendFinished(false);
                return;
            }
            if (shown) {
                m_compose->clearAfterSend();
                m_thread.messages << *sent;
                m_model->setMessages(m_thread.messages, m_thread.supplementRequests);
                m_emptyThread->hide();
                m_view->scrollToBottom();
                updateAttachmentButton();
            } else if (m_drafts.value(reference) == body) {
                m_drafts.remove(reference);
            }
            // The case view reads the case again (thread, header, history) and the lists follow.
            Q_EMIT caseChanged(reference);
            Q_EMIT sendFinished(true);
        });
    return true;
}

std::optional<ThreadMessage> MessagesPane::selectedMessage() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->messageAt(current.row());
}

void MessagesPane::updateAttachmentButton()
{
    const auto message = selectedMessage();
    const bool any = message && !message->attachments.isEmpty();
    m_saveAttachment->setEnabled(any);
    m_saveAttachment->setToolTip(any ? tr("Save an attachment of the selected message")
                                     : tr("Select a message with attachments first"));
    m_previewAttachment->setEnabled(any);
    m_previewAttachment->setToolTip(
        any ? tr("Show an attachment of the selected message in the Attachments tab")
            : tr("Select a message with attachments first"));
}

std::optional<AttachmentInfo> MessagesPane::chooseAttachment(const QString& title)
{
    const auto message = selectedMessage();
    if (!message || message->attachments.isEmpty())
        return std::nullopt;
    if (message->attachments.size() == 1)
        return message->attachments.first();
    QStringList names;
    for (const AttachmentInfo& a : message->attachments)
        names << a.fileName;
    const auto choice = m_prompts.askChoice(this, title, tr("Which attachment?"), names);
    if (!choice || !names.contains(*choice))
        return std::nullopt;
    return message->attachments.at(names.indexOf(*choice));
}

bool MessagesPane::previewSelectedAttachment()
{
    const auto attachment = chooseAttachment(tr("Preview attachment"));
    if (!attachment)
        return false;
    Q_EMIT previewRequested(attachment->id);
    return true;
}

bool MessagesPane::saveSelectedAttachment()
{
    const auto chosen = chooseAttachment(tr("Save attachment"));
    if (!chosen)
        return false;
    const AttachmentInfo& attachment = *chosen;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString target = m_prompts.saveFileName(this, tr("Save attachment"),
                                                  QDir(folder).filePath(safeFileName(attachment.fileName)));
    if (target.isEmpty())
        return false;
    m_worker.post(
        DatabaseWorker::Lane::Write, this, // an audited access: a write
        [owner = m_owner, id = attachment.id](Database& db) {
            return CaseService(db).readAttachment(owner, id, QStringLiteral("attachment.saved"));
        },
        [this, target](Result<QByteArray> content) {
            if (!content.ok()) {
                m_prompts.warn(this, tr("Cannot save the attachment"), content.error().message());
                Q_EMIT saveFinished(false);
                return;
            }
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
                !file.commit()) {
                m_prompts.warn(this, tr("Cannot save the attachment"),
                               tr("%1: %2").arg(target, file.errorString()));
                Q_EMIT saveFinished(false);
                return;
            }
            Q_EMIT saveFinished(true);
        });
    return true;
}

} // namespace casedesk
