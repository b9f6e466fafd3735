// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QList>
#include <QString>

namespace casedesk::ctl {

class CtlContext;

struct CommandInfo
{
    const char* name;
    const char* summary;
    int (*run)(CtlContext&);
};

const QList<CommandInfo>& commands();

int runInit(CtlContext& context);
int runSubmit(CtlContext& context);
int runList(CtlContext& context);
int runShow(CtlContext& context);
int runExport(CtlContext& context);
int runSetStatus(CtlContext& context);
int runDemoData(CtlContext& context);
int runUser(CtlContext& context);
int runEService(CtlContext& context);
// `eservice set-deadline | clear-deadline | deadlines` (DeadlineCommands.cpp); `args` from the action on.
int runDeadlineAction(CtlContext& context, const QStringList& args, bool workingDays, bool json,
                      const QString& usage);
int runPurge(CtlContext& context);
int runServe(CtlContext& context);
int runSettings(CtlContext& context);
int runSendMail(CtlContext& context);
int runWatch(CtlContext& context);
// messaging (MessagingCommands.cpp, PortalCommands.cpp)
int runMessage(CtlContext& context);
int runNote(CtlContext& context);
int runDecide(CtlContext& context);
int runSupplementRequest(CtlContext& context);
int runTemplate(CtlContext& context);
int runOutcome(CtlContext& context);
int runPortal(CtlContext& context);
// Navet (NavetCommands.cpp)
int runNavet(CtlContext& context);
// Follow-up statistics (StatsCommand.cpp)
int runStats(CtlContext& context);

// The whole program: parses the global options and runs one command.
int runCtl(const QStringList& arguments);

} // namespace casedesk::ctl
