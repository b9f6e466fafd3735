#include "MailTemplates.h"

namespace casedesk::MailTemplates {

namespace {

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

} // namespace

MailText confirmation(const QString& language, const QString& reference, const QString& eserviceName)
{
    if (isEnglish(language))
        return {QStringLiteral("We have received your case %1").arg(reference),
                QStringLiteral("Hello,\n\nWe have received your case %1 (%2).\n\n"
                               "You can follow your case and read messages from us when you log in to Min sida.\n\n"
                               "This message cannot be replied to.\n")
                    .arg(reference, eserviceName)};
    return {QStringLiteral("Vi har tagit emot ditt ärende %1").arg(reference),
            QStringLiteral("Hej!\n\nVi har tagit emot ditt ärende %1 (%2).\n\n"
                           "Du kan följa ditt ärende och läsa meddelanden från oss när du loggar in på Min sida.\n\n"
                           "Det här meddelandet går inte att svara på.\n")
                .arg(reference, eserviceName)};
}

MailText functionalMailboxNotice(const QString& language, const QString& reference, const QString& eserviceName)
{
    if (isEnglish(language))
        return {QStringLiteral("New case %1 in %2").arg(reference, eserviceName),
                QStringLiteral("A new case %1 has been submitted in the e-service %2.\n\nOpen it in CaseDesk.\n")
                    .arg(reference, eserviceName)};
    return {QStringLiteral("Nytt ärende %1 i %2").arg(reference, eserviceName),
            QStringLiteral("Ett nytt ärende %1 har kommit in i e-tjänsten %2.\n\nÖppna det i CaseDesk.\n")
                .arg(reference, eserviceName)};
}

} // namespace casedesk::MailTemplates
