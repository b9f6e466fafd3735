// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "access/Role.h"
#include "core/Result.h"
#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <optional>

namespace casedesk {

class Database;

// Everything the case view shows of one case, read together in one task of the database
// worker: the case itself, its conversation, what the person may do with it, and the choices
// its header and tabs offer. Only the case is required: a part that could not be read carries
// its reason, and the view shows the rest.
struct CaseScreen
{
    CaseDetail detail;
    std::optional<CaseThread> thread; // messages, notes, supplement requests, decisions
    ErrorText threadError;            // translated when shown
    QList<Status> allowedNext;        // the statuses the case may move to from here
    std::optional<Role> role;
    std::optional<bool> canWork;  // may work (not only read) the case's e-service
    ErrorText accessError;        // translated when shown
    QStringList allowedFileTypes; // for attachments sent to the applicant
    QList<MessageTemplate> messageTemplates;
};

// Opens the case as CaseService::open does (recording the opening) and reads the rest. On
// PostgreSQL one statement, casedesk_open_case_screen (CaseScreenStatement.h); on SQLite the case
// and then each part through its service.
Result<CaseScreen> readCaseScreen(const Database& db, const QString& reference, bool markOpened);

} // namespace casedesk
