// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Role.h"

namespace casedesk {

namespace {

struct RoleName
{
    Role role;
    QLatin1String id;
};

constexpr RoleName kRoles[] = {
    {Role::Reader, QLatin1String("reader")}, {Role::Caseworker, QLatin1String("caseworker")},
    {Role::Admin, QLatin1String("admin")},   {Role::Service, QLatin1String("service")},
    {Role::Owner, QLatin1String("owner")},
};

} // namespace

Role roleFromId(const QString& id)
{
    for (const RoleName& r : kRoles) {
        if (id == r.id)
            return r.role;
    }
    return Role::None;
}

QString roleId(Role role)
{
    for (const RoleName& r : kRoles) {
        if (r.role == role)
            return QString(r.id);
    }
    return {};
}

} // namespace casedesk
