// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <optional>

namespace casedesk {

class Database;

// Sends the message template `templateName` of the case's e-service to its applicant, the
// placeholders filled for this case (issue #16 §4: one message per case, so each applicant gets
// their own). InvalidInput (field "template") when the e-service has no such template; the rest
// as MessageService::send, `expectedVersion` included.
Result<ThreadMessage> sendTemplateMessage(const Database& db, const QString& reference,
                                          const QString& templateName,
                                          std::optional<int> expectedVersion = std::nullopt);

} // namespace casedesk
