#include "CaseOutput.h"
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "repositories/AuditRepository.h"
#include "repositories/CaseRepository.h"
#include "workflow/CaseService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::ctl {

int runList(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists cases, newest first, a page at a time."));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only cases in this status."),
                                    QStringLiteral("ID"));
    const QCommandLineOption eservice(QStringLiteral("eservice"),
                                      QStringLiteral("Only cases of this e-service."), QStringLiteral("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N cases (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({status, eservice, limit, json});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("list [--status ID] [--eservice ID] [--limit N] [--json]"), 0, 0))
        return *stop;
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if (!limitOk || count < 1 || count > 10000)
        return context.usage(QStringLiteral("--limit needs a number from 1 to 10000"));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    CaseQuery query;
    query.statusId = parser.value(status);
    query.eserviceId = parser.value(eservice);
    query.limit = count;
    auto cases = CaseRepository(**db).list(query);
    if (!cases.ok())
        return context.fail(cases.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CaseSummary& summary : *cases)
            array.append(summaryToJson(summary));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const CaseSummary& summary : *cases)
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
        context.err() << "casedeskctl: this view is not in the audit log: " << detail->notMarked << Qt::endl;
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
