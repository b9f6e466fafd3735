#pragma once

#include "IntakeService.h"
#include "IntakeStatement.h"

#include "domain/CaseTypes.h"
#include "mail/MailTemplates.h"
#include "messaging/MessagingTypes.h"

#include <QHash>

#include <functional>

#include <optional>

namespace casedesk {

class Database;

// Writes submissions as new cases inside a transaction the caller holds (IntakeService). What
// every case of one transaction reads alike is read once and kept for the next: the e-service,
// the reference prefix, the e-service's mail templates. So a batch's second case costs only its
// own writes: on SQLite a statement per table (every child table's rows in one); on PostgreSQL
// one statement for the whole case (storeInOneStatement), which stores it in a subtransaction
// of its own. Lives as long as that one transaction.
class IntakeWriter
{
public:
    explicit IntakeWriter(const Database& db)
        : m_db(db)
    {}

    // The case and everything it holds, its first history event and the mails it causes.
    // A submission whose external id is already stored is a Conflict naming that reference.
    Result<IntakeReceipt> store(const Submission& submission);

    // True when store() will send this submission as its one statement and nothing else (on
    // PostgreSQL, once the e-service, prefix and templates it needs are read): the statement
    // stores the case in a subtransaction of its own, so a refused case leaves nothing without
    // a savepoint of the caller's. Otherwise the caller needs one.
    bool storesInOneStatementAlone(const Submission& submission) const;
    // After a failed store(): a statement failed, not the database's caught refusal or a check of
    // ours. On PostgreSQL the transaction is then aborted unless the caller holds a savepoint.
    bool statementFailed() const { return m_statementFailed; }

    // Forgets what it read: after the caller rolled a submission back (an e-service that
    // submission registered went with it).
    void forgetReads();

private:
    Result<EService> eservice(const Submission& submission);
    Result<QString> referencePrefix();
    Result<MailText> mailTemplate(const EService& eservice, MailKind kind);
    Result<NewCase> prepare(const Submission& submission, const QString& source);
    // SQLite: the case row, then each table's rows in one statement.
    Result<IntakeReceipt> storeRows(const NewCase& newCase,
                                    const std::function<Error(const QString&)>& duplicateOf);

    const Database& m_db;
    QHash<QString, EService> m_eservices;
    std::optional<QString> m_prefix;
    QHash<QString, MailText> m_templates; // "eservice/kind/language" -> the unfilled text
    bool m_statementFailed = false;
};

} // namespace casedesk
