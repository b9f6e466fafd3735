// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "admin/AdminService.h"
#include "intake/FileTypes.h"
#include "intake/TextRules.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "retention/RetentionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk::ctl {

namespace {

const QString kEServiceUsage =
    QStringLiteral("eservice list [--json]\n"
                   "       casedeskctl eservice set-retention ESERVICE DAYS|never\n"
                   "       casedeskctl eservice set-mailbox ESERVICE ADDRESS\n"
                   "       casedeskctl eservice set-file-types ESERVICE LIST|default\n"
                   "       casedeskctl eservice set-navet-at-intake ESERVICE on|off\n"
                   "       casedeskctl eservice set-archive-before-purge ESERVICE on|off\n"
                   "       casedeskctl eservice set-deadline ESERVICE STATUS DAYS [--working-days]\n"
                   "       casedeskctl eservice clear-deadline ESERVICE STATUS\n"
                   "       casedeskctl eservice deadlines [ESERVICE] [--json]");
constexpr int kMaxRetentionDays = 36500;

QString retentionText(const std::optional<int>& days)
{
    return days ? QStringLiteral("%1 days").arg(*days) : QStringLiteral("never");
}

// A purge note for scripts: its stable code and arguments, and its English words.
QJsonObject noteJson(const PurgeNote& note)
{
    return QJsonObject{{QStringLiteral("code"), note.code},
                       {QStringLiteral("args"), QJsonArray::fromStringList(note.args)},
                       {QStringLiteral("text"), note.text.english()}};
}

int listEServices(CtlContext& context, const Database& db, bool json)
{
    auto eservices = EServiceRepository(db).list();
    if (!eservices.ok())
        return context.fail(eservices.error());
    QList<qint64> counts;
    for (const EService& e : std::as_const(*eservices)) {
        CaseQuery query;
        query.eserviceId = e.id;
        auto count = CaseRepository(db).count(query);
        if (!count.ok())
            return context.fail(count.error());
        counts.append(*count);
    }
    if (json) {
        QJsonArray array;
        for (qsizetype i = 0; i < eservices->size(); ++i) {
            const EService& e = eservices->at(i);
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("name"), e.name},
                                     {QStringLiteral("mailbox"), e.functionalMailbox},
                                     {QStringLiteral("retentionDays"),
                                      e.retentionDays ? QJsonValue(*e.retentionDays) : QJsonValue()},
                                     {QStringLiteral("language"), e.language},
                                     {QStringLiteral("fileTypes"),
                                      QJsonArray::fromStringList(allowedFileTypes(e.allowedFileTypes))},
                                     {QStringLiteral("navetAtIntake"), e.navetAtIntake},
                                     {QStringLiteral("archiveBeforePurge"), e.archiveBeforePurge},
                                     {QStringLiteral("cases"), counts.at(i)}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("MAILBOX"),
                             QStringLiteral("RETENTION"), QStringLiteral("LANGUAGE"),
                             QStringLiteral("NAVET AT INTAKE"), QStringLiteral("CASES")}};
    for (qsizetype i = 0; i < eservices->size(); ++i) {
        const EService& e = eservices->at(i);
        rows.append({e.id, e.name, e.functionalMailbox.isEmpty() ? QStringLiteral("-") : e.functionalMailbox,
                     retentionText(e.retentionDays), e.language,
                     e.navetAtIntake ? QStringLiteral("on") : QStringLiteral("off"),
                     QString::number(counts.at(i))});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.at(c) + 2);
        context.out() << line << '\n';
    }
    context.out().flush();
    return ExitOk;
}

// Changes one e-service through AdminService, which validates and writes the audit row.
template <typename Change>
int changeEService(CtlContext& context, const Database& db, const QString& id, Change change)
{
    auto found = EServiceRepository(db).find(id);
    if (!found.ok())
        return context.fail(found.error());
    if (!found->has_value())
        return context.fail(makeError(ErrorCode::NotFound,
                                      {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"), {id}},
                                      QStringLiteral("ESERVICE")));
    EService e = **found;
    change(e);
    if (auto r = AdminService(db).updateEService(e); !r.ok())
        return context.fail(r.error());
    return ExitOk;
}

} // namespace

int runEService(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the e-services, or sets how long their closed cases are kept before they are purged "
        "(DAYS from 0 to 36500, or 'never'), the functional mailbox that gets their notifications, and "
        "the attachment types they accept (set-file-types: a comma-separated LIST of pdf, jpeg, png, heic, "
        "gif, tiff, webp, text, docx, xlsx, pptx, odt, ods, zip, or 'default' for "
        "pdf,jpeg,png,heic,text,docx,xlsx,odt), and whether every new case's people are looked up in "
        "Navet at intake (set-navet-at-intake on|off: the background service answers; off by default; see "
        "docs/navet.md), whether retention keeps a closed case until it was exported as an archive "
        "package since it was closed (set-archive-before-purge on|off; casedeskctl export), and handling "
        "times: how many calendar days (or Swedish working days, "
        "--working-days: weekends and public holidays excluded) a case may stay in a STATUS before it is "
        "overdue (set-deadline, DAYS from 1 to 3650; clear-deadline; deadlines lists them). Administrators "
        "only."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("list, set-retention, set-mailbox, set-file-types, set-navet-at-intake, "
                       "set-archive-before-purge, set-deadline, "
                       "clear-deadline or deadlines."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (list, deadlines)."));
    parser.addOption(json);
    const QCommandLineOption workingDays(QStringLiteral("working-days"),
                                         QStringLiteral("DAYS are Swedish working days (set-deadline)."));
    parser.addOption(workingDays);
    if (auto stop = parseCommandLine(context, parser, kEServiceUsage, 1, 4))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.first();
    if (action == QLatin1String("set-deadline") || action == QLatin1String("clear-deadline") ||
        action == QLatin1String("deadlines"))
        return runDeadlineAction(context, args, parser.isSet(workingDays), parser.isSet(json),
                                 QStringLiteral("usage: casedeskctl ") + kEServiceUsage);
    if (parser.isSet(workingDays))
        return context.usage(QStringLiteral("usage: casedeskctl ") + kEServiceUsage);
    const bool isList = action == QLatin1String("list") && args.size() == 1;
    const bool isRetention = action == QLatin1String("set-retention") && args.size() == 3;
    const bool isMailbox = action == QLatin1String("set-mailbox") && args.size() == 3;
    const bool isFileTypes = action == QLatin1String("set-file-types") && args.size() == 3;
    const bool isNavet = action == QLatin1String("set-navet-at-intake") && args.size() == 3;
    const bool isArchive = action == QLatin1String("set-archive-before-purge") && args.size() == 3;
    if (!isList && !isRetention && !isMailbox && !isFileTypes && !isNavet && !isArchive)
        return context.usage(QStringLiteral("usage: casedeskctl ") + kEServiceUsage);

    std::optional<int> days;
    if (isRetention && args[2] != QLatin1String("never")) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const int value = digits.match(args[2]).hasMatch() ? args[2].toInt() : -1;
        if (value < 0 || value > kMaxRetentionDays)
            return context.fail(
                makeError(ErrorCode::InvalidInput,
                          {QT_TRANSLATE_NOOP("casedesk::Errors",
                                             "must be a whole number of days from 0 to %1, or never"),
                           {kMaxRetentionDays}},
                          QStringLiteral("DAYS")));
        days = value;
    }
    if (isMailbox) {
        if (args[2].trimmed().isEmpty())
            return context.fail(makeError(ErrorCode::InvalidInput,
                                          QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                                          QStringLiteral("ADDRESS")));
        if (auto r = checkEmail(args[2], QStringLiteral("ADDRESS")); !r.ok())
            return context.fail(r.error());
    }

    QStringList fileTypes;
    if (isFileTypes) {
        auto parsed = parseFileTypeList(args[2]);
        if (!parsed.ok())
            return context.fail(parsed.error());
        fileTypes = *parsed;
    }

    if ((isNavet || isArchive) && args[2] != QLatin1String("on") && args[2] != QLatin1String("off"))
        return context.fail(makeError(ErrorCode::InvalidInput,
                                      QT_TRANSLATE_NOOP("casedesk::Errors", "must be on or off"),
                                      QStringLiteral("on|off")));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    if (isNavet) {
        const bool on = args[2] == QLatin1String("on");
        if (auto r = AdminService(**db).setNavetAtIntake(args[1], on); !r.ok())
            return context.fail(r.error());
        context.out() << args[1] << ": "
                      << (on ? QStringLiteral("every new case's people are looked up in Navet")
                             : QStringLiteral("no lookups in Navet at intake"))
                      << Qt::endl;
        return ExitOk;
    }
    if (isArchive) {
        const bool on = args[2] == QLatin1String("on");
        if (auto r = AdminService(**db).setArchiveBeforePurge(args[1], on); !r.ok())
            return context.fail(r.error());
        context.out() << args[1] << ": "
                      << (on ? QStringLiteral("closed cases are kept until exported to the archive")
                             : QStringLiteral("closed cases are purged whether exported or not"))
                      << Qt::endl;
        return ExitOk;
    }
    if (isList)
        return listEServices(context, **db, parser.isSet(json));
    if (isRetention) {
        const int code = changeEService(context, **db, args[1], [&](EService& e) { e.retentionDays = days; });
        if (code == ExitOk)
            context.out() << args[1] << ": "
                          << (days
                                  ? QStringLiteral("closed cases are purged %1 days after closing").arg(*days)
                                  : QStringLiteral("closed cases are never purged"))
                          << Qt::endl;
        return code;
    }
    if (isFileTypes) {
        if (auto r = AdminService(**db).setAllowedFileTypes(args[1], fileTypes); !r.ok())
            return context.fail(r.error());
        context.out() << args[1] << ": attachments of type "
                      << (fileTypes.isEmpty() ? defaultFileTypes() : fileTypes).join(QStringLiteral(", "))
                      << (fileTypes.isEmpty() ? QStringLiteral(" (the default)") : QString()) << Qt::endl;
        return ExitOk;
    }
    const int code =
        changeEService(context, **db, args[1], [&](EService& e) { e.functionalMailbox = args[2].trimmed(); });
    if (code == ExitOk)
        context.out() << args[1] << ": notifications go to " << args[2].trimmed() << Qt::endl;
    return code;
}

int runPurge(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Deletes the closed cases whose e-service's retention time has run out (gallring): the case with "
        "its form, parties, signatures, attachments, messages, notes, history and mails. Each purged case "
        "leaves one purge-log row (reference, e-service, dates and counts, no personal data). Audit-log rows "
        "older than the settings key audit.retention_days (default 730) go too. Runs in batches, one "
        "transaction each; an interrupted run is simply run again."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QStringLiteral("Print the references that would be purged, one a line, and change nothing."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        QStringLiteral("Purge as at this moment (ISO 8601; local time without an offset). "
                       "Later than now only with --dry-run."),
        QStringLiteral("ISO-TIME"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                         QStringLiteral("Cases per transaction (1 to 10000, default 500)."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Print one JSON object: the counts and the notes, each with its stable code, its "
                       "arguments and its English text."));
    parser.addOptions({dryRun, nowOption, batchOption, jsonOption});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("purge [--dry-run] [--now ISO-TIME] [--batch-size N] [--json]"),
            0, 0))
        return *stop;
    const bool json = parser.isSet(jsonOption);

    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    QDateTime now = realNow;
    if (parser.isSet(nowOption)) {
        now = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs);
        if (!now.isValid())
            return context.usage(QStringLiteral("--now needs an ISO 8601 time, e.g. 2026-05-01T02:30:00Z"));
        if (!parser.isSet(dryRun) && now > realNow.addSecs(60))
            return context.fail(
                makeError(ErrorCode::InvalidInput,
                          QT_TRANSLATE_NOOP("casedesk::Errors",
                                            "a purge cannot run as at a future moment: it would delete cases "
                                            "before their time (use --dry-run to look ahead)"),
                          QStringLiteral("--now")));
    }
    bool ok = false;
    PurgeOptions options;
    options.batchSize = parser.value(batchOption).toInt(&ok);
    if (!ok || options.batchSize < 1 || options.batchSize > 10000)
        return context.usage(QStringLiteral("--batch-size needs a whole number from 1 to 10000"));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const RetentionService retention(**db);

    if (parser.isSet(dryRun)) {
        auto preview = retention.preview(now);
        if (!preview.ok())
            return context.fail(preview.error());
        if (json) {
            QJsonArray references;
            QJsonArray waiting;
            for (const RetentionCase& c : std::as_const(preview->cases)) {
                if (c.waitsForArchive && c.dueAt() < preview->now)
                    waiting.append(
                        QJsonObject{{QStringLiteral("reference"), c.reference},
                                    {QStringLiteral("eservice"), c.eserviceId},
                                    {QStringLiteral("reason"), QStringLiteral("not exported since closed")}});
                else if (c.dueAt() < preview->now)
                    references.append(c.reference);
            }
            const QJsonObject out{{QStringLiteral("dryRun"), true},
                                  {QStringLiteral("dueNow"), preview->dueNow},
                                  {QStringLiteral("dueNextWeek"), preview->dueNextWeek},
                                  {QStringLiteral("references"), references},
                                  {QStringLiteral("waitingForArchive"), waiting},
                                  {QStringLiteral("auditRetentionDays"), preview->auditRetentionDays},
                                  {QStringLiteral("auditRowsDue"), preview->auditRowsDue
                                                                       ? QJsonValue(*preview->auditRowsDue)
                                                                       : QJsonValue()}};
            context.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        qint64 waitingNow = 0;
        for (const RetentionCase& c : std::as_const(preview->cases)) {
            if (c.dueAt() >= preview->now)
                continue;
            if (c.waitsForArchive) {
                // Said on stderr: stdout stays the list of what the run would purge.
                context.err()
                    << c.reference << ": waits: e-service " << c.eserviceId
                    << " is archived before purge, and the case was not exported since it was closed "
                       "(casedeskctl export "
                    << c.reference << " --package DIR)" << Qt::endl;
                ++waitingNow;
            } else {
                context.out() << c.reference << '\n';
            }
        }
        context.out().flush();
        context.err() << "purge: " << preview->dueNow << " cases due now, " << preview->dueNextWeek
                      << " more within 7 days";
        if (waitingNow > 0)
            context.err() << "; " << waitingNow << " due but waiting for their export to the archive";
        if (preview->auditRowsDue)
            context.err() << "; " << *preview->auditRowsDue << " audit-log rows older than "
                          << preview->auditRetentionDays << " days";
        context.err() << "; nothing was changed" << Qt::endl;
        return ExitOk;
    }

    qint64 nextReport = 1;
    options.progress = [&](const PurgeProgress& p) {
        if (p.expected <= 0 || p.purged * 10 < nextReport * p.expected)
            return;
        while (nextReport * p.expected <= p.purged * 10)
            ++nextReport;
        context.err() << "purge: " << p.purged << " of " << p.expected << " cases" << Qt::endl;
    };
    auto report = retention.purge(now, options);
    if (!report.ok())
        return context.fail(report.error());
    if (json) {
        QJsonArray notes;
        for (const PurgeNote& note : report->notes())
            notes.append(noteJson(note));
        const QJsonObject out{{QStringLiteral("purged"), report->purged},
                              {QStringLiteral("logged"), report->logged},
                              {QStringLiteral("skipped"), report->skipped},
                              {QStringLiteral("batches"), report->batches},
                              {QStringLiteral("complete"), report->complete},
                              {QStringLiteral("auditRowsExpired"), report->auditRowsExpired},
                              {QStringLiteral("usedReserve"), report->usedReserve},
                              {QStringLiteral("seconds"), report->seconds},
                              {QStringLiteral("notes"), notes}};
        context.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out() << "Purged " << report->purged << " cases (" << report->logged << " in the log) in "
                  << QString::number(report->seconds, 'f', 1) << " s" << Qt::endl;
    if (report->skipped > 0)
        context.out() << report->skipped << " cases were reopened during the run and stay" << Qt::endl;
    // The notes in the person's language (the catalogue casedeskctl installs for its locale).
    context.out() << (report->auditNote.isEmpty()
                          ? QStringLiteral("Expired %1 audit-log rows").arg(report->auditRowsExpired)
                          : QStringLiteral("Audit log: ") + report->auditNote.text.translated())
                  << Qt::endl;
    for (const PurgeNote& note : std::as_const(report->maintenance))
        context.out() << note.text.translated() << Qt::endl;
    if (!report->reserveNote.isEmpty())
        context.out() << "Reserve: " << report->reserveNote.text.translated() << Qt::endl;
    return ExitOk;
}

} // namespace casedesk::ctl
