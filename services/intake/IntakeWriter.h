// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "IntakeService.h"
#include "IntakeStatement.h"

#include "domain/CaseTypes.h"
#include "mail/MailTemplates.h"
#include "messaging/MessagingTypes.h"

#include <QHash>

#include <optional>
#include <vector>

#include <optional>

namespace casedesk {

class Database;

// Writes submissions as new cases inside a transaction the caller holds (IntakeService). What
// every case of one transaction reads alike is read once and kept for the next: the e-service,
// the reference prefix, the e-service's mail templates. So a batch's second case costs only its
// own writes: on SQLite a statement per table (every child table's rows in one); on PostgreSQL
// one statement for the whole case (storeInOneStatement) or for a whole batch (storeAll), which
// stores each case in a subtransaction of its own. Lives as long as that one transaction.
class IntakeWriter
{
public:
    explicit IntakeWriter(const Database& db)
        : m_db(db)
    {}

    // The case and everything it holds, its first history event and the mails it causes.
    // A submission whose external id is already stored is a Conflict naming that reference.
    Result<IntakeReceipt> store(const Submission& submission);

    // On PostgreSQL a batch goes as one statement (storeAll); elsewhere the caller stores each
    // submission with store() inside a savepoint of its own.
    bool storesBatchesInOneStatement() const;
    // PostgreSQL: every submission made ready here (a refusal of ours is that submission's
    // outcome), then all of them with one statement, each stored in a subtransaction of its own
    // by the database. One outcome per submission, in order; an error for the whole batch when a
    // statement failed (the transaction is then aborted).
    Result<std::vector<Result<IntakeReceipt>>> storeAll(const QList<Submission>& submissions);

    // Forgets what it read: after the caller rolled a submission back (an e-service that
    // submission registered went with it).
    void forgetReads();

private:
    Result<EService> eservice(const Submission& submission);
    Result<QString> referencePrefix();
    Result<MailText> mailTemplate(const EService& eservice, MailKind kind);
    Result<NewCase> prepare(const Submission& submission, const QString& source);
    // SQLite: the case row, then each table's rows in one statement.
    Result<IntakeReceipt> storeRows(const NewCase& newCase);

    const Database& m_db;
    QHash<QString, EService> m_eservices;
    std::optional<QString> m_prefix;
    QHash<QString, MailText> m_templates; // "eservice/kind/language" -> the unfilled text
    bool m_readFailed = false;            // the last prepare() failed in a statement
};

} // namespace casedesk
