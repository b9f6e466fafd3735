#pragma once

#include "IntakeService.h"

#include "domain/CaseTypes.h"
#include "mail/MailTemplates.h"
#include "messaging/MessagingTypes.h"

#include <QHash>

#include <optional>

namespace casedesk {

class Database;

// Writes submissions as new cases inside a transaction the caller holds (IntakeService). What
// every case of one transaction reads alike is read once and kept for the next: the e-service,
// the reference prefix, the e-service's mail templates. So a batch's second case costs only its
// own inserts: on PostgreSQL one round trip per table, every child table's rows in one
// statement. Lives as long as that one transaction.
class IntakeWriter
{
public:
    explicit IntakeWriter(const Database& db)
        : m_db(db)
    {}

    // The case and everything it holds, its first history event and the mails it causes.
    // A submission whose external id is already stored is a Conflict naming that reference.
    Result<IntakeReceipt> store(const Submission& submission);

private:
    Result<EService> eservice(const Submission& submission);
    Result<QString> referencePrefix();
    Result<MailText> mailText(const EService& eservice, MailKind kind, const QString& reference);

    const Database& m_db;
    QHash<QString, EService> m_eservices;
    std::optional<QString> m_prefix;
    QHash<QString, MailText> m_templates; // "eservice/kind/language" -> the unfilled text
};

} // namespace casedesk
