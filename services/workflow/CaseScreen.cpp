// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseScreen.h"

#include "CaseScreenStatement.h"
#include "CaseService.h"
#include "access/AccessService.h"
#include "db/Database.h"
#include "intake/FileTypes.h"
#include "messaging/MessageService.h"
#include "messaging/TemplateService.h"
#include "repositories/EServiceRepository.h"
#include "repositories/StatusRepository.h"

namespace casedesk {

namespace {

// SQLite: the case (CaseService::open) and then each part through its own service.
Result<CaseScreen> readCaseScreenByParts(const Database& db, const QString& reference, bool markOpened)
{
    auto detail = CaseService(db).open(reference, markOpened);
    if (!detail.ok())
        return detail.error();
    CaseScreen screen;
    screen.detail = std::move(detail).value();
    const CaseSummary& summary = screen.detail.summary;

    if (auto thread = MessageService(db).thread(reference); thread.ok())
        screen.thread = std::move(thread).value();
    else
        screen.threadError = thread.error().text;

    if (auto next = StatusRepository(db).allowedNext(summary.statusId, summary.eserviceId); next.ok())
        screen.allowedNext = *next;

    const AccessService access(db);
    if (auto role = access.currentRole(); role.ok())
        screen.role = *role;
    if (auto canWork = access.canWork(summary.eserviceId); canWork.ok())
        screen.canWork = *canWork;
    else
        screen.accessError = canWork.error().text;

    screen.allowedFileTypes = defaultFileTypes();
    if (auto eservice = EServiceRepository(db).find(summary.eserviceId);
        eservice.ok() && eservice->has_value())
        screen.allowedFileTypes = allowedFileTypes((*eservice)->allowedFileTypes);
    if (auto templates = TemplateService(db).messageTemplates(summary.eserviceId); templates.ok())
        screen.messageTemplates = *templates;
    return screen;
}

} // namespace

Result<CaseScreen> readCaseScreen(const Database& db, const QString& reference, bool markOpened)
{
    if (db.sql().hasCaseFunctions())
        return readCaseScreenInOneStatement(db, reference, markOpened);
    return readCaseScreenByParts(db, reference, markOpened);
}

} // namespace casedesk
