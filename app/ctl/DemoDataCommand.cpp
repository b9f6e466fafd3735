// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "demo/DemoDataGenerator.h"

#include <limits>

namespace casedesk::ctl {

int runDemoData(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills the database with realistic demo data: Swedish applicants, six typical municipal "
        "e-services, cases in every status over the past two years with history, messages, notes, "
        "signatures and attachments, one transaction per batch. The same seed always gives the same "
        "cases. A run that was interrupted (killed, connection lost) is completed by running it again "
        "with the same --seed and --cases: the missing cases are added as an uninterrupted run "
        "would have made them (the same people, forms and history). Running a complete seed again adds "
        "nothing; another seed adds more."));
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        QStringLiteral("How many cases to create (1 to %1).").arg(DemoDataGenerator::kMaxCases),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({casesOption, seedOption});
    if (auto stop = parseCommandLine(context, parser, QStringLiteral("demo-data --cases N [--seed S]"), 0, 0))
        return *stop;

    if (!parser.isSet(casesOption))
        return context.usage(QStringLiteral("demo-data needs --cases N"));
    bool ok = false;
    const qint64 cases = parser.value(casesOption).toLongLong(&ok);
    if (!ok || cases < 1 || cases > DemoDataGenerator::kMaxCases)
        return context.usage(
            QStringLiteral("--cases needs a whole number from 1 to %1").arg(DemoDataGenerator::kMaxCases));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return context.usage(QStringLiteral("--seed needs a whole number from 0 to %1")
                                 .arg(std::numeric_limits<quint64>::max()));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());

    qint64 nextReport = 1; // the next tenth to report
    QTextStream& err = context.err();
    DemoDataGenerator generator(**db, cases, seed, [&](qint64 done, qint64 total) {
        if (done * 10 < nextReport * total && done != total)
            return;
        while (nextReport * total <= done * 10)
            ++nextReport;
        err << "demo-data: " << done << " of " << total << " cases (" << (done * 100 / total) << "%)"
            << Qt::endl;
    });
    auto report = generator.run();
    if (!report.ok())
        return context.fail(report.error());

    const double rate = report->seconds > 0 ? double(report->cases) / report->seconds : 0;
    if (report->alreadyStored > 0)
        context.out() << "Completed seed " << seed << ": " << report->alreadyStored
                      << " cases were already stored by an interrupted run" << Qt::endl;
    if (report->eservicesAdded > 0)
        context.out() << "Added " << report->eservicesAdded << " e-services" << Qt::endl;
    context.out() << "References " << report->firstReference << " to " << report->lastReference << ", "
                  << report->messages << " messages, " << report->attachments << " attachments" << Qt::endl;
    if (report->alreadyStored == 0 && !report->firstReference.isEmpty())
        // The first case's people are named in Polish, Vietnamese and Arabic script (DemoCaseFactory).
        context.out() << "Case " << report->firstReference
                      << " names people in several scripts: try casedeskctl export " << report->firstReference
                      << " --pdf case.pdf" << Qt::endl;
    context.out() << "Created " << report->cases << " cases in " << QString::number(report->seconds, 'f', 1)
                  << " s (" << QString::number(rate, 'f', 0) << " cases/s)" << Qt::endl;
    return ExitOk;
}

} // namespace casedesk::ctl
