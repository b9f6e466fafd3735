// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Commands.h"
#include "CtlContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtGlobal>

namespace casedesk::ctl {

const QList<CommandInfo>& commands()
{
    static const QList<CommandInfo> list{
        {"init", "Create the database schema or upgrade it to this version.", &runInit},
        {"submit", "Take in submitted cases from JSON or Open ePlatform XML files.", &runSubmit},
        {"list", "List cases, newest first.", &runList},
        {"show", "Show everything about one case.", &runShow},
        {"export", "Export a case for the records: a PDF/A document or an archive package.", &runExport},
        {"set-status", "Move a case to another status.", &runSetStatus},
        {"demo-data", "Fill the database with realistic demo cases.", &runDemoData},
        {"user", "Manage users and which e-services they may read or work.", &runUser},
        {"eservice", "List e-services; set their retention time and functional mailbox.", &runEService},
        {"purge", "Delete closed cases whose retention time has run out (gallring).", &runPurge},
        {"serve", "Run the background service (retention, mail, change log) until stopped.", &runServe},
        {"settings", "Show and change shared settings (SMTP server, sender, Navet, ...).", &runSettings},
        {"send-mail", "Deliver the mail outbox over SMTP; list and requeue failed mails.", &runSendMail},
        {"watch", "Print one line per change to a case as it happens.", &runWatch},
        {"message", "Send a message to the applicant of a case.", &runMessage},
        {"note", "Add an internal note to a case (never shown to the applicant).", &runNote},
        {"decide", "Record a decision on a case (or a correction of one).", &runDecide},
        {"supplement-request", "Ask the applicant for a supplement by a due date.", &runSupplementRequest},
        {"template", "Message and e-mail templates per e-service.", &runTemplate},
        {"outcome", "Decision outcomes per e-service.", &runOutcome},
        {"portal", "Stand in for the citizen portal (Min sida): the portal contract.", &runPortal},
        {"navet", "Look a person up in Navet, the population register.", &runNavet},
        {"stats", "Follow-up statistics per period and e-service (CSV, JSON, XLSX).", &runStats},
    };
    return list;
}

namespace {

QString globalHelp()
{
    QString text =
        QStringLiteral("Usage: casedeskctl [--db URL] COMMAND [ARGS...]\n\n"
                       "Administration and operations for CaseDesk.\n\n"
                       "Options:\n"
                       "  --db URL       sqlite:/path/file.db or postgresql://user@host:port/dbname\n"
                       "                 (default: $CASEDESK_DB, else the embedded database)\n"
                       "  -h, --help     Show this help; 'casedeskctl COMMAND --help' for a command.\n"
                       "  -v, --version  Show the version.\n\n"
                       "Commands:\n");
    // Names padded to the longest one and two spaces, so that no name runs into its summary.
    qsizetype width = 0;
    for (const CommandInfo& command : commands())
        width = std::max<qsizetype>(width, qstrlen(command.name));
    for (const CommandInfo& command : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name), -int(width))
                    .arg(QString::fromLatin1(command.summary));
    text += QStringLiteral(
        "\nExit status: 0 ok, 1 runtime error, 2 usage, 3 invalid input, 4 conflict, 5 permission denied.\n"
        "When items fail for different reasons, the most serious wins: 1 > 5 > 4 > 3.\n");
    return text;
}

} // namespace

int runCtl(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Version."));
    parser.addOptions({dbOption, helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));

    CtlContext bootstrap({}, {});
    if (!parser.parse(QStringList{QStringLiteral("casedeskctl")} + arguments))
        return bootstrap.usage(parser.errorText());
    if (parser.isSet(versionOption)) {
        bootstrap.out() << "casedeskctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        bootstrap.out() << globalHelp();
        bootstrap.out().flush();
        return rest.isEmpty() && !parser.isSet(helpOption) ? ExitUsage : ExitOk;
    }
    // An empty URL is a mistake (an unset shell variable, a broken unit file), not a wish for
    // the embedded database: say so rather than quietly opening some other database.
    if (parser.isSet(dbOption) && parser.value(dbOption).trimmed().isEmpty())
        return bootstrap.usage(
            QStringLiteral("--db is empty; give a database URL (sqlite:/path/file.db or "
                           "postgresql://user@host:port/dbname), "
                           "or leave --db out to use $CASEDESK_DB or the embedded database"));
    if (!parser.isSet(dbOption) && qEnvironmentVariableIsSet("CASEDESK_DB") &&
        qEnvironmentVariable("CASEDESK_DB").trimmed().isEmpty())
        return bootstrap.usage(QStringLiteral("CASEDESK_DB is set but empty; set it to a database URL, or "
                                              "unset it to use the embedded database"));
    for (const CommandInfo& command : commands()) {
        if (rest.first() == QLatin1String(command.name)) {
            CtlContext context(rest, parser.value(dbOption));
            return command.run(context);
        }
    }
    return bootstrap.usage(QStringLiteral("unknown command '%1'").arg(rest.first()));
}

} // namespace casedesk::ctl
