// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetPerson.h"
#include "Submission.h"
#include "core/ErrorText.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

struct EService
{
    QString id;
    QString name;
    QString functionalMailbox;
    std::optional<int> retentionDays; // nullopt: never purged
    QString language;                 // "sv" or "en": the language of its e-mails
    QString allowedFileTypes;         // attachment type ids, comma-separated; empty: the default list
    bool navetAtIntake = false;       // every new case's people are looked up in Navet
    // Retention keeps a closed case until it was exported as an archive package after its last
    // closing (issue #17 §2).
    bool archiveBeforePurge = false;
};

enum class StatusKind
{
    Submitted,
    Registered,
    InProgress,
    Waiting,
    Closed
};

QString statusKindId(StatusKind kind);
std::optional<StatusKind> statusKindFromId(const QString& id);

struct Status
{
    QString id;
    QString eserviceId; // empty: global
    QString nameSv;
    QString nameEn;
    StatusKind kind = StatusKind::Submitted;
    int sortOrder = 0;
    bool builtIn = false;

    const QString& name(const QString& language) const
    {
        return language == QLatin1String("sv") ? nameSv : nameEn;
    }
};

// The signature state of a whole case, kept on the case row for the inbox.
enum class SignatureState
{
    None,
    Valid,
    Mismatch,
    External,
    Awaiting
};
QString signatureStateId(SignatureState state);
SignatureState signatureStateFromId(const QString& id);

struct CaseSummary
{
    qint64 id = 0;
    QString reference;
    QString eserviceId;
    QString eserviceName;
    QString statusId;
    QString statusNameSv;
    QString statusNameEn;
    StatusKind statusKind = StatusKind::Submitted;
    QString assignee;
    QString applicantName;
    QString personalNumber;
    bool protectedIdentity = false;
    QDateTime submittedAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    QDateTime lastActivityAt;
    SignatureState signatureState = SignatureState::None;
    bool needsAction = false;
    int version = 0;
    // Messages from the applicant that no caseworker has opened yet (shown in the inbox).
    int unreadCount = 0;
    // Due date of the open supplement request; invalid when none is open.
    QDate supplementDueDate;
    bool supplementOverdue(const QDate& today) const
    {
        return supplementDueDate.isValid() && supplementDueDate < today;
    }
    // The day the case must leave its status by its e-service's handling time (issue #16);
    // invalid when the status has none.
    QDate statusDueDate;
    bool overdue(const QDate& today) const { return statusDueDate.isValid() && statusDueDate < today; }
    // The marks of the person reading (case_marks): their bookmark and their priority.
    bool flagged = false;
    bool highPriority = false;
};

enum class SignatureCheck
{
    Valid,                 // the digest matches the stored form
    Mismatch,              // the stored form is not what was signed
    SignedInOpenEPlatform, // signed with the platform's own checksum, not verifiable here
    Awaiting,              // a required signer who has not signed yet
};
QString signatureCheckId(SignatureCheck check);

struct SignatureRow
{
    QString role;
    QString name;
    QString personalNumber;
    QDateTime signedAt; // invalid while awaiting
    QString provider;
    SignatureCheck check = SignatureCheck::Valid;
    // What was signed: "sha256:<hex>" of the form's pages, or Open ePlatform's own checksum.
    QString signedDigest;
    // The role the case required this person to sign in ("guardian"), when it did; a required
    // signer may sign in another role (the applicant who is also a guardian).
    QString requiredRole;
    // For a guardian: whether the population register lists them as a guardian of a person in
    // the case (from Navet's relations); empty when the register was not asked or lists none.
    std::optional<bool> registeredGuardian;

    bool signsAsGuardian() const
    {
        return role == QLatin1String("guardian") || requiredRole == QLatin1String("guardian");
    }
};

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 messageId = 0; // 0: came with the submission
    QString fieldKey;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
};

struct MessageRow
{
    qint64 id = 0;
    QString direction; // "in" from the applicant, "out" to the applicant
    QString kind;
    QString author;
    QString body;
    QDateTime sentAt;
    QDateTime readAt;
};

struct NoteRow
{
    qint64 id = 0;
    QString author;
    QString body;
    QDateTime createdAt;
};

struct EventRow
{
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString kind;
    QString fromStatusId;
    QString toStatusId;
    QString detail;
};

// What Navet, the population register, answered about one of the case's people, as the case
// keeps it (register_entries).
struct RegisterEntry
{
    NavetPerson person;
    QString fetchedBy;   // the login that asked
    QDateTime fetchedAt; // when it was stored (UTC)
};

// Fills SignatureRow::registeredGuardian from what Navet said of the case's people: a guardian who
// signed or must sign is a registered guardian when some answer lists them as guardian (V).
void markRegisteredGuardians(QList<SignatureRow>& rows, const QList<RegisterEntry>& entries);

// A "Fetch from Navet" for the whole case, waiting for the background service or answered.
struct RegisterRequest
{
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime answeredAt; // invalid while it waits
    QString failure;      // why Navet could not answer (English, from the service); empty when it did
    bool waiting() const { return !answeredAt.isValid(); }
};

struct CaseDetail
{
    CaseSummary summary;
    QString source;
    QString externalId;
    Applicant applicant;
    QList<FormPage> pages;
    QList<AttachmentInfo> attachments;
    QList<SignatureRow> signatures;
    QList<MessageRow> messages;
    QList<NoteRow> notes;
    QList<EventRow> events;
    QList<RegisterEntry> registerEntries;           // oldest fetch first
    std::optional<RegisterRequest> registerRequest; // the latest, if any
    // A protected-identity case opened by someone without that right: the database returned
    // the case row but none of its content.
    bool contentHidden = false;
    // Why the case could not be marked opened (its audit row, "needs action", the applicant's
    // messages read): empty when it was, or when nothing was due. The case is shown all the same.
    ErrorText notMarked; // translated when shown
};

} // namespace casedesk
