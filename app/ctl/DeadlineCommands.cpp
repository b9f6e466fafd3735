// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Commands.h"
#include "CtlContext.h"

#include "admin/AdminService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace casedesk::ctl {

namespace {

QString deadlineText(const StatusDeadline& d)
{
    return d.workingDays ? QStringLiteral("%1 working days").arg(d.days)
                         : QStringLiteral("%1 days").arg(d.days);
}

int listDeadlines(CtlContext& context, const AdminService& admin, const QString& eserviceId, bool json)
{
    auto deadlines = admin.deadlines(eserviceId);
    if (!deadlines.ok())
        return context.fail(deadlines.error());
    if (json) {
        QJsonArray array;
        for (const StatusDeadline& d : std::as_const(*deadlines))
            array.append(QJsonObject{{QStringLiteral("eservice"), d.eserviceId},
                                     {QStringLiteral("status"), d.statusId},
                                     {QStringLiteral("days"), d.days},
                                     {QStringLiteral("workingDays"), d.workingDays}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    for (const StatusDeadline& d : std::as_const(*deadlines))
        context.out() << d.eserviceId << '\t' << d.statusId << '\t' << deadlineText(d) << Qt::endl;
    return ExitOk;
}

} // namespace

int runDeadlineAction(CtlContext& context, const QStringList& args, bool workingDays, bool json,
                      const QString& usage)
{
    const QString& action = args.first();
    const bool isSet = action == QLatin1String("set-deadline") && args.size() == 4;
    const bool isClear = action == QLatin1String("clear-deadline") && args.size() == 3 && !workingDays;
    const bool isList = action == QLatin1String("deadlines") && args.size() <= 2 && !workingDays;
    if (!isSet && !isClear && !isList)
        return context.usage(usage);
    int days = 0;
    if (isSet) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        days = digits.match(args[3]).hasMatch() ? args[3].toInt() : 0;
        if (days < 1 || days > 3650)
            return context.fail(makeError(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("casedesk::Errors", "must be a whole number of days from 1 to 3650"),
                QStringLiteral("DAYS")));
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const AdminService admin(**db);
    if (isList)
        return listDeadlines(context, admin, args.value(1), json);
    if (isClear) {
        if (auto r = admin.clearDeadline(args[1], args[2]); !r.ok())
            return context.fail(r.error());
        context.out() << args[1] << ": no handling time in " << args[2] << Qt::endl;
        return ExitOk;
    }
    const StatusDeadline deadline{args[1], args[2], days, workingDays};
    if (auto r = admin.setDeadline(deadline); !r.ok())
        return context.fail(r.error());
    context.out() << args[1] << ": a case leaves " << args[2] << " within " << deadlineText(deadline)
                  << Qt::endl;
    return ExitOk;
}

} // namespace casedesk::ctl
