// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AccessService.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/AuditRepository.h"

#include <QRegularExpression>

namespace casedesk {

bool AccessService::isEnforced() const
{
    return m_db.sql().hasRolesAndRowSecurity();
}

Result<QList<UserInfo>> AccessService::users() const
{
    return UserRepository(m_db).list();
}

VoidResult AccessService::addUser(const QString& login, const QString& role, const QString& displayName,
                                  bool canSeeProtected) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_.]{0,62}$"));
    if (!loginPattern.match(login).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP(
                "casedesk::Errors",
                "must be lower-case letters, digits, '_' or '.', at most 63, starting with a letter"),
            QStringLiteral("name"));
    if (!assignableToPeople(roleFromId(role)))
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be admin, caseworker or reader"),
                         QStringLiteral("role"));
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = UserRepository(m_db).upsert(login, role, displayName, canSeeProtected); !r.ok())
        return r;
    const QString detail =
        QStringLiteral("%1: %2%3")
            .arg(login, role, canSeeProtected ? QStringLiteral(", protected identity") : QString());
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.user_changed"), 0, {},
                                              detail);
        !r.ok())
        return r;
    return transaction.commit();
}

VoidResult AccessService::grant(const QString& login, const QString& eserviceId, const QString& level) const
{
    if (level != QLatin1String("read") && level != QLatin1String("work"))
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "must be read or work"),
                         QStringLiteral("level"));
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    const UserRepository users(m_db);
    auto role = users.roleOf(login);
    if (!role.ok())
        return role.error();
    if (!role->has_value())
        return makeError(
            ErrorCode::NotFound,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "no user '%1' (add it with 'user add')"), {login}});
    if (roleFromId(**role) == Role::Reader && level == QLatin1String("work"))
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "a reader can only be granted read"),
                         QStringLiteral("level"));
    auto exists = users.eserviceExists(eserviceId);
    if (!exists.ok())
        return exists.error();
    if (!*exists)
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"), {eserviceId}});
    if (auto r = users.setGrant(login, eserviceId, level); !r.ok())
        return r;
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.access_granted"), 0,
                                              {}, QStringLiteral("%1: %2 %3").arg(login, level, eserviceId));
        !r.ok())
        return r;
    return transaction.commit();
}

VoidResult AccessService::revoke(const QString& login, const QString& eserviceId) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = UserRepository(m_db).removeGrant(login, eserviceId); !r.ok())
        return r;
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.access_revoked"), 0,
                                              {}, QStringLiteral("%1: %2").arg(login, eserviceId));
        !r.ok())
        return r;
    return transaction.commit();
}

// SQLite has one user, who is the administrator; PostgreSQL answers for itself.
Result<Role> AccessService::currentRole() const
{
    if (!isEnforced())
        return Role::Admin;
    auto id = UserRepository(m_db).sessionRole();
    if (!id.ok())
        return id.error();
    return roleFromId(*id);
}

Result<bool> AccessService::canWork(const QString& eserviceId) const
{
    if (!isEnforced())
        return true;
    return UserRepository(m_db).sessionCanWork(eserviceId);
}

Result<bool> AccessService::canSeeProtected() const
{
    if (!isEnforced())
        return true;
    return UserRepository(m_db).sessionCanSeeProtected();
}

} // namespace casedesk
