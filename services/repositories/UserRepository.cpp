// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "UserRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<QList<UserInfo>> UserRepository::list() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT login, display_name, role, can_see_protected, active FROM users ORDER BY login"));
    if (!q.ok())
        return q.error();
    QList<UserInfo> result;
    while (q->next())
        result.append({q->value(0).toString(),
                       q->value(1).toString(),
                       q->value(2).toString(),
                       q->value(3).toBool(),
                       q->value(4).toBool(),
                       {}});
    auto grants = m_db.exec(
        QStringLiteral("SELECT login, eservice_id, level FROM user_access ORDER BY login, eservice_id"));
    if (!grants.ok())
        return grants.error();
    while (grants->next()) {
        const QString login = grants->value(0).toString();
        for (UserInfo& user : result)
            if (user.login == login)
                user.grants.append({grants->value(1).toString(), grants->value(2).toString()});
    }
    return result;
}

Result<std::optional<QString>> UserRepository::roleOf(const QString& login) const
{
    auto q = m_db.exec(QStringLiteral("SELECT role FROM users WHERE login = ?"), {login});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<bool> UserRepository::eserviceExists(const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM eservices WHERE id = ?"), {eserviceId});
    if (!q.ok())
        return q.error();
    return q->next();
}

VoidResult UserRepository::upsert(const QString& login, const QString& role, const QString& displayName,
                                  bool canSeeProtected) const
{
    if (m_db.sql().hasRolesAndRowSecurity()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_user_add(?, ?, ?, ?)"),
                           {login, role, displayName, canSeeProtected});
        if (!q.ok())
            return q.error();
        return {};
    }
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, can_see_protected, active) VALUES "
                       "(?, ?, ?, ?, ?)"
                       " ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name,"
                       " role = excluded.role, can_see_protected = excluded.can_see_protected, active = "
                       "excluded.active"),
        {login, displayName.isEmpty() ? login : displayName, role, canSeeProtected, true});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult UserRepository::setGrant(const QString& login, const QString& eserviceId,
                                    const QString& level) const
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO user_access (login, eservice_id, level) VALUES (?, ?, ?)"
                                 " ON CONFLICT (login, eservice_id) DO UPDATE SET level = excluded.level"),
                  {login, eserviceId, level});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult UserRepository::removeGrant(const QString& login, const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM user_access WHERE login = ? AND eservice_id = ?"),
                       {login, eserviceId});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(
            ErrorCode::NotFound,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "'%1' had no access to '%2'"), {login, eserviceId}});
    return {};
}

Result<QString> UserRepository::sessionRole() const
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(casedesk_current_role(), '')"));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> UserRepository::askBool(const QString& sql, const QVariantList& params) const
{
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<bool> UserRepository::sessionCanWork(const QString& eserviceId) const
{
    return askBool(QStringLiteral("SELECT coalesce(casedesk_can_work(?), false)"), {eserviceId});
}

Result<bool> UserRepository::sessionCanSeeProtected() const
{
    return askBool(QStringLiteral("SELECT coalesce(casedesk_can_see_protected(), false)"), {});
}

} // namespace casedesk
