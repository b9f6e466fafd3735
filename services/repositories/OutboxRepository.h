// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

struct OutgoingMail
{
    qint64 id = 0;
    qint64 caseId = 0; // 0: not about a case (e.g. a test mail)
    QString kind;      // "confirmation", "functional_mailbox", ...
    QString recipient;
    QString subject;
    QString body;
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    QDateTime failedAt;
    QString lastError;
};

// A mail claimed by one delivery run: nobody else sends it until the claim is given up or
// its lease (claimed_until) runs out.
struct ClaimedMail
{
    OutgoingMail mail; // attempts already counts this attempt
    QString claimant;
    QString messageId; // "<uuid@domain>", the same for every attempt
};

// The transactional outbox: a mail is queued in the same transaction as the event that causes
// it, and delivered later by the background service.
class OutboxRepository
{
public:
    explicit OutboxRepository(const Database& db)
        : m_db(db)
    {}

    Result<qint64> enqueue(const OutgoingMail& mail) const;
    // Several mails with one statement (intake's confirmation and functional-mailbox mails).
    VoidResult enqueueAll(const QList<OutgoingMail>& mails) const;
    Result<QList<OutgoingMail>> forCase(qint64 caseId) const;
    Result<QList<OutgoingMail>> pending(int limit) const;

    // Delivery (MailDelivery). Call inside a transaction. Claims the next due mail that no run
    // holds: PostgreSQL locks it with FOR UPDATE SKIP LOCKED, SQLite's BEGIN IMMEDIATE lets one
    // writer in at a time. Counts the attempt, sets the lease and, at the first attempt,
    // `newMessageId`. Nothing when no mail is due.
    Result<std::optional<ClaimedMail>> claimNext(const QDateTime& now, const QDateTime& leaseUntil,
                                                 const QString& claimant, const QString& newMessageId) const;
    // Give up the claim with the outcome. Conflict when the claim is no longer `claimant`'s.
    VoidResult markSent(qint64 id, const QString& claimant, const QDateTime& sentAt) const;
    VoidResult markRetry(qint64 id, const QString& claimant, const QDateTime& nextAttemptAt,
                         const QString& error) const;
    VoidResult markFailed(qint64 id, const QString& claimant, const QDateTime& failedAt,
                          const QString& error) const;

    // Mails still to be sent (claimed or not), and permanent failures, newest first.
    Result<int> countWaiting() const;
    Result<QList<OutgoingMail>> failed(int limit) const;
    // Puts permanent failures (all, or those in `ids`) back in the queue as new. Returns how many.
    Result<int> requeueFailed(const QList<qint64>& ids, const QDateTime& now) const;

private:
    Result<QList<OutgoingMail>> select(const QString& where, const QVariantList& params) const;
    VoidResult release(const QString& assignments, const QVariantList& params, qint64 id,
                       const QString& claimant) const;
    const Database& m_db;
};

} // namespace casedesk
