// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace casedesk {

class Database;

// A file the applicant may see: an attachment of a message or a decision document. Never a
// file from the original submission's caseworker-only handling, never an internal note.
struct PortalDocument
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
};

struct PortalMessage
{
    qint64 id = 0;
    QString from; // "applicant" or "municipality" (never a caseworker's login)
    QString kind; // see MessageKind
    QString body;
    QDateTime sentAt;
    QDateTime readAt; // outbound: when the applicant read it; inbound: when the municipality did
    QList<PortalDocument> attachments;
};

struct PortalDecision
{
    qint64 id = 0;
    QString outcomeId;
    QString outcomeNameSv;
    QString outcomeNameEn;
    QString text;
    QDateTime decidedAt;
    qint64 correctsDecisionId = 0;
    std::optional<PortalDocument> document;
};

struct PortalSupplementRequest
{
    qint64 id = 0;
    QString text;
    QDate dueDate;
    QDateTime requestedAt;
};

// What the applicant sees on Min sida for one case.
struct PortalView
{
    QString reference;
    QString eserviceName;
    QString statusId;
    QString statusNameSv;
    QString statusNameEn;
    QString statusKind; // statusKindId()
    QDateTime submittedAt;
    QDateTime closedAt;
    QList<PortalMessage> messages;                         // oldest first
    QList<PortalDecision> decisions;                       // oldest first
    std::optional<PortalSupplementRequest> openSupplement; // the request waiting for an answer
};

// One line of Min sida's list of the citizen's own cases.
struct PortalCaseSummary
{
    QString reference;
    QString eserviceName;
    QString statusId;
    QString statusName; // in the case's language (the e-service's, sv or en)
    QDateTime lastActivityAt;
    int unreadCount = 0; // messages from the municipality the citizen has not read
};

struct PortalFile
{
    PortalDocument document;
    QByteArray content;
};

// The portal contract (docs/portal-contract.md): what the citizen portal ("Min sida") may read
// and do for the one citizen it verified by e-ID. On PostgreSQL every call goes through the
// SECURITY DEFINER functions casedesk_portal_*(), the only rights of the casedesk_portal role; on
// SQLite the same statements run directly.
//
// Every call takes that citizen's identity, the personal number in any usual written form
// (normalizeIdentity), and answers only for a case where that person is the applicant, a party
// (co-applicant, guardian, required signer) or a signer. Someone else's case gets exactly the
// answer of a missing case. Nothing returned holds internal notes, caseworker logins, assignees,
// audit data or the applicant's personal data.
class PortalService
{
public:
    explicit PortalService(const Database& db)
        : m_db(db)
    {}

    // "YYYYMMDD-NNNN", "YYMMDD-NNNN", "YYYYMMDDNNNN", ... (date and check digit checked) ->
    // "YYYYMMDDNNNN", as the casedesk_portal_*() functions take it. InvalidInput otherwise.
    static Result<QString> normalizeIdentity(const QString& personalNumber);

    // The citizen's own cases, most recent activity first (what Min sida lists).
    Result<QList<PortalCaseSummary>> cases(const QString& identity) const;
    Result<PortalView> messages(const QString& identity, const QString& reference) const;
    // A message from the applicant: unread for caseworkers, needs action.
    Result<PortalMessage> reply(const QString& identity, const QString& reference, const QString& text,
                                const QList<OutgoingFile>& attachments) const;
    // The applicant has read every outbound message (read receipts). Returns how many were new.
    Result<int> markRead(const QString& identity, const QString& reference) const;
    // Answers the open supplement request (NotFound when none is open): text and/or attachments
    // (at least one), the case moves to "supplemented" and needs action.
    Result<PortalMessage> supplement(const QString& identity, const QString& reference, const QString& text,
                                     const QList<OutgoingFile>& attachments) const;
    Result<QList<PortalDecision>> decisions(const QString& identity, const QString& reference) const;
    // One document the applicant may see (an attachment of a message or a decision).
    Result<PortalFile> document(const QString& identity, const QString& reference, qint64 attachmentId) const;

    // The JSON of `casedeskctl portal messages --json` (shape in docs/portal-contract.md).
    static QJsonObject toJson(const PortalView& view);
    static QJsonObject toJson(const PortalDecision& decision);
    static QJsonObject toJson(const PortalMessage& message);
    static QJsonObject toJson(const PortalCaseSummary& summary);

private:
    Result<PortalMessage> writeInbound(const QString& identity, const QString& reference, const QString& text,
                                       const QList<OutgoingFile>& attachments, bool supplement) const;
    const Database& m_db;
};

} // namespace casedesk
