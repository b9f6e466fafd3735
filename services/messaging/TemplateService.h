// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

namespace casedesk {

class Database;

// Templates and lists administrators keep per e-service: message templates for the compose
// box, the texts of automatic mails (built-in Swedish and English defaults, overridable per
// e-service and language), decision outcomes, and which events an e-service announces by mail.
// Reading is open to everyone who can read the e-service's cases; changing needs an
// administrator (PermissionDenied otherwise; on SQLite everyone is).
class TemplateService
{
public:
    explicit TemplateService(const Database& db)
        : m_db(db)
    {}

    // --- placeholders: {reference} {eservice} {caseworker} {due_date} ---
    static QStringList placeholders();
    // InvalidInput (field `field`) naming the first unknown or unclosed placeholder.
    static VoidResult validate(const QString& text, const QString& field = QStringLiteral("body"));
    // Replaces every placeholder; {due_date} as YYYY-MM-DD (empty without a due date).
    static Result<QString> expand(const QString& text, const TemplateContext& context);

    // --- message templates ---
    Result<QList<MessageTemplate>> messageTemplates(const QString& eserviceId) const;
    // Creates or replaces the template called `name` (1-100 characters).
    VoidResult setMessageTemplate(const QString& eserviceId, const QString& name, const QString& body) const;
    VoidResult removeMessageTemplate(const QString& eserviceId,
                                     const QString& name) const; // NotFound if none

    // --- mail templates ---
    // The template in effect: the e-service's override, else the built-in default.
    Result<MailTemplate> mailTemplate(const QString& eserviceId, MailKind kind,
                                      const QString& language) const;
    // Every kind in both languages, overrides marked.
    Result<QList<MailTemplate>> mailTemplates(const QString& eserviceId) const;
    // Subject one line (<= 200), body <= 20000; both validated for placeholders. {caseworker}
    // is refused in mail templates (a caseworker's name is not for e-mail).
    VoidResult setMailTemplate(const QString& eserviceId, MailKind kind, const QString& language,
                               const QString& subject, const QString& body) const;
    VoidResult resetMailTemplate(const QString& eserviceId, MailKind kind, const QString& language) const;
    static MailTemplate builtInMailTemplate(MailKind kind, const QString& language);

    // --- decision outcomes ---
    // The e-service's own list if it has one, else the built-in list; `activeOnly` hides retired ones.
    Result<QList<DecisionOutcome>> outcomes(const QString& eserviceId, bool activeOnly = true) const;
    // Adds or renames an outcome (the first change copies the built-in list to the e-service).
    VoidResult setOutcome(const QString& eserviceId, const QString& outcomeId, const QString& nameSv,
                          const QString& nameEn) const;
    // Retires (or brings back) an outcome; past decisions keep their outcome's name.
    VoidResult setOutcomeActive(const QString& eserviceId, const QString& outcomeId, bool active) const;

    // --- announcements: does the e-service mail the applicant when a case is closed? ---
    Result<bool> announcesClosed(const QString& eserviceId) const;
    VoidResult setAnnouncesClosed(const QString& eserviceId, bool announce) const;

private:
    VoidResult requireAdmin() const;
    VoidResult requireEService(const QString& eserviceId) const;
    // The e-service's own outcome list, created from the built-in one on first change.
    Result<QList<DecisionOutcome>> ensureOwnOutcomes(const QString& eserviceId) const;
    const Database& m_db;
};

} // namespace casedesk
