// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailTemplates.h"

namespace casedesk::MailTemplates {

namespace {

struct Builtin
{
    const char* kind;
    const char16_t* subjectSv;
    const char16_t* bodySv;
    const char16_t* subjectEn;
    const char16_t* bodyEn;
};

// The footer every mail to the applicant ends with.
#define CASEDESK_MIN_SIDA_SV                                                                                 \
    u"Logga in på Min sida för att läsa mer.\n\nDet här meddelandet går inte att svara på.\n"
#define CASEDESK_MIN_SIDA_EN u"Log in to Min sida to read more.\n\nThis message cannot be replied to.\n"

const Builtin Builtins[] = {
    {"confirmation", u"Vi har tagit emot ditt ärende {reference}",
     u"Hej!\n\nVi har tagit emot ditt ärende {reference} ({eservice}).\n\n"
     u"Du kan följa ditt ärende och läsa meddelanden från oss när du loggar in på Min sida.\n\n"
     u"Det här meddelandet går inte att svara på.\n",
     u"We have received your case {reference}",
     u"Hello,\n\nWe have received your case {reference} ({eservice}).\n\n"
     u"You can follow your case and read messages from us when you log in to Min sida.\n\n"
     u"This message cannot be replied to.\n"},
    {"functional_mailbox", u"Nytt ärende {reference} i {eservice}",
     u"Ett nytt ärende {reference} har kommit in i e-tjänsten {eservice}.\n\nÖppna det i CaseDesk.\n",
     u"New case {reference} in {eservice}",
     u"A new case {reference} has been submitted in the e-service {eservice}.\n\nOpen it in CaseDesk.\n"},
    {"new_message", u"Nytt meddelande i ditt ärende {reference}",
     u"Hej!\n\nDu har fått ett nytt meddelande i ditt ärende {reference} "
     u"({eservice}).\n\n" CASEDESK_MIN_SIDA_SV,
     u"New message about your case {reference}",
     u"Hello,\n\nThere is a new message about your case {reference} ({eservice}).\n\n" CASEDESK_MIN_SIDA_EN},
    {"supplement_requested", u"Komplettering behövs i ditt ärende {reference}",
     u"Hej!\n\nVi behöver en komplettering i ditt ärende {reference} ({eservice}) senast {due_date}.\n\n"
     u"Logga in på Min sida för att se vad som behövs och skicka in kompletteringen.\n\n"
     u"Det här meddelandet går inte att svara på.\n",
     u"Your case {reference} needs a supplement",
     u"Hello,\n\nWe need a supplement to your case {reference} ({eservice}) by {due_date}.\n\n"
     u"Log in to Min sida to see what is needed and to send it.\n\nThis message cannot be replied to.\n"},
    {"decision_available", u"Beslut i ditt ärende {reference}",
     u"Hej!\n\nDet finns ett beslut i ditt ärende {reference} ({eservice}).\n\n"
     u"Logga in på Min sida för att läsa beslutet.\n\nDet här meddelandet går inte att svara på.\n",
     u"A decision on your case {reference}",
     u"Hello,\n\nThere is a decision on your case {reference} ({eservice}).\n\n"
     u"Log in to Min sida to read it.\n\nThis message cannot be replied to.\n"},
    {"case_closed", u"Ditt ärende {reference} är avslutat",
     u"Hej!\n\nDitt ärende {reference} ({eservice}) är avslutat.\n\n" CASEDESK_MIN_SIDA_SV,
     u"Your case {reference} is closed",
     u"Hello,\n\nYour case {reference} ({eservice}) is closed.\n\n" CASEDESK_MIN_SIDA_EN},
};

#undef CASEDESK_MIN_SIDA_SV
#undef CASEDESK_MIN_SIDA_EN

} // namespace

std::optional<MailText> builtIn(const QString& kindId, const QString& language)
{
    const bool english = language == QLatin1String("en");
    for (const Builtin& b : Builtins) {
        if (kindId != QLatin1String(b.kind))
            continue;
        return english ? MailText{QString::fromUtf16(b.subjectEn), QString::fromUtf16(b.bodyEn)}
                       : MailText{QString::fromUtf16(b.subjectSv), QString::fromUtf16(b.bodySv)};
    }
    return std::nullopt;
}

MailText fill(const MailText& text, const QString& reference, const QString& eserviceName,
              const QDate& dueDate)
{
    const auto apply = [&](QString s) {
        s.replace(QStringLiteral("{reference}"), reference);
        s.replace(QStringLiteral("{eservice}"), eserviceName);
        s.replace(QStringLiteral("{due_date}"),
                  dueDate.isValid() ? dueDate.toString(Qt::ISODate) : QString());
        return s;
    };
    return {apply(text.subject), apply(text.body)};
}

MailText confirmation(const QString& language, const QString& reference, const QString& eserviceName)
{
    return fill(*builtIn(QStringLiteral("confirmation"), language), reference, eserviceName);
}

MailText functionalMailboxNotice(const QString& language, const QString& reference,
                                 const QString& eserviceName)
{
    return fill(*builtIn(QStringLiteral("functional_mailbox"), language), reference, eserviceName);
}

} // namespace casedesk::MailTemplates
