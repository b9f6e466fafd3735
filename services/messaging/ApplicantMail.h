// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"
#include "mail/MailTemplates.h"

namespace casedesk {

class Database;

// Queues an automatic mail of `kind` to the applicant of `summary` in the caller's transaction,
// from the e-service's template in its language. Only the reference and the e-service's name
// are filled in: never a name, personal number, message text or caseworker. Returns false when
// the applicant gave no e-mail address (nothing queued).
Result<bool> queueApplicantMail(const Database& db, const CaseSummary& summary, MailKind kind,
                                const QDate& dueDate = {});

// The text of an automatic mail of `kind` for a case of `eserviceId`: the e-service's own
// template in `language` if it has one, else the built-in text, filled in. For intake's
// confirmation and functional-mailbox mails too.
Result<MailText> renderEServiceMail(const Database& db, const QString& eserviceId, MailKind kind,
                                    const QString& language, const QString& reference,
                                    const QString& eserviceName, const QDate& dueDate = {});

// For status changes made elsewhere (CaseService::changeStatus): queues "case_closed" when the
// case moved into a closed-kind status and its e-service announces closing.
Result<bool> queueStatusAnnouncement(const Database& db, const CaseSummary& summary, StatusKind newKind);

} // namespace casedesk
