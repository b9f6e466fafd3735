// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "admin/AdminService.h"
#include "mail/MailDelivery.h"
#include "mail/MailSettings.h"
#include "navet/NavetSettings.h"
#include "repositories/OutboxRepository.h"
#include "repositories/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk::ctl {

namespace {

const QString kSettingsUsage = QStringLiteral("settings list [--json]\n"
                                              "       casedeskctl settings get KEY\n"
                                              "       casedeskctl settings set KEY VALUE [--force]");
const QString kSendMailUsage = QStringLiteral("send-mail --once [--limit N]\n"
                                              "       casedeskctl send-mail --failed [--limit N]\n"
                                              "       casedeskctl send-mail --requeue-failed [ID...]");

// The documented settings besides SMTP and Navet (which MailSettings and NavetSettings document),
// with their checks.
struct OtherSetting
{
    SettingKeyInfo info;
    const char* pattern;     // the whole value must match
    const char* expectation; // an error text: "must be ..."
    int maxNumber = 0;       // for numbers: the largest allowed
};

const QList<OtherSetting>& otherSettings()
{
    static const QList<OtherSetting> list{
        {{QStringLiteral("case.reference_prefix"),
          QStringLiteral("prefix of new case references (CD-2026-000123)"), QStringLiteral("CD")},
         "[A-Z][A-Z0-9]{0,11}",
         QT_TRANSLATE_NOOP("casedesk::Errors",
                           "must be 1 to 12 capital letters or digits, starting with a letter"),
         0},
        {{QStringLiteral("retention.run_at"),
          QStringLiteral("local time of day the service purges expired cases"), QStringLiteral("02:30")},
         "([01][0-9]|2[0-3]):[0-5][0-9]",
         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a time of day HH:MM"),
         0},
        {{QStringLiteral("audit.retention_days"), QStringLiteral("days the audit log is kept"),
          QStringLiteral("730")},
         "[1-9][0-9]{0,4}",
         QT_TRANSLATE_NOOP("casedesk::Errors", "must be a number of days from 1 to 36500"),
         36500},
    };
    return list;
}

QList<SettingKeyInfo> documentedKeys()
{
    QList<SettingKeyInfo> keys;
    for (const OtherSetting& s : otherSettings())
        keys << s.info;
    keys << MailSettings::smtpSettingKeys();
    keys << NavetSettings::keys();
    return keys;
}

QString settingsHelp()
{
    QString text = QStringLiteral("Shared settings of this database. Documented keys:\n");
    for (const SettingKeyInfo& key : documentedKeys()) {
        text += QStringLiteral("  %1 %2").arg(key.key, -22).arg(key.description);
        if (!key.defaultValue.isEmpty())
            text += QStringLiteral(" (default: %1)").arg(key.defaultValue);
        text += QLatin1Char('\n');
    }
    return text + QStringLiteral("An empty VALUE means \"not set\". Changes are recorded in the audit log.");
}

VoidResult validateSetting(const QString& key, const QString& value, bool force)
{
    const Error unknown = makeError(
        ErrorCode::InvalidInput,
        QT_TRANSLATE_NOOP("casedesk::Errors",
                          "unknown setting; see 'casedeskctl settings --help' (--force sets it anyway)"),
        key);
    if (key.startsWith(QLatin1String("smtp."))) {
        auto r = MailSettings::validate(key, value); // refuses a password key even with --force
        if (r.ok() || (r.error().code == ErrorCode::NotFound && force))
            return {};
        return r.error().code == ErrorCode::NotFound ? VoidResult(unknown) : r;
    }
    if (key.startsWith(QLatin1String("navet."))) {
        auto r = NavetSettings::validate(key, value); // refuses a password key even with --force
        if (r.ok() || (r.error().code == ErrorCode::NotFound && force))
            return {};
        return r.error().code == ErrorCode::NotFound ? VoidResult(unknown) : r;
    }
    for (const OtherSetting& s : otherSettings()) {
        if (s.info.key != key)
            continue;
        const QRegularExpression pattern(QStringLiteral("^(") + QLatin1String(s.pattern) +
                                         QStringLiteral(")$"));
        if (value.isEmpty() ||
            (pattern.match(value).hasMatch() && (s.maxNumber == 0 || value.toInt() <= s.maxNumber)))
            return {};
        return makeError(ErrorCode::InvalidInput, s.expectation, key);
    }
    return force ? VoidResult() : VoidResult(unknown);
}

int listSettings(CtlContext& context, const Database& db, bool json)
{
    auto stored = SettingsRepository(db).all();
    if (!stored.ok())
        return context.fail(stored.error());
    if (json) {
        QJsonObject object;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            object.insert(it.key(), it.value());
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    QStringList shown;
    for (const SettingKeyInfo& key : documentedKeys()) {
        shown << key.key;
        const QString value = stored->value(key.key);
        if (!value.isEmpty())
            context.out() << key.key << " = " << value << '\n';
        else
            context.out() << key.key << " (not set"
                          << (key.defaultValue.isEmpty() ? QString()
                                                         : QStringLiteral(", default ") + key.defaultValue)
                          << ")\n";
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!shown.contains(it.key()))
            context.out() << it.key() << " = " << it.value() << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int runSettingsAction(CtlContext& context, const QStringList& args, bool json, bool force)
{
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const QString action = args.first();
    if (action == QLatin1String("list") && args.size() == 1)
        return listSettings(context, **db, json);
    if (action == QLatin1String("get") && args.size() == 2) {
        auto all = SettingsRepository(**db).all();
        if (!all.ok())
            return context.fail(all.error());
        if (!all->contains(args[1]))
            return context.fail(
                makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("casedesk::Errors", "not set"), args[1]));
        context.out() << all->value(args[1]) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("set") && args.size() == 3) {
        if (auto r = validateSetting(args[1], args[2], force); !r.ok())
            return context.fail(r.error());
        if (auto r = AdminService(**db).setSetting(args[1], args[2]); !r.ok())
            return context.fail(r.error());
        context.out() << args[1]
                      << (args[2].isEmpty() ? QStringLiteral(" is not set") : QStringLiteral(" = ") + args[2])
                      << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("usage: casedeskctl ") + kSettingsUsage);
}

int listFailed(CtlContext& context, const Database& db, int limit)
{
    auto failed = OutboxRepository(db).failed(limit);
    if (!failed.ok())
        return context.fail(failed.error());
    // Recipients stay out of the listing: addresses are personal data.
    for (const OutgoingMail& m : std::as_const(*failed))
        context.out() << QStringLiteral("%1  %2  case %3  %4  %5")
                             .arg(m.id, 6)
                             .arg(m.failedAt.toString(Qt::ISODate), -20)
                             .arg(m.caseId > 0 ? QString::number(m.caseId) : QStringLiteral("-"), -6)
                             .arg(m.kind, -18)
                             .arg(m.lastError)
                      << '\n';
    context.out() << failed->size() << " failed mail(s)" << Qt::endl;
    return ExitOk;
}

} // namespace

int runSettings(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(settingsHelp());
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, get or set."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (list)."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Set a key that is not documented."));
    parser.addOptions({json, force});
    if (auto stop = parseCommandLine(context, parser, kSettingsUsage, 1, 3))
        return *stop;
    return runSettingsAction(context, parser.positionalArguments().mid(1), parser.isSet(json),
                             parser.isSet(force));
}

int runSendMail(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Delivers the mail outbox over SMTP (settings smtp.*, see 'casedeskctl settings --help'). The "
        "password comes "
        "from the file named by CASEDESK_SMTP_PASSWORD_FILE (mode 0600) or from CASEDESK_SMTP_PASSWORD. "
        "Temporary "
        "failures are retried after 1, 5, 15 and 60 minutes, then hourly for about two days; refusals (5xx) "
        "are "
        "failed for good and listed by --failed. 'casedeskctl serve' does the same continuously."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("Mails to requeue (--requeue-failed)."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Deliver what is due now, then exit."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N mails (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption failed(QStringLiteral("failed"),
                                    QStringLiteral("List mails that failed for good."));
    const QCommandLineOption requeue(QStringLiteral("requeue-failed"),
                                     QStringLiteral("Queue failed mails (all, or the IDs given) again."));
    parser.addOptions({once, limit, failed, requeue});
    if (auto stop = parseCommandLine(context, parser, kSendMailUsage, 0, -1))
        return *stop;
    bool numeric = false;
    const int max = parser.value(limit).toInt(&numeric);
    if (!numeric || max < 1 || max > 100000)
        return context.usage(QStringLiteral("--limit must be a number from 1 to 100000"));
    const QStringList ids = parser.positionalArguments().mid(1);
    const int modes = int(parser.isSet(once)) + int(parser.isSet(failed)) + int(parser.isSet(requeue));
    if (modes != 1 || (!ids.isEmpty() && !parser.isSet(requeue)))
        return context.usage(QStringLiteral("usage: casedeskctl ") + kSendMailUsage);

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    if (parser.isSet(failed))
        return listFailed(context, **db, max);
    if (parser.isSet(requeue)) {
        QList<qint64> list;
        for (const QString& id : ids) {
            const qint64 value = id.toLongLong(&numeric);
            if (!numeric || value < 1)
                return context.usage(QStringLiteral("'%1' is not a mail id").arg(id));
            list << value;
        }
        auto count = OutboxRepository(**db).requeueFailed(list, QDateTime::currentDateTimeUtc());
        if (!count.ok())
            return context.fail(count.error());
        context.out() << "Requeued " << *count << " mail(s)" << Qt::endl;
        return ExitOk;
    }

    // Say so when SMTP is not configured, even with nothing to send.
    if (auto settings = MailSettings::load(**db); !settings.ok())
        return context.fail(settings.error());
    DeliveryOptions options;
    options.limit = max;
    auto report = deliverPendingMail(**db, options);
    if (!report.ok())
        return context.fail(report.error());
    context.out() << report->summary() << Qt::endl;
    if (report->serverUnavailable) {
        context.err() << "casedeskctl: delivery stopped: " << report->serverError << "; " << report->waiting
                      << " mail(s) wait in the outbox" << Qt::endl;
        return ExitRuntime;
    }
    return ExitOk;
}

} // namespace casedesk::ctl
