// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "PortalService.h"
#include "core/Result.h"
#include "domain/Submission.h"

#include <optional>

namespace casedesk {

class Database;

// The portal contract's statements. On PostgreSQL each method calls one casedesk_portal_*()
// SECURITY DEFINER function (the portal role has no table rights); on SQLite it runs the same
// statements directly. Every method takes the citizen's identity, the personal number as 12
// digits "YYYYMMDDNNNN" (PortalService::normalizeIdentity), and answers only for a case that
// concerns that person (applicant, party or signer); any other case is treated as missing.
// Writes run inside the caller's transaction.
class PortalRepository
{
public:
    explicit PortalRepository(const Database& db)
        : m_db(db)
    {}

    // The citizen's own cases, most recent activity first.
    Result<QList<PortalCaseSummary>> cases(const QString& identity) const;
    // The case header and its open supplement request; nullopt when no case of the citizen has
    // the reference.
    Result<std::optional<PortalView>> caseView(const QString& identity, const QString& reference) const;
    Result<QList<PortalMessage>> messages(const QString& identity,
                                          const QString& reference) const; // attachments filled in
    Result<QList<PortalDecision>> decisions(const QString& identity, const QString& reference) const;
    Result<std::optional<PortalFile>> document(const QString& identity, const QString& reference,
                                               qint64 attachmentId) const;

    // Inserts the applicant's message (a supplement answers the open request) and updates the
    // case; returns the message id.
    Result<qint64> writeInbound(const QString& identity, const QString& reference, const QString& body,
                                bool supplement) const;
    Result<qint64> attach(const QString& identity, const QString& reference, qint64 messageId,
                          const IncomingAttachment& file) const;
    Result<int> markRead(const QString& identity, const QString& reference) const;

private:
    // SQLite: the id of the citizen's case with the reference, 0 when there is none.
    Result<qint64> sqliteCaseId(const QString& identity, const QString& reference) const;
    Result<QList<PortalDocument>> documents(const QString& identity, const QString& reference,
                                            QHash<qint64, QList<PortalDocument>>* byMessage) const;
    const Database& m_db;
};

} // namespace casedesk
