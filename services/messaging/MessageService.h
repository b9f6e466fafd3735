// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <optional>

namespace casedesk {

class Database;

// The conversation with the applicant and the internal notes, as a caseworker works it.
// Every write is one transaction that also writes a case_events row, bumps the case's version
// and last_activity_at, and (for messages) queues one "new_message" mail to the applicant with
// no personal data in it.
class MessageService
{
public:
    explicit MessageService(const Database& db)
        : m_db(db)
    {}

    // Sends a message to the applicant (needs work access to the case's e-service). The body
    // must be non-empty (at most IntakeLimits::maxMultiLineLength); attachments are checked
    // like intake's (checkAttachments). With `expectedVersion` a stale case is a Conflict.
    Result<ThreadMessage> send(const QString& reference, const QString& body,
                               const QList<OutgoingFile>& attachments,
                               std::optional<int> expectedVersion = std::nullopt) const;

    // Adds an internal note; the applicant never sees notes (not through the portal either).
    Result<NoteRow> addNote(const QString& reference, const QString& body) const;

    // Messages with attachments and read receipts, notes, supplement requests and decisions.
    // Reading is audited ("case.thread_read").
    Result<CaseThread> thread(const QString& reference) const;

    // A caseworker opened the case: every unread inbound message gets read_at = now and the
    // case's unread_count drops to 0. Needs work access (readers leave messages unread).
    // Returns how many messages were marked. Called by CaseService::open(markOpened).
    Result<int> markInboundRead(const QString& reference) const;

private:
    const Database& m_db;
};

} // namespace casedesk
