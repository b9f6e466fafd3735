// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "IntakeService.h"

#include "mail/MailTemplates.h"
#include "messaging/MessagingTypes.h"
#include "repositories/CaseRepository.h"

#include <optional>
#include <vector>

namespace casedesk {

class Database;

// A submission made ready to store by IntakeWriter: everything CaseDesk decides on the client
// (the e-service's file types and the renames, the year and prefix of the reference, the
// signature check, the history events, which mails go and their templates). The reference number
// is drawn when it is stored.
struct NewCase
{
    struct Mail
    {
        MailKind kind;
        QString recipient;
        MailText unfilled; // the e-service's template, {reference} and {eservice} not yet filled
    };

    const Submission* submission = nullptr; // the form, parties and signatures
    NewCaseRow row;                         // reference empty
    int year = 0;
    QString referencePrefix;
    QString eserviceName;
    QList<IncomingAttachment> attachments; // as renamed by the file type rule
    QList<EventRow> events;
    QList<Mail> mails;
    QDateTime now;
};

// What storing one case came to: its receipt, the reference of the case already stored for its
// external id, or the database's refusal (the statement itself succeeded: the transaction goes on).
struct StoredCase
{
    IntakeReceipt receipt;
    QString duplicateOf;
    std::optional<Error> refused;
};

// PostgreSQL: the whole case in one statement, SELECT casedesk_intake_submission(jsonb, bytea)
// (migration 0021), kept prepared: one round trip. The database stores it inside a
// subtransaction of its own, so a refused case leaves nothing and the caller's transaction goes
// on; the refusal is returned as the statement's error would have been. An error of this
// function's own is the statement's: on PostgreSQL the transaction is aborted.
Result<StoredCase> storeInOneStatement(const Database& db, const NewCase& newCase);

// A batch's cases in one statement, SELECT casedesk_intake_submissions(jsonb, bytea) (0021): each
// as above, in order, each in its own subtransaction; one outcome per case, in order. One round
// trip for the batch.
Result<std::vector<Result<StoredCase>>> storeAllInOneStatement(const Database& db,
                                                               const std::vector<NewCase>& newCases);

} // namespace casedesk
