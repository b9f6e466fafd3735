// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseOutput.h"
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "db/Database.h"
#include "deadlines/StatusDeadline.h"
#include "domain/InboxColumns.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseRepository.h"
#include "workflow/CaseService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::ctl {

namespace {

// The filters list and list --count share.
CaseQuery listQuery(const QCommandLineParser& parser, const QCommandLineOption& status,
                    const QCommandLineOption& eservice, const QCommandLineOption& overdue)
{
    CaseQuery query;
    query.statusId = parser.value(status);
    query.eserviceId = parser.value(eservice);
    // Past the handling time of their status: due before today, a Swedish day.
    if (parser.isSet(overdue))
        query.dueTo = swedishToday().addDays(-1);
    // Newest first unless --sort says otherwise; ties go by id, which makes the order total, so
    // that --after continues exactly where a page ended.
    query.sort = CaseSort::Submitted;
    query.descending = true;
    return query;
}

// The names --sort takes, as the inbox's orderings are named (InboxColumns).
QString sortNames()
{
    QStringList names;
    for (const CaseSortKey& key : caseSorts())
        names << QLatin1String(key.name);
    return names.join(QStringLiteral(", "));
}

// list --count: the number of cases the same filters would list. CaseRepository::count answers
// a status/e-service filter (or none) from the maintained counters, which on PostgreSQL obey the
// same row-level security as the cases, so a caseworker gets the number of cases they may see.
int printCount(CtlContext& context, const Database& db, const CaseQuery& query, bool asJson)
{
    auto counted = CaseRepository(db).count(query);
    if (!counted.ok())
        return context.fail(counted.error());
    if (asJson)
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("count"), *counted}})
                                               .toJson(QJsonDocument::Compact))
                      << '\n';
    else
        context.out() << *counted << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace

int runList(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists cases, newest first (by submission time, then by an internal id), a page at a time. To walk "
        "every case, list with --limit N, then again with --after set to the last reference printed, until "
        "nothing is printed: each page continues exactly where the previous one ended (keyset paging, "
        "equally fast on every page). With --json the output is an array whose last element holds the "
        "reference to continue after.\n"
        "--count prints only how many cases the same filters would list. It is read from the counters "
        "the database maintains for every e-service and status (a few hundred rows, not the cases), and on "
        "PostgreSQL it is the number of cases the user may see, as in the inbox's view counts.\n"
        "--overdue lists only the cases past the handling time of their status (casedeskctl eservice "
        "set-deadline), the most overdue first unless --sort says otherwise."));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only cases in this status."),
                                    QStringLiteral("ID"));
    const QCommandLineOption eservice(QStringLiteral("eservice"),
                                      QStringLiteral("Only cases of this e-service."), QStringLiteral("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N cases, 1 to 10000 (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption after(
        QStringLiteral("after"),
        QStringLiteral("Continue after this case (the last reference of the previous page)."),
        QStringLiteral("REF"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Print only the number of cases the filters match."));
    const QCommandLineOption sort(
        QStringLiteral("sort"), QStringLiteral("Order by one of: %1 (default: submitted).").arg(sortNames()),
        QStringLiteral("NAME"));
    const QCommandLineOption ascending(QStringLiteral("ascending"),
                                       QStringLiteral("Smallest first (default: largest or newest first)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QStringLiteral("Only cases past the handling time of their status."));
    parser.addOptions({status, eservice, overdue, limit, after, sort, ascending, count, json});
    if (auto stop = parseCommandLine(
            context, parser,
            QStringLiteral("list [--status ID] [--eservice ID] [--overdue] [--sort NAME] "
                           "[--ascending] [--limit N] [--after REF] [--json]\n"
                           "       list --count [--status ID] [--eservice ID] [--overdue] [--json]"),
            0, 0))
        return *stop;
    if (parser.isSet(count) &&
        (parser.isSet(limit) || parser.isSet(after) || parser.isSet(sort) || parser.isSet(ascending)))
        return context.usage(QStringLiteral(
            "--count counts every matching case: it takes no --limit, --after, --sort or --ascending"));
    const std::optional<CaseSort> order =
        parser.isSet(sort) ? caseSortNamed(parser.value(sort).trimmed())
                           : std::optional(parser.isSet(overdue) ? CaseSort::StatusDue : CaseSort::Submitted);
    if (!order)
        return context.usage(QStringLiteral("--sort takes one of: %1").arg(sortNames()));
    bool limitOk = false;
    const int pageSize = parser.value(limit).toInt(&limitOk);
    if (!limitOk || pageSize < 1 || pageSize > 10000)
        return context.usage(QStringLiteral("--limit needs a number from 1 to 10000"));
    if (parser.isSet(after) && parser.value(after).trimmed().isEmpty())
        return context.usage(QStringLiteral("--after needs a case reference"));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    CaseQuery query = listQuery(parser, status, eservice, overdue);
    if (parser.isSet(count))
        return printCount(context, **db, query, parser.isSet(json));

    query.limit = pageSize;
    query.sort = *order;
    // The most overdue first: the earliest due day.
    query.descending = !parser.isSet(ascending) && !(parser.isSet(overdue) && !parser.isSet(sort));
    const CaseRepository cases(**db);
    if (parser.isSet(after)) {
        // The cursor is the case's own sort key, read afresh: a case that the filters exclude
        // still marks a place in the order. One the user may not read is as unknown as a
        // missing one (row-level security hides it from this lookup).
        const QString reference = parser.value(after).trimmed();
        auto last = cases.findSummary(reference);
        if (!last.ok())
            return context.fail(last.error());
        if (!*last)
            return context.fail(makeError(ErrorCode::NotFound,
                                          {QT_TRANSLATE_NOOP("casedesk::Errors", "no case %1"), {reference}},
                                          QStringLiteral("--after")));
        continueAfter(query, **last);
    }
    auto page = cases.list(query);
    if (!page.ok())
        return context.fail(page.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CaseSummary& summary : *page)
            array.append(summaryToJson(summary));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const CaseSummary& summary : *page)
            printSummaryLine(context.out(), summary);
    }
    context.out().flush();
    return ExitOk;
}

int runShow(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows everything about one case: form fields, attachments (without content), "
                       "signatures with their check, "
                       "messages, notes and history. Viewing is recorded in the audit log."));
    parser.addPositionalArgument(QStringLiteral("REF"),
                                 QStringLiteral("The case reference, e.g. CD-2026-000123."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption reveal(
        QStringLiteral("reveal-protected"),
        QStringLiteral("Show protected-identity data (recorded in the audit log)."));
    parser.addOptions({json, reveal});
    if (auto stop =
            parseCommandLine(context, parser, QStringLiteral("show REF [--json] [--reveal-protected]"), 1, 1))
        return *stop;
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const QString reference = parser.positionalArguments().at(1);
    auto detail = CaseService(**db).open(reference, /*markOpened=*/false);
    if (!detail.ok())
        return context.fail(detail.error());
    const bool revealProtected = parser.isSet(reveal) && detail->applicant.protectedIdentity;
    if (revealProtected) {
        if (auto r =
                AuditRepository(**db).append((*db)->currentUser(), QStringLiteral("case.protected_revealed"),
                                             detail->summary.id, reference);
            !r.ok())
            return context.fail(r.error());
    }
    if (!detail->notMarked.isEmpty())
        context.err() << "casedeskctl: this view is not in the audit log: " << detail->notMarked.translated()
                      << Qt::endl;
    else if ((*db)->isReadOnly())
        context.err() << "casedeskctl: this view is not in the audit log: " << (*db)->url().displayString()
                      << " is read-only" << Qt::endl;
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(
            QJsonDocument(detailToJson(*detail, revealProtected)).toJson(QJsonDocument::Indented));
    else
        printDetail(context.out(), *detail, revealProtected);
    context.out().flush();
    return ExitOk;
}

int runSetStatus(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Moves a case to another status, if its e-service allows the transition. With "
                       "--expect-version the change is "
                       "refused (exit status 4) when the case has changed since that version."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("STATUS_ID"),
                                 QStringLiteral("The new status, e.g. in_progress."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("A note for the history."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption expect(QStringLiteral("expect-version"),
                                    QStringLiteral("The version the change is based on."),
                                    QStringLiteral("N"));
    parser.addOptions({note, expect});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("set-status REF STATUS_ID [--note TEXT] [--expect-version N]"), 2,
            2))
        return *stop;
    std::optional<int> expectedVersion;
    if (parser.isSet(expect)) {
        bool ok = false;
        expectedVersion = parser.value(expect).toInt(&ok);
        if (!ok)
            return context.usage(QStringLiteral("--expect-version needs a number"));
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const QStringList args = parser.positionalArguments();
    auto updated =
        CaseService(**db).changeStatus(args.at(1), args.at(2), expectedVersion, parser.value(note));
    if (!updated.ok())
        return context.fail(updated.error());
    context.out() << updated->reference << ": " << updated->statusId << " (version " << updated->version
                  << ")" << Qt::endl;
    return ExitOk;
}

} // namespace casedesk::ctl
