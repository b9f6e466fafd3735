#pragma once

#include <QString>

namespace casedesk {

struct MailText
{
    QString subject;
    QString body;
};

// The texts of automatic mails. They carry the reference and the e-service's name and nothing
// else about the case: the applicant reads the rest on Min sida, after logging in.
namespace MailTemplates {

MailText confirmation(const QString& language, const QString& reference, const QString& eserviceName);
MailText functionalMailboxNotice(const QString& language, const QString& reference, const QString& eserviceName);

} // namespace MailTemplates
} // namespace casedesk
