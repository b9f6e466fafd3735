// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk {

// What a login is to CaseDesk. The database's role ids ('owner', 'service', 'admin',
// 'caseworker', 'reader'; casedesk_current_role() and users.role) are the wire format: convert
// at the edge with roleFromId/roleId and compare Role values everywhere else.
enum class Role
{
    None, // not a CaseDesk user (or an id this version does not know)
    Reader,
    Caseworker,
    Admin,
    Service, // the background service (intake, retention, mail)
    Owner,   // the database owner or a superuser: may do everything
};

// The role for a database id; None for "" and for anything unknown.
Role roleFromId(const QString& id);
// The database id of a role; "" for None.
QString roleId(Role role);

// Administrators and the owner change settings, templates, access and outcomes.
inline bool administers(Role role)
{
    return role == Role::Admin || role == Role::Owner;
}

// The roles a person can be given with `user add` or the Access page.
inline bool assignableToPeople(Role role)
{
    return role == Role::Admin || role == Role::Caseworker || role == Role::Reader;
}

} // namespace casedesk
