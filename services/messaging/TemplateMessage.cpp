// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TemplateMessage.h"

#include "MessageService.h"
#include "TemplateService.h"
#include "db/Database.h"
#include "repositories/CaseRepository.h"

namespace casedesk {

Result<ThreadMessage> sendTemplateMessage(const Database& db, const QString& reference,
                                          const QString& templateName, std::optional<int> expectedVersion)
{
    auto summary = CaseRepository(db).findSummary(reference);
    if (!summary.ok())
        return summary.error();
    if (!summary->has_value())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case %1"), {reference}},
                         QStringLiteral("reference"));
    const CaseSummary& c = **summary;
    auto templates = TemplateService(db).messageTemplates(c.eserviceId);
    if (!templates.ok())
        return templates.error();
    const auto found = std::find_if(templates->cbegin(), templates->cend(),
                                    [&](const MessageTemplate& t) { return t.name == templateName; });
    if (found == templates->cend())
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the e-service %1 has no message template '%2'"),
             {c.eserviceName, templateName}},
            QStringLiteral("template"));
    auto body = TemplateService::expand(found->body,
                                        TemplateContext{c.reference, c.eserviceName, db.currentUser(), {}});
    if (!body.ok())
        return body.error();
    return MessageService(db).send(reference, *body, {}, expectedVersion);
}

} // namespace casedesk
