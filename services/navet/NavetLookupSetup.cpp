// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetLookupSetup.h"

#include "NavetSettings.h"
#include "NavetTls.h"
#include "access/AccessService.h"

namespace casedesk {

VoidResult requireNavetLookupRight(const Database& db)
{
    auto role = AccessService(db).currentRole();
    if (!role.ok())
        return role.error();
    if (*role != Role::Service && !administers(*role))
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "only the background service (casedesk_service) and administrators "
                              "look people up in Navet directly"));
    return {};
}

Result<NavetEndpoint> prepareNavetLookup(const Database& db)
{
    if (auto r = requireNavetLookupRight(db); !r.ok())
        return r.error();
    auto configuration = NavetSettings::load(db);
    if (!configuration.ok())
        return configuration.error();
    auto password = NavetSettings::passwordFromEnvironment();
    if (!password.ok())
        return password.error();
    auto ssl = navetSslConfiguration(*configuration, *password);
    if (!ssl.ok())
        return ssl.error();
    NavetEndpoint endpoint;
    endpoint.url = configuration->url;
    endpoint.orgNumber = configuration->orgNumber;
    endpoint.orderId = configuration->orderId;
    endpoint.ssl = *ssl;
    endpoint.timeoutMs = configuration->timeoutSeconds * 1000;
    return endpoint;
}

} // namespace casedesk
