// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "db/TransactionGuard.h"
#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace casedesk {

class Database;

// The one place for the rules of working a case. Every write a person makes on a case
// (CaseService's status changes and assignments, messages, notes, supplement requests,
// decisions) is one CaseWork:
//
//     CaseWork work(db);
//     if (auto r = work.begin(reference, expectedVersion); !r.ok()) return r.error();
//     ... the operation's own rows, work.moveStatus(...) / work.touch() ...
//     work.record(QStringLiteral("note_added"));
//     if (auto r = work.finish(); !r.ok()) return r.error();
//
// begin(): opens the transaction, finds the case (NotFound, field "reference"), checks that the
// caller may work it, i.e. work right on its e-service and, for a protected identity, the right
// to see it (PermissionDenied), and the expected version (Conflict naming the last change).
// finish(): writes the history event (actor = current user), queues the mails, commits.
// On PostgreSQL the database holds the same rules (0002 row-level security, 0008 write guards);
// on SQLite this class is the only guard. On PostgreSQL status changes and assignments do not
// come here: casedesk_change_status and casedesk_assign_case (0013) give the same answers in one
// statement (CaseChangeStatement.h). tests/repository/WorkflowRulesTest.cpp checks both.
class CaseWork
{
public:
    explicit CaseWork(const Database& db);
    CaseWork(const CaseWork&) = delete;
    CaseWork& operator=(const CaseWork&) = delete;

    VoidResult begin(const QString& reference, std::optional<int> expectedVersion);

    // The case as begin() found it.
    const CaseSummary& summary() const { return m_summary; }
    // The time of this change (one value for every row it writes).
    const QDateTime& now() const { return m_now; }

    // Moves the case along its e-service's status_transitions (InvalidInput, field "status",
    // otherwise; 'decided' only after decisionRecorded(), 'waiting_supplement' only after
    // supplementRequested()), bumping the version (Conflict when
    // somebody else changed the case meanwhile). The history event gets the from/to statuses.
    Result<Status> moveStatus(const QString& statusId);
    // Why a case cannot be moved to 'waiting_supplement' but by a supplement request.
    static Error waitingWithoutRequest();
    // Assigns the case ("" unassigns), bumping the version.
    VoidResult assign(const QString& assignee);
    // Bumps the version and the last activity (a message, a note, a decision on a closed case).
    VoidResult touch();
    // A decision was written in this transaction, so the case may move to 'decided'.
    void decisionRecorded() { m_decisionRecorded = true; }
    // A supplement request is written in this transaction, so the case may wait for it.
    void supplementRequested() { m_supplementRequested = true; }

    // The history event finish() writes.
    void record(const QString& kind, const QString& detail = {});
    // A mail to the applicant, queued by finish() in this transaction.
    void notifyApplicant(MailKind kind, const QDate& dueDate = {});
    // At finish(): "case_closed" to the applicant if the case moved into a closed-kind status
    // and its e-service announces closing (status changes by hand; a decision has its own mail).
    void announceClosing() { m_announceClosing = true; }

    // The case as it is now, inside the transaction.
    Result<CaseSummary> current() const;
    // Event, mails, commit.
    VoidResult finish();

    // The rules begin() applies, for reads that only do something when the caller may work
    // the case (CaseService::open clearing "needs action", marking messages read).
    static Result<CaseSummary> find(const Database& db, const QString& reference);
    static VoidResult requireWork(const Database& db, const CaseSummary& summary);
    static Result<bool> mayWork(const Database& db, const CaseSummary& summary);

private:
    Error describeConflict() const;
    VoidResult bumped(const VoidResult& update);

    const Database& m_db;
    std::optional<TransactionGuard> m_transaction;
    CaseSummary m_summary;
    int m_version = 0;         // the version the next change expects
    int m_expectedVersion = 0; // the version the caller read (for the conflict message)
    QDateTime m_now;
    std::optional<Status> m_movedTo;
    bool m_decisionRecorded = false;
    bool m_supplementRequested = false;
    bool m_announceClosing = false;
    QString m_eventKind;
    QString m_eventDetail;
    QList<std::pair<MailKind, QDate>> m_mails;
};

} // namespace casedesk
