// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace casedesk {

struct MailText
{
    QString subject;
    QString body;
};

// The texts of automatic mails. They carry the reference and the e-service's name and nothing
// else about the case: the applicant reads the rest on Min sida, after logging in.
namespace MailTemplates {

// The built-in text of a mail kind ("confirmation", "functional_mailbox", "new_message",
// "supplement_requested", "decision_available", "case_closed") in "sv" or "en" (anything else:
// Swedish), with the placeholders {reference}, {eservice} and (supplement_requested) {due_date}
// still in it. nullopt for an unknown kind. E-services may override these
// (messaging/TemplateService).
std::optional<MailText> builtIn(const QString& kindId, const QString& language);

// Fills in {reference}, {eservice} and {due_date} (YYYY-MM-DD). Other braces stay as they are.
MailText fill(const MailText& text, const QString& reference, const QString& eserviceName,
              const QDate& dueDate = {});

MailText confirmation(const QString& language, const QString& reference, const QString& eserviceName);
MailText functionalMailboxNotice(const QString& language, const QString& reference,
                                 const QString& eserviceName);

} // namespace MailTemplates
} // namespace casedesk
