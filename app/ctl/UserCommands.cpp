// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "access/AccessService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::ctl {

namespace {

const QString kUsage =
    QStringLiteral("user add NAME --role admin|caseworker|reader [--display-name TEXT] [--protected]\n"
                   "       casedeskctl user grant NAME ESERVICE read|work\n"
                   "       casedeskctl user revoke NAME ESERVICE\n"
                   "       casedeskctl user list [--json]");

void warnIfNotEnforced(CtlContext& context, const AccessService& access)
{
    if (!access.isEnforced())
        context.err() << "casedeskctl: note: SQLite is single-user and does not enforce access; "
                         "use PostgreSQL for a team"
                      << Qt::endl;
}

int listUsers(CtlContext& context, const AccessService& access, bool json)
{
    auto users = access.users();
    if (!users.ok())
        return context.fail(users.error());
    if (json) {
        QJsonArray array;
        for (const UserInfo& u : *users) {
            QJsonArray grants;
            for (const UserGrant& g : u.grants)
                grants.append(QJsonObject{{QStringLiteral("eservice"), g.eserviceId},
                                          {QStringLiteral("level"), g.level}});
            array.append(QJsonObject{{QStringLiteral("name"), u.login},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("role"), u.role},
                                     {QStringLiteral("protectedIdentity"), u.canSeeProtected},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("access"), grants}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const UserInfo& u : *users) {
            QStringList grants;
            for (const UserGrant& g : u.grants)
                grants << g.eserviceId + QLatin1Char(':') + g.level;
            context.out() << QStringLiteral("%1  %2  %3  %4")
                                 .arg(u.login, -24)
                                 .arg(u.role, -10)
                                 .arg(u.canSeeProtected ? QStringLiteral("protected") : QStringLiteral("-"),
                                      -9)
                                 .arg(grants.isEmpty() ? QStringLiteral("(no e-services)")
                                                       : grants.join(QLatin1Char(' ')))
                          << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

int runUser(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages who may work which e-service. On PostgreSQL a user is a login role in one of the group "
        "roles "
        "casedesk_admin, casedesk_caseworker or casedesk_reader, and the database enforces the grants with "
        "row-level security. Set the password with psql's \\password NAME; it never goes through "
        "casedeskctl."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add, grant, revoke or list."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin, caseworker or reader."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         QStringLiteral("The name people see."), QStringLiteral("TEXT"));
    const QCommandLineOption protectedRight(
        QStringLiteral("protected"),
        QStringLiteral("May see protected-identity data (skyddade personuppgifter)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (list)."));
    parser.addOptions({role, displayName, protectedRight, json});
    if (auto stop = parseCommandLine(context, parser, kUsage, 1, 4))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.first();

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const AccessService access(**db);

    if (action == QLatin1String("list") && args.size() == 1)
        return listUsers(context, access, parser.isSet(json));
    if (action == QLatin1String("add") && args.size() == 2) {
        if (!parser.isSet(role))
            return context.usage(QStringLiteral("user add needs --role admin|caseworker|reader"));
        if (auto r = access.addUser(args[1], parser.value(role), parser.value(displayName),
                                    parser.isSet(protectedRight));
            !r.ok())
            return context.fail(r.error());
        warnIfNotEnforced(context, access);
        context.out() << "User " << args[1] << " is " << parser.value(role) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("grant") && args.size() == 4) {
        if (auto r = access.grant(args[1], args[2], args[3]); !r.ok())
            return context.fail(r.error());
        warnIfNotEnforced(context, access);
        context.out() << args[1] << " may " << args[3] << " " << args[2] << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("revoke") && args.size() == 3) {
        if (auto r = access.revoke(args[1], args[2]); !r.ok())
            return context.fail(r.error());
        context.out() << args[1] << " no longer has access to " << args[2] << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("usage: casedeskctl ") + kUsage);
}

} // namespace casedesk::ctl
