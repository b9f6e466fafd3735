// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "core/Logging.h"
#include "live/ChangeLogTrimTask.h"
#include "mail/MailDeliveryTask.h"
#include "navet/RegisterLookupTask.h"
#include "notifications/OverdueNoticeTask.h"
#include "retention/BackgroundRunner.h"
#include "retention/RetentionTask.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <atomic>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace casedesk::ctl {

namespace {

// Set from the signal handler (lock-free, so async-signal-safe); the tasks check it between
// steps and the event loop quits on it.
std::atomic_bool g_stop{false};

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    g_stop.store(true);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT: set the flag, and wake the event loop through a self-pipe (the only
// safe way out of a signal handler into Qt).
class StopSignals
{
public:
    StopSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
            return;
        for (int fd : g_signalPipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), []() {
            char buffer[16];
            while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
            }
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = &onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        ::sigaction(SIGINT, &action, &m_oldInt);
    }
    ~StopSignals()
    {
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        m_notifier.reset();
        for (int& fd : g_signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldTerm = {};
    struct sigaction m_oldInt = {};
};
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    g_stop.store(true);
    // Runs on a thread of its own: a queued call is how it reaches the event loop.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), []() { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}

// Ctrl+C, Ctrl+Break and closing the console window.
class StopSignals
{
public:
    StopSignals() { SetConsoleCtrlHandler(&onConsoleEvent, TRUE); }
    ~StopSignals() { SetConsoleCtrlHandler(&onConsoleEvent, FALSE); }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
};
#else
class StopSignals
{};
#endif

} // namespace

int runServe(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The CaseDesk background service. Runs retention (see 'casedeskctl purge') every day at --purge-at, "
        "else at the settings key retention.run_at, else at 02:30 local time; delivers the mail outbox every "
        "--mail-interval seconds (default 60); trims the change log every hour; answers the caseworkers' "
        "\"Fetch from Navet\" every 5 seconds, with the Navet settings and the certificate's password of "
        "'casedeskctl navet' (CASEDESK_NAVET_PASSWORD_FILE or CASEDESK_NAVET_PASSWORD). Logs what it did "
        "without "
        "personal data. Before every job it checks the database connection and reconnects if the server was "
        "restarted; while the database is away the jobs wait (a failed job is retried no later than its "
        "regular interval), and the loss and the recovery are logged once each. Stops cleanly on SIGTERM or "
        "Ctrl+C, after the transaction it is in. With --once it runs every job once and exits (cron, tests). "
        "Logging: QT_LOGGING_RULES, e.g. \"casedesk.retention.debug=true\"."));
    const QCommandLineOption purgeAt(QStringLiteral("purge-at"),
                                     QStringLiteral("Daily retention time, local (HH:MM)."),
                                     QStringLiteral("HH:MM"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Run every job once now, then exit."));
    const QCommandLineOption mailInterval(
        QStringLiteral("mail-interval"),
        QStringLiteral("Seconds between mail delivery runs, 5 to 3600 (default 60)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({purgeAt, mailInterval, once});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("serve [--purge-at HH:MM] [--mail-interval SECONDS] [--once]"), 0,
            0))
        return *stop;
    std::optional<QTime> runAt;
    if (parser.isSet(purgeAt)) {
        runAt = parseTimeOfDay(parser.value(purgeAt));
        if (!runAt->isValid())
            return context.usage(QStringLiteral("--purge-at needs a time of day as HH:MM, e.g. 02:30"));
    }
    int mailSeconds = 60;
    if (parser.isSet(mailInterval)) {
        bool ok = false;
        mailSeconds = parser.value(mailInterval).toInt(&ok);
        if (!ok || mailSeconds < 5 || mailSeconds > 3600)
            return context.usage(QStringLiteral("--mail-interval needs whole seconds from 5 to 3600"));
    }

    // What the service does is its output; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(
        QStringLiteral("casedesk.retention.info=true\ncasedesk.mail.info=true\ncasedesk.navet.info=true"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss} %{category} %{type}: %{message}"));

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());

    g_stop.store(false);
    [[maybe_unused]] const StopSignals stopSignals;
    BackgroundRunner runner(g_stop, *db);
    auto retention = std::make_unique<RetentionTask>(**db, runAt);
    const QTime effectiveRunAt = retention->runAt();
    runner.add(std::move(retention));
    runner.add(std::make_unique<MailDeliveryTask>(**db, mailSeconds));
    runner.add(std::make_unique<ChangeLogTrimTask>(**db));
    runner.add(std::make_unique<RegisterLookupTask>(**db));
    runner.add(std::make_unique<OverdueNoticeTask>(**db));

    if (parser.isSet(once)) {
        const auto error = runner.runAllOnce();
        return error ? exitCodeFor(*error) : ExitOk;
    }
    qCInfo(lcRetention).noquote() << "CaseDesk background service started; retention daily at"
                                  << effectiveRunAt.toString(QStringLiteral("HH:mm"))
                                  << "and mail delivery every" << mailSeconds << "s";
    runner.start();
    if (!g_stop.load())
        QCoreApplication::exec();
    runner.stop();
    qCInfo(lcRetention) << "CaseDesk background service stopped";
    return ExitOk;
}

} // namespace casedesk::ctl
