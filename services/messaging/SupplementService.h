// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <optional>

namespace casedesk {

class Database;

// Supplement requests (komplettering). Requesting writes, in one transaction: an outbound
// message of kind "supplement_request" whose body is the text of what is missing and the due
// date, the supplement_requests row, the case's supplement_due_at, the move to status
// "waiting_supplement" (a waiting kind), a case_events row and a "supplement_requested" mail.
// The applicant answers through PortalService::supplement, which closes the request, moves the
// case to "supplemented" (a submitted kind), sets needs_action and counts the message unread.
class SupplementService
{
public:
    explicit SupplementService(const Database& db)
        : m_db(db)
    {}

    // `text` non-empty; `dueDate` today or later. Refused (Conflict) while another request is
    // open, and (InvalidInput, field "status") when the case's status cannot move to
    // waiting_supplement.
    Result<SupplementRequest> request(const QString& reference, const QString& text, const QDate& dueDate,
                                      std::optional<int> expectedVersion = std::nullopt) const;

    // Every request of the case, oldest first.
    Result<QList<SupplementRequest>> requests(const QString& reference) const;

private:
    const Database& m_db;
};

} // namespace casedesk
