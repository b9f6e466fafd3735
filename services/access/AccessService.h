// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Role.h"
#include "core/Result.h"
#include "repositories/UserRepository.h"

#include <QList>
#include <QString>

namespace casedesk {

class Database;

// Who may work which e-service. On PostgreSQL the database enforces it (roles and row-level
// security, see resources/sql/postgresql/0002_access_control.sql); this class manages the
// grants and asks the database what the current user may do. SQLite is single-user: it keeps
// the same tables so that the settings look alike, but enforces nothing.
class AccessService
{
public:
    explicit AccessService(const Database& db)
        : m_db(db)
    {}

    bool isEnforced() const;
    Result<QList<UserInfo>> users() const;
    // On PostgreSQL also creates the login role (if missing) in the right group role. `role` is
    // the database's id ("admin", "caseworker" or "reader"), as typed by an administrator.
    VoidResult addUser(const QString& login, const QString& role, const QString& displayName,
                       bool canSeeProtected) const;
    VoidResult grant(const QString& login, const QString& eserviceId, const QString& level) const;
    VoidResult revoke(const QString& login, const QString& eserviceId) const;

    // What the connected user is to CaseDesk (None for a login that is not a CaseDesk user).
    Result<Role> currentRole() const;
    Result<bool> canWork(const QString& eserviceId) const;
    Result<bool> canSeeProtected() const;

private:
    const Database& m_db;
};

} // namespace casedesk
