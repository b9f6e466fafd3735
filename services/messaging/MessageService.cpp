// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessageService.h"

#include "notifications/NotificationRepository.h"

#include "ApplicantMail.h"
#include "AttachmentCheck.h"
#include "MessagingRepository.h"
#include "MessagingSupport.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/AttachmentTypePolicy.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseContentRepository.h"
#include "workflow/CaseWork.h"

namespace casedesk {

namespace {

constexpr int MaxTextLength = IntakeLimits{}.maxMultiLineLength;

} // namespace

Result<ThreadMessage> MessageService::send(const QString& reference, const QString& body,
                                           const QList<OutgoingFile>& attachments,
                                           std::optional<int> expectedVersion) const
{
    auto text = messaging::checkText(body, QStringLiteral("text"), MaxTextLength);
    if (!text.ok())
        return text.error();
    auto files = checkAttachments(attachments, QStringLiteral("attachments"));
    if (!files.ok())
        return files.error();

    CaseWork work(m_db);
    if (auto r = work.begin(reference, expectedVersion); !r.ok())
        return r.error();
    const CaseSummary& summary = work.summary();
    // The e-service's allowlist, and names that say what the content is.
    QList<IncomingAttachment> stored = *files;
    auto renames = enforceAttachmentTypes(m_db, summary.eserviceId, stored, QStringLiteral("attachments"));
    if (!renames.ok())
        return renames.error();

    const QDateTime now = work.now();
    const MessagingRepository repo(m_db);
    ThreadMessage message;
    message.direction = QStringLiteral("out");
    message.kind = MessageKind::message();
    message.author = m_db.currentUser();
    message.body = *text;
    message.sentAt = now;
    auto id =
        repo.insertMessage(summary.id, message.direction, message.kind, message.author, message.body, now);
    if (!id.ok())
        return id.error();
    message.id = *id;
    const CaseContentRepository content(m_db);
    for (const IncomingAttachment& file : std::as_const(stored)) {
        auto attachmentId = content.insertAttachment(summary.id, message.id, file, now);
        if (!attachmentId.ok())
            return attachmentId.error();
        message.attachments.append({*attachmentId, message.id, QString(), file.fileName, file.mimeType,
                                    qint64(file.content.size()), QString()});
    }
    if (auto r = work.touch(); !r.ok())
        return r.error();
    if (auto r = recordRenamedAttachments(m_db, summary.id, *renames, now); !r.ok())
        return r.error();
    work.record(QStringLiteral("message_sent"), QStringLiteral("%1 attachment(s)").arg(files->size()));
    work.notifyApplicant(MailKind::NewMessage);
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return message;
}

Result<NoteRow> MessageService::addNote(const QString& reference, const QString& body) const
{
    auto text = messaging::checkText(body, QStringLiteral("text"), MaxTextLength);
    if (!text.ok())
        return text.error();
    CaseWork work(m_db);
    if (auto r = work.begin(reference, std::nullopt); !r.ok())
        return r.error();
    auto note =
        MessagingRepository(m_db).insertNote(work.summary().id, m_db.currentUser(), *text, work.now());
    if (!note.ok())
        return note.error();
    // The people it names (@login) are told (PostgreSQL's trigger does this itself).
    if (auto r = NotificationRepository(m_db).noteOnEmbedded(work.summary().id, *text, m_db.currentUser());
        !r.ok())
        return r.error();
    if (auto r = work.touch(); !r.ok())
        return r.error();
    work.record(QStringLiteral("note_added"));
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return note;
}

Result<CaseThread> MessageService::thread(const QString& reference) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto summary = CaseWork::find(m_db, reference);
    if (!summary.ok())
        return summary.error();
    const MessagingRepository repo(m_db);
    CaseThread thread;
    thread.caseId = summary->id;
    thread.reference = summary->reference;
    auto messages = repo.messages(summary->id);
    if (!messages.ok())
        return messages.error();
    auto notes = repo.notes(summary->id);
    if (!notes.ok())
        return notes.error();
    auto requests = repo.supplementRequests(summary->id);
    if (!requests.ok())
        return requests.error();
    auto decisions = repo.decisions(summary->id);
    if (!decisions.ok())
        return decisions.error();
    thread.messages = *messages;
    thread.notes = *notes;
    thread.supplementRequests = *requests;
    thread.decisions = *decisions;
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.thread_read"),
                                              summary->id, summary->reference);
        !r.ok())
        return r.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return thread;
}

Result<int> MessageService::markInboundRead(const QString& reference) const
{
    CaseWork work(m_db);
    if (auto r = work.begin(reference, std::nullopt); !r.ok())
        // Who may only read the case leaves the messages unread for those who work it.
        return r.error().code == ErrorCode::PermissionDenied ? Result<int>(0) : Result<int>(r.error());
    if (work.summary().unreadCount == 0)
        return 0;
    auto marked = MessagingRepository(m_db).markInboundRead(work.summary().id, work.now());
    if (!marked.ok())
        return marked.error();
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return marked;
}

} // namespace casedesk
