#include "AccessService.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "repositories/AuditRepository.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

bool validRole(const QString& role)
{
    return role == QLatin1String("admin") || role == QLatin1String("caseworker") ||
           role == QLatin1String("reader");
}

} // namespace

bool AccessService::isEnforced() const
{
    return m_db.dialect() == Dialect::Postgres;
}

Result<QList<UserInfo>> AccessService::users() const
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

VoidResult AccessService::addUser(const QString& login, const QString& role, const QString& displayName,
                                  bool canSeeProtected) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_.]{0,62}$"));
    if (!loginPattern.match(login).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral(
                "must be lower-case letters, digits, '_' or '.', at most 63, starting with a letter"),
            QStringLiteral("name"));
    if (!validRole(role))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("must be admin, caseworker or reader"),
                         QStringLiteral("role"));
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    const QString detail =
        QStringLiteral("%1: %2%3")
            .arg(login, role, canSeeProtected ? QStringLiteral(", protected identity") : QString());
    if (isEnforced()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_user_add(?, ?, ?, ?)"),
                           {login, role, displayName, canSeeProtected});
        if (!q.ok())
            return q.error();
    } else {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO users (login, display_name, role, can_see_protected, active) VALUES "
                           "(?, ?, ?, ?, ?)"
                           " ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name,"
                           " role = excluded.role, can_see_protected = excluded.can_see_protected, active = "
                           "excluded.active"),
            {login, displayName.isEmpty() ? login : displayName, role, canSeeProtected, true});
        if (!q.ok())
            return q.error();
    }
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.user_changed"), 0, {},
                                              detail);
        !r.ok())
        return r;
    return transaction.commit();
}

VoidResult AccessService::grant(const QString& login, const QString& eserviceId, const QString& level) const
{
    if (level != QLatin1String("read") && level != QLatin1String("work"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("must be read or work"),
                         QStringLiteral("level"));
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    auto user = m_db.exec(QStringLiteral("SELECT role FROM users WHERE login = ?"), {login});
    if (!user.ok())
        return user.error();
    if (!user->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user '%1' (add it with 'user add')").arg(login));
    if (user->value(0).toString() == QLatin1String("reader") && level == QLatin1String("work"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a reader can only be granted read"),
                         QStringLiteral("level"));
    auto eservice = m_db.exec(QStringLiteral("SELECT 1 FROM eservices WHERE id = ?"), {eserviceId});
    if (!eservice.ok())
        return eservice.error();
    if (!eservice->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no e-service '%1'").arg(eserviceId));
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO user_access (login, eservice_id, level) VALUES (?, ?, ?)"
                                 " ON CONFLICT (login, eservice_id) DO UPDATE SET level = excluded.level"),
                  {login, eserviceId, level});
    if (!q.ok())
        return q.error();
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
    auto q = m_db.exec(QStringLiteral("DELETE FROM user_access WHERE login = ? AND eservice_id = ?"),
                       {login, eserviceId});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("'%1' had no access to '%2'").arg(login, eserviceId));
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.access_revoked"), 0,
                                              {}, QStringLiteral("%1: %2").arg(login, eserviceId));
        !r.ok())
        return r;
    return transaction.commit();
}

Result<QString> AccessService::currentRole() const
{
    if (!isEnforced())
        return QStringLiteral("admin");
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(casedesk_current_role(), '')"));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> AccessService::askBool(const QString& sql, const QVariantList& params) const
{
    if (!isEnforced())
        return true;
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<bool> AccessService::canWork(const QString& eserviceId) const
{
    return askBool(QStringLiteral("SELECT coalesce(casedesk_can_work(?), false)"), {eserviceId});
}

Result<bool> AccessService::canSeeProtected() const
{
    return askBool(QStringLiteral("SELECT coalesce(casedesk_can_see_protected(), false)"), {});
}

} // namespace casedesk
