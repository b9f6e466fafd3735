// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "db/Migrator.h"

namespace casedesk::ctl {

int runInit(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates the schema in an empty database or upgrades an older one. "
                       "Safe to run again."));
    if (auto stop = parseCommandLine(context, parser, QStringLiteral("init"), 0, 0))
        return *stop;
    auto db = context.databaseToCreateOrUpgrade();
    if (!db.ok())
        return context.fail(db.error());
    const Migrator migrator(**db);
    auto before = migrator.state();
    if (!before.ok())
        return context.fail(before.error());
    auto after = migrator.migrate();
    if (!after.ok())
        return context.fail(after.error());
    if (before->current == after->current)
        context.out() << "Schema is up to date (version " << after->current << ") in "
                      << (*db)->url().displayString() << Qt::endl;
    else
        context.out() << "Schema upgraded from version " << before->current << " to " << after->current
                      << " in " << (*db)->url().displayString() << Qt::endl;
    return ExitOk;
}

} // namespace casedesk::ctl
