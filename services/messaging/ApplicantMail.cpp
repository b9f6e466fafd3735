// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ApplicantMail.h"

#include "MessagingRepository.h"
#include "TemplateService.h"
#include "db/Database.h"
#include "mail/MailTemplates.h"
#include "repositories/EServiceRepository.h"
#include "repositories/OutboxRepository.h"

namespace casedesk {

Result<bool> queueApplicantMail(const Database& db, const CaseSummary& summary, MailKind kind,
                                const QDate& dueDate)
{
    auto email = MessagingRepository(db).applicantEmail(summary.id);
    if (!email.ok())
        return email.error();
    if (email->isEmpty())
        return false;
    auto eservice = EServiceRepository(db).find(summary.eserviceId);
    if (!eservice.ok())
        return eservice.error();
    const QString language = eservice->has_value() ? (*eservice)->language : QStringLiteral("sv");
    auto text = renderEServiceMail(db, summary.eserviceId, kind, language, summary.reference,
                                   summary.eserviceName, dueDate);
    if (!text.ok())
        return text.error();
    OutgoingMail mail;
    mail.caseId = summary.id;
    mail.kind = mailKindId(kind);
    mail.recipient = *email;
    mail.subject = text->subject;
    mail.body = text->body;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mail.createdAt = now;
    mail.nextAttemptAt = now;
    auto id = OutboxRepository(db).enqueue(mail);
    if (!id.ok())
        return id.error();
    return true;
}

Result<MailText> renderEServiceMail(const Database& db, const QString& eserviceId, MailKind kind,
                                    const QString& language, const QString& reference,
                                    const QString& eserviceName, const QDate& dueDate)
{
    auto tmpl = TemplateService(db).mailTemplate(eserviceId, kind, language);
    if (!tmpl.ok())
        return tmpl.error();
    // Only the reference, the e-service's name and a due date: TemplateService refuses any
    // other placeholder in mail templates.
    return MailTemplates::fill({tmpl->subject, tmpl->body}, reference, eserviceName, dueDate);
}

Result<bool> queueStatusAnnouncement(const Database& db, const CaseSummary& summary, StatusKind newKind)
{
    if (newKind != StatusKind::Closed)
        return false;
    auto announce = TemplateService(db).announcesClosed(summary.eserviceId);
    if (!announce.ok())
        return announce.error();
    if (!*announce)
        return false;
    return queueApplicantMail(db, summary, MailKind::CaseClosed);
}

} // namespace casedesk
