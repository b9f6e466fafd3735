#pragma once

#include "PortalService.h"
#include "core/Result.h"
#include "domain/Submission.h"

#include <optional>

namespace casedesk {

class Database;

// The portal contract's statements. On PostgreSQL each method calls one casedesk_portal_*()
// SECURITY DEFINER function (the portal role has no table rights); on SQLite it runs the same
// statements directly. Writes run inside the caller's transaction.
class PortalRepository
{
public:
    explicit PortalRepository(const Database& db)
        : m_db(db)
    {}

    // The case header and its open supplement request; nullopt when no case has the reference.
    Result<std::optional<PortalView>> caseView(const QString& reference) const;
    Result<QList<PortalMessage>> messages(const QString& reference) const; // attachments filled in
    Result<QList<PortalDecision>> decisions(const QString& reference) const;
    Result<std::optional<PortalFile>> document(const QString& reference, qint64 attachmentId) const;

    // Inserts the applicant's message (a supplement answers the open request) and updates the
    // case; returns the message id.
    Result<qint64> writeInbound(const QString& reference, const QString& body, bool supplement) const;
    Result<qint64> attach(const QString& reference, qint64 messageId, const IncomingAttachment& file) const;
    Result<int> markRead(const QString& reference) const;

private:
    Result<QList<PortalDocument>> documents(const QString& reference,
                                            QHash<qint64, QList<PortalDocument>>* byMessage) const;
    const Database& m_db;
};

} // namespace casedesk
