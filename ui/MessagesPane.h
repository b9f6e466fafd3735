// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"
#include "worker/Session.h"
#include "worker/WorkTicket.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace casedesk {

class ComposeBox;
class Database;
class DatabaseWorker;
class MessageThreadModel;
class NotesPane;
class UserPrompts;

// The Messages tab: the conversation with the applicant in order (author, time, direction,
// attachments, read receipts) with a compose box under it, and the internal notes as a
// separate, clearly marked stream with a compose box of its own (NotesPane).
//
// Never waits: sending, re-reading the thread and saving an attachment run on the
// DatabaseWorker; the compose box keeps its text (read-only, send disabled) until the database
// took the message, and a refusal is shown inline when the answer comes.
class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    MessagesPane(const Session& session, DatabaseWorker& worker, UserPrompts& prompts,
                 QWidget* parent = nullptr);

    // Shows the case's thread. The same case again (a reload) keeps what is being typed;
    // another case keeps the draft of this one for when it comes back. `blockedReason`
    // non-empty: the person may read but not write (reader, no work access, protected).
    // `thread` as read with the case (or why it could not be: `threadError`); `templates`: the
    // e-service's message templates.
    void setCase(const CaseSummary& summary, const QString& blockedReason,
                 const std::optional<CaseThread>& thread, const QString& threadError,
                 const QList<MessageTemplate>& templates);
    void clear();
    // Re-reads the thread (e.g. after the applicant read or answered); shown when it comes.
    void reloadThread();

    const CaseThread& thread() const { return m_thread; }
    MessageThreadModel* model() const { return m_model; }
    ComposeBox* compose() const { return m_compose; }
    NotesPane* notes() const { return m_notes; }

    // Starts sending what the compose box holds: false when nothing was started (no case, a send
    // already on its way, a file that cannot be read: error inline). When the database answered,
    // the text is cleared, or kept with the error inline; then sendFinished.
    bool send();
    bool isSending() const { return !m_sendingReference.isEmpty(); }
    // Asks which attachment of the selected message and where, then reads it (an audited access,
    // on the worker) and writes the file: false when nothing was started. Then saveFinished.
    bool saveSelectedAttachment();
    // Asks the case view to preview an attachment of the selected message (the Attachments tab).
    bool previewSelectedAttachment();

Q_SIGNALS:
    // Something was written to the case here (message, note): header, history and lists follow.
    void caseChanged(const QString& reference);
    void previewRequested(qint64 attachmentId);
    void sendFinished(bool sent);
    void saveFinished(bool saved);

private:
    void showThread(const std::optional<CaseThread>& thread, const QString& error);
    void fillTemplates();
    void updateAttachmentButton();
    std::optional<ThreadMessage> selectedMessage() const;
    std::optional<AttachmentInfo> chooseAttachment(const QString& title);

    Session m_session; // who is acting and where; never queried
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QString m_sendingReference; // the case a send is on its way for
    WorkTicket m_threadRead;
    CaseSummary m_owner;
    CaseThread m_thread;
    QList<MessageTemplate> m_templates;
    QHash<QString, QString> m_drafts; // reference -> unsent message text
    MessageThreadModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_unavailable = nullptr;
    QLabel* m_emptyThread = nullptr;
    QPushButton* m_saveAttachment = nullptr;
    QPushButton* m_previewAttachment = nullptr;
    ComposeBox* m_compose = nullptr;
    NotesPane* m_notes = nullptr;
};

} // namespace casedesk
