// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// A file a caseworker or the applicant attaches, as it comes from outside: the name is
// untrusted (reduced with safeFileName), the MIME type optional (guessed from the name and
// checked against the content), the size limited by IntakeLimits.
struct OutgoingFile
{
    QString fileName;
    QByteArray content;
    QString mimeType; // empty: from the file name's extension, then from the content
};

// Message kinds in messages.kind.
namespace MessageKind {
inline QString message()
{
    return QStringLiteral("message");
} // either direction
inline QString supplementRequest()
{
    return QStringLiteral("supplement_request");
} // out
inline QString supplement()
{
    return QStringLiteral("supplement");
} // in: answer to a request
inline QString decision()
{
    return QStringLiteral("decision");
} // out: a decision was recorded
} // namespace MessageKind

// One message of the conversation with the applicant, with its attachments. For outbound
// messages `readAt` is the applicant's read receipt (set by the portal); for inbound ones it is
// when a caseworker first opened the case after it arrived.
struct ThreadMessage
{
    qint64 id = 0;
    QString direction; // "in" from the applicant, "out" to the applicant
    QString kind;      // see MessageKind
    QString author;    // caseworker login for "out", "applicant" for "in"
    QString body;
    QDateTime sentAt;
    QDateTime readAt;
    QList<AttachmentInfo> attachments;

    bool inbound() const { return direction == QLatin1String("in"); }
};

struct SupplementRequest
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 messageId = 0; // the outbound message that carried the request
    QString text;         // what is missing
    QDate dueDate;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime answeredAt;       // invalid while open
    qint64 answerMessageId = 0; // the applicant's supplement message

    bool open() const { return !answeredAt.isValid(); }
    bool overdue(const QDate& today) const { return open() && dueDate.isValid() && dueDate < today; }
};

// An outcome a decision can have, per e-service. The built-in list (approved, partly_approved,
// rejected, dismissed) applies to every e-service that has no list of its own.
struct DecisionOutcome
{
    QString id; // [a-z0-9_]{1,40}
    QString eserviceId;
    QString nameSv;
    QString nameEn;
    int sortOrder = 0;
    bool active = true;

    const QString& name(const QString& language) const
    {
        return language == QLatin1String("en") ? nameEn : nameSv;
    }
};

// A recorded decision. Append-only: a mistake is corrected by a new decision that names the one
// it corrects (`correctsDecisionId`); the database refuses UPDATE and DELETE (except purge).
struct Decision
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString outcomeId;
    QString outcomeNameSv; // as it was named when decided
    QString outcomeNameEn;
    QString text;
    qint64 documentAttachmentId = 0; // the decision document (PDF)
    QString documentFileName;
    qint64 messageId = 0; // the outbound message that told the applicant
    QString decidedBy;
    QDateTime decidedAt;
    qint64 correctsDecisionId = 0; // 0: an original decision

    const QString& outcomeName(const QString& language) const
    {
        return language == QLatin1String("en") ? outcomeNameEn : outcomeNameSv;
    }
};

// Everything a caseworker sees of the conversation: messages in order with read receipts, the
// internal notes (never shown to the applicant), supplement requests and decisions.
struct CaseThread
{
    qint64 caseId = 0;
    QString reference;
    QList<ThreadMessage> messages;
    QList<NoteRow> notes;
    QList<SupplementRequest> supplementRequests;
    QList<Decision> decisions;

    std::optional<SupplementRequest> openSupplementRequest() const
    {
        for (const SupplementRequest& r : supplementRequests)
            if (r.open())
                return r;
        return std::nullopt;
    }
};

// Automatic mails. Ids as stored in mail_outbox.kind and mail_templates.kind.
enum class MailKind
{
    Confirmation,        // to the applicant: the case was received
    FunctionalMailbox,   // to the e-service's functional mailbox: a new case
    NewMessage,          // to the applicant: a message is waiting on Min sida
    SupplementRequested, // to the applicant: please supplement on Min sida
    DecisionAvailable,   // to the applicant: a decision is on Min sida
    CaseClosed,          // to the applicant: the case is closed (if the e-service announces it)
};
QString mailKindId(MailKind kind);
std::optional<MailKind> mailKindFromId(const QString& id);
QList<MailKind> allMailKinds();

// A mail template: the built-in text, or an e-service's override of it.
struct MailTemplate
{
    QString eserviceId;
    MailKind kind = MailKind::NewMessage;
    QString language; // "sv" or "en"
    QString subject;
    QString body;
    bool overridden = false; // false: the built-in default
};

// A message template a caseworker can insert in the compose box (per e-service).
struct MessageTemplate
{
    QString eserviceId;
    QString name;
    QString body;
};

// Values for the placeholders {reference} {eservice} {caseworker} {due_date}.
struct TemplateContext
{
    QString reference;
    QString eservice;
    QString caseworker;
    QDate dueDate;
};

} // namespace casedesk
