// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"
#include "StopSignals.h"

#include "live/ChangeFeed.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::ctl {

namespace {

QString changeLine(const CaseChange& change, bool json)
{
    const QString time = change.changedAt.toUTC().toString(Qt::ISODateWithMs);
    if (json) {
        // Reference, e-service and kind only: never who applied or what the case says.
        const QJsonObject object{{QStringLiteral("seq"), change.seq},
                                 {QStringLiteral("time"), time},
                                 {QStringLiteral("reference"), change.reference},
                                 {QStringLiteral("eservice"), change.eserviceId},
                                 {QStringLiteral("kind"), change.kind}};
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(QString::number(change.seq), time, change.reference, change.kind);
}

} // namespace

int runWatch(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print one line per change to a case as it happens (anyone's: caseworkers, the portal, intake, "
        "retention): sequence number, time (UTC), reference and kind (created, status, assigned, message, "
        "note, decision, supplement, purged, updated), tab-separated, or one JSON object per line with "
        "--json. Each line is flushed at once. On PostgreSQL only cases of e-services you may read are "
        "shown. Stops on SIGTERM or Ctrl+C. The first line on standard error says from which sequence "
        "number it watches; --since SEQ replays what the change log still holds after SEQ (about a day)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         QStringLiteral("Start after this sequence number instead of now."),
                                         QStringLiteral("SEQ"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QStringLiteral("SQLite: look for changes every MS milliseconds (default 1000). PostgreSQL: check the "
                       "listening connection every MS milliseconds (default 2000)."),
        QStringLiteral("MS"));
    parser.addOptions({jsonOption, sinceOption, intervalOption});
    if (auto stop = parseCommandLine(context, parser,
                                     QStringLiteral("watch [--json] [--since SEQ] [--interval MS]"), 0, 0))
        return *stop;

    std::optional<qint64> since;
    if (parser.isSet(sinceOption)) {
        bool ok = false;
        const qint64 value = parser.value(sinceOption).toLongLong(&ok);
        if (!ok || value < 0)
            return context.usage(QStringLiteral("--since needs a sequence number (0 or more)"));
        since = value;
    }
    int interval = 0;
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        interval = parser.value(intervalOption).toInt(&ok);
        if (!ok || interval < 50 || interval > 600000)
            return context.usage(QStringLiteral("--interval needs milliseconds from 50 to 600000"));
    }

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());

    const bool json = parser.isSet(jsonOption);
    std::atomic_bool stopRequested{false};
    [[maybe_unused]] const StopSignals stopSignals(stopRequested);
    ChangeFeed feed((*db)->url());
    if (interval > 0)
        feed.setInterval(interval);
    QObject::connect(&feed, &ChangeFeed::listening, &feed, [&context](qint64 seq) {
        context.err() << "casedeskctl: watching changes after " << seq << Qt::endl;
    });
    QObject::connect(&feed, &ChangeFeed::changed, &feed, [&context, json](const QList<CaseChange>& changes) {
        for (const CaseChange& change : changes)
            context.out() << changeLine(change, json) << '\n';
        context.out().flush();
    });
    QObject::connect(&feed, &ChangeFeed::connectionLost, &feed, [&context](const QString& reason) {
        context.err() << "casedeskctl: lost the connection, retrying: " << reason << Qt::endl;
    });
    QObject::connect(&feed, &ChangeFeed::connectionRestored, &feed,
                     [&context] { context.err() << "casedeskctl: connected again" << Qt::endl; });
    feed.start(since);
    if (!stopRequested.load())
        QCoreApplication::exec();
    feed.stop();
    return ExitOk;
}

} // namespace casedesk::ctl
