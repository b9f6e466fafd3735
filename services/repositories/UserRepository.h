// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

struct UserGrant
{
    QString eserviceId;
    QString level; // "read" or "work"
};

struct UserInfo
{
    QString login;
    QString displayName;
    QString role; // "admin", "caseworker", "reader"
    bool canSeeProtected = false;
    bool active = true;
    QList<UserGrant> grants;
};

// Users, their e-service grants, and what PostgreSQL says the connected user may do. The
// rules (who may change what) live in AccessService and, on PostgreSQL, in the database.
class UserRepository
{
public:
    explicit UserRepository(const Database& db)
        : m_db(db)
    {}

    Result<QList<UserInfo>> list() const;
    Result<std::optional<QString>> roleOf(const QString& login) const;
    Result<bool> eserviceExists(const QString& eserviceId) const;
    // PostgreSQL: casedesk_user_add(), which also creates the login role; SQLite: the row only.
    VoidResult upsert(const QString& login, const QString& role, const QString& displayName,
                      bool canSeeProtected) const;
    VoidResult setGrant(const QString& login, const QString& eserviceId, const QString& level) const;
    // NotFound when there was nothing to revoke.
    VoidResult removeGrant(const QString& login, const QString& eserviceId) const;

    // PostgreSQL only: the database's own answers (0002_access_control.sql).
    Result<QString> sessionRole() const;
    Result<bool> sessionCanWork(const QString& eserviceId) const;
    Result<bool> sessionCanSeeProtected() const;

private:
    Result<bool> askBool(const QString& sql, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace casedesk
