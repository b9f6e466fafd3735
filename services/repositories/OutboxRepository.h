#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

// The transactional outbox: a mail is queued in the same transaction as the event that causes
// it, and delivered later by the background service.
class OutboxRepository
{
public:
    explicit OutboxRepository(const Database& db) : m_db(db) {}

    Result<qint64> enqueue(const OutgoingMail& mail) const;
    Result<QList<OutgoingMail>> forCase(qint64 caseId) const;
    Result<QList<OutgoingMail>> pending(int limit) const;

private:
    Result<QList<OutgoingMail>> select(const QString& where, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace casedesk
