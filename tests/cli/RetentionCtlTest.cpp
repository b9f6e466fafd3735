// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "TestDatabase.h"

#include "repositories/SettingsRepository.h"
#include "retention/BackgroundRunner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <gtest/gtest.h>

#include <time.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The service logs what it did by default; a developer's QT_LOGGING_RULES must not change that.
QProcessEnvironment environment()
{
    QProcessEnvironment env = ctlEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

} // namespace

// eservice, purge and serve as an operator or cron uses them: the real program on both backends.
class RetentionCtlTest : public BackendTest
{
protected:
    QStringList withDb(const QStringList& arguments)
    {
        return QStringList{QStringLiteral("--db"), testDatabase().urlString()} + arguments;
    }

    CtlRun ctl(const QStringList& arguments) { return runCtl(withDb(arguments), environment()); }

    qint64 count(const QString& table)
    {
        auto q = db().exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    // One case from the Open ePlatform export, closed 40 days ago; returns its e-service.
    QString closedCase()
    {
        const CtlRun submitted =
            ctl({QStringLiteral("submit"), qEnvironmentVariable("CASEDESK_TESTDATA") +
                                               QStringLiteral("/oep/sundsvall-sick-leave-235212.xml")});
        EXPECT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
        EXPECT_TRUE(db().exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ?"),
                              {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-40))})
                        .ok());
        auto q = db().exec(QStringLiteral("SELECT eservice_id FROM cases"));
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    }
};

TEST_P(RetentionCtlTest, ListsEServicesAndSetsRetentionAndMailbox)
{
    const QString eservice = closedCase();
    ASSERT_FALSE(eservice.isEmpty());
    CtlRun listed = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QJsonObject row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("id")).toString(), eservice);
    EXPECT_EQ(row.value(QStringLiteral("cases")).toInt(), 1);
    EXPECT_EQ(row.value(QStringLiteral("retentionDays")).toInt(), 30);

    EXPECT_EQ(
        ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), eservice, QStringLiteral("never")})
            .exitCode,
        0);
    listed = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_TRUE(row.value(QStringLiteral("retentionDays")).isNull());
    const CtlRun text = ctl({QStringLiteral("eservice"), QStringLiteral("list")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("never"))) << text.out.toStdString();

    for (const char* bad : {"36501", "soon", "1e3", "12d"})
        EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), eservice,
                       QString::fromLatin1(bad)})
                      .exitCode,
                  3)
            << bad;
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), QStringLiteral("nope"),
                   QStringLiteral("5")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), eservice}).exitCode, 2);
    EXPECT_EQ(
        ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), eservice, QStringLiteral("0")})
            .exitCode,
        0);

    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-mailbox"), eservice,
                   QStringLiteral("not an address")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-mailbox"), eservice,
                   QStringLiteral("hr@kommun.example.se")})
                  .exitCode,
              0);
    listed = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("mailbox")).toString(), QStringLiteral("hr@kommun.example.se"));
    EXPECT_EQ(row.value(QStringLiteral("retentionDays")).toInt(), 0);
    EXPECT_EQ(row.value(QStringLiteral("fileTypes")).toArray().size(), 8) << "the default list";

    // Attachment types: a list of known ids, or default.
    const CtlRun types = ctl(
        {QStringLiteral("eservice"), QStringLiteral("set-file-types"), eservice, QStringLiteral("pdf,PNG")});
    EXPECT_EQ(types.exitCode, 0) << types.err.toStdString();
    listed = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("fileTypes")).toArray(),
              (QJsonArray{QStringLiteral("pdf"), QStringLiteral("png")}));
    const CtlRun unknown = ctl(
        {QStringLiteral("eservice"), QStringLiteral("set-file-types"), eservice, QStringLiteral("pdf,exe")});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown file type 'exe'"))) << unknown.err.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-file-types"), QStringLiteral("nope"),
                   QStringLiteral("pdf")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("set-file-types"), eservice,
                   QStringLiteral("default")})
                  .exitCode,
              0);
    listed = ctl({QStringLiteral("eservice"), QStringLiteral("list"), QStringLiteral("--json")});
    row = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("fileTypes")).toArray().size(), 8);
    EXPECT_EQ(ctl({QStringLiteral("eservice"), QStringLiteral("--help")}).exitCode, 0);
}

TEST_P(RetentionCtlTest, PurgeDryRunListsAndChangesNothingThenTheRunPurges)
{
    closedCase();
    const CtlRun dry = ctl({QStringLiteral("purge"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.out, QStringLiteral("CD-2024-000001\n"));
    EXPECT_EQ(count(QStringLiteral("cases")), 1);
    EXPECT_EQ(count(QStringLiteral("purge_log")), 0);
    const CtlRun earlier = ctl({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--now"),
                                QDateTime::currentDateTimeUtc().addDays(-20).toString(Qt::ISODate)});
    EXPECT_EQ(earlier.exitCode, 0);
    EXPECT_TRUE(earlier.out.isEmpty()) << earlier.out.toStdString();

    EXPECT_EQ(ctl({QStringLiteral("purge"), QStringLiteral("--now"), QStringLiteral("2999-01-01T00:00:00Z")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("purge"), QStringLiteral("--now"), QStringLiteral("yesterday")}).exitCode,
              2);
    EXPECT_EQ(ctl({QStringLiteral("purge"), QStringLiteral("--batch-size"), QStringLiteral("0")}).exitCode,
              2);
    EXPECT_EQ(count(QStringLiteral("cases")), 1);

    const CtlRun run = ctl({QStringLiteral("purge"), QStringLiteral("--batch-size"), QStringLiteral("10")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Purged 1 cases (1 in the log) in ")))
        << run.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("cases")), 0);
    EXPECT_EQ(count(QStringLiteral("purge_log")), 1);
    // The owner vacuums PostgreSQL; SQLite gets its checkpoint.
    EXPECT_TRUE(run.out.contains(GetParam() == Backend::Sqlite
                                     ? QStringLiteral("SQLite: ")
                                     : QStringLiteral("VACUUM (ANALYZE) on the case tables")))
        << run.out.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("purge"), QStringLiteral("--help")}).exitCode, 0);
}

// --json: the counts and every note as a stable code with its arguments and English text; the
// notes of the plain output follow the system's language (issue #13 §4).
TEST_P(RetentionCtlTest, PurgeJsonGivesCodesAndThePlainOutputIsTranslated)
{
    closedCase();
    const CtlRun dry = ctl({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    EXPECT_EQ(preview.value(QStringLiteral("dueNow")).toInt(), 1) << dry.out.toStdString();
    EXPECT_EQ(preview.value(QStringLiteral("references")).toArray(),
              QJsonArray{QStringLiteral("CD-2024-000001")});
    EXPECT_EQ(count(QStringLiteral("cases")), 1);

    // An audit retention that is not a number of days: the run says so, as a code.
    ASSERT_TRUE(
        SettingsRepository(db()).set(QStringLiteral("audit.retention_days"), QStringLiteral("soon")).ok());
    const CtlRun run = ctl({QStringLiteral("purge"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("purged")).toInt(), 1) << run.out.toStdString();
    EXPECT_EQ(report.value(QStringLiteral("logged")).toInt(), 1);
    const QJsonArray notes = report.value(QStringLiteral("notes")).toArray();
    ASSERT_GE(notes.size(), 2) << run.out.toStdString();
    const QJsonObject audit = notes.at(0).toObject();
    EXPECT_EQ(audit.value(QStringLiteral("code")).toString(), QStringLiteral("audit_retention_invalid"));
    EXPECT_EQ(audit.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("36500")});
    EXPECT_EQ(audit.value(QStringLiteral("text")).toString(),
              QStringLiteral("audit.retention_days is not a number of days from 1 to 36500; the audit log is "
                             "left as is"));
    const QString storage = notes.at(1).toObject().value(QStringLiteral("code")).toString();
    if (GetParam() == Backend::Sqlite)
        EXPECT_TRUE(storage.startsWith(QStringLiteral("sqlite_"))) << run.out.toStdString();
    else
        EXPECT_EQ(storage, QStringLiteral("postgresql_vacuum")) << run.out.toStdString();

    closedCase();
    QProcessEnvironment swedish = environment();
    swedish.insert(QStringLiteral("LC_ALL"), QStringLiteral("sv_SE.UTF-8"));
    const CtlRun inSwedish = runCtl(withDb({QStringLiteral("purge")}), swedish);
    ASSERT_EQ(inSwedish.exitCode, 0) << inSwedish.err.toStdString();
    EXPECT_TRUE(inSwedish.out.contains(QStringLiteral("audit.retention_days är inte ett antal dagar från 1 "
                                                      "till 36500; granskningsloggen lämnas som den är")))
        << inSwedish.out.toStdString();
    if (GetParam() == Backend::Sqlite) {
        EXPECT_TRUE(inSwedish.out.contains(QStringLiteral("SQLite: "))) << inSwedish.out.toStdString();
        for (const char* english : {"reclaimed", "free inside", "from now on", "incremental vacuum"})
            EXPECT_FALSE(inSwedish.out.contains(QLatin1String(english))) << inSwedish.out.toStdString();
    } else {
        EXPECT_TRUE(inSwedish.out.contains(QStringLiteral("VACUUM (ANALYZE) på ärendetabellerna")))
            << inSwedish.out.toStdString();
    }
}

TEST_P(RetentionCtlTest, ServeRunsOnceOrUntilSigterm)
{
    closedCase();
    EXPECT_EQ(ctl({QStringLiteral("serve"), QStringLiteral("--purge-at"), QStringLiteral("25:00")}).exitCode,
              2);
    const CtlRun once = ctl({QStringLiteral("serve"), QStringLiteral("--once")});
    EXPECT_EQ(once.exitCode, 0) << once.err.toStdString();
    EXPECT_TRUE(once.err.contains(QStringLiteral("retention done: purged 1 cases")))
        << once.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("cases")), 0);

    const auto service =
        startCtl(withDb({QStringLiteral("serve"), QStringLiteral("--purge-at"), QStringLiteral("03:15")}),
                 environment());
    service->setReadChannel(QProcess::StandardError);
    QString log;
    while (!log.contains(QStringLiteral("next runs at")) && service->waitForReadyRead(20000))
        log += QString::fromUtf8(service->readAllStandardError());
    EXPECT_TRUE(log.contains(QStringLiteral("retention daily at 03:15"))) << log.toStdString();
    service->terminate(); // SIGTERM
    ASSERT_TRUE(service->waitForFinished(20000));
    log += QString::fromUtf8(service->readAllStandardError());
    EXPECT_EQ(service->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(service->exitCode(), 0);
    EXPECT_TRUE(log.contains(QStringLiteral("service stopped"))) << log.toStdString();
}

CASEDESK_INSTANTIATE_BACKENDS(RetentionCtlTest);

// The machinery of serve: when tasks run, and that a failure does not stop the service.
namespace {

class CountingTask : public BackgroundTask
{
public:
    QString name() const override { return QStringLiteral("counting"); }
    QDateTime nextRunAfter(const QDateTime& after) override { return after.addMSecs(20); }
    Result<QString> run(const std::atomic_bool&) override
    {
        ++runs;
        if (onRun)
            onRun();
        if (fail)
            return makeError(ErrorCode::Unavailable, ErrorText::verbatim(QStringLiteral("database away")));
        return QStringLiteral("ok");
    }
    int runs = 0;
    bool fail = false;
    std::function<void()> onRun;
};

} // namespace

TEST(BackgroundRunnerTest, RunsTasksOnceOrWhenDueUntilStopped)
{
    std::atomic_bool stop{false};
    BackgroundRunner runner(stop);
    auto owned = std::make_unique<CountingTask>();
    CountingTask* task = owned.get();
    runner.add(std::move(owned));
    EXPECT_FALSE(runner.runAllOnce().has_value());
    EXPECT_EQ(task->runs, 1);

    QEventLoop loop;
    task->onRun = [&]() {
        task->fail = task->runs == 2; // a failure is retried, the loop goes on
        if (task->runs == 4) {
            stop.store(true);
            loop.quit();
        }
    };
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    EXPECT_EQ(task->runs, 4);
    EXPECT_TRUE(stop.load());
    stop.store(false);
    task->onRun = {};
    task->fail = true;
    auto failed = runner.runAllOnce();
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->code, ErrorCode::Unavailable);
}

TEST(DailyScheduleTest, NextRunIsTheNextTimeTheClockReadsTheTimeOfDay)
{
    EXPECT_EQ(parseTimeOfDay(QStringLiteral("02:30")), QTime(2, 30));
    EXPECT_EQ(parseTimeOfDay(QStringLiteral("23:59")), QTime(23, 59));
    for (const char* bad : {"24:00", "2:30", "02:60", "", "0230", "02:30:00"})
        EXPECT_FALSE(parseTimeOfDay(QString::fromLatin1(bad)).isValid()) << bad;

    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Stockholm");
    ::tzset();
    const auto local = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
    };
    EXPECT_EQ(nextDailyRun(local(2026, 6, 10, 1, 0), QTime(2, 30)), local(2026, 6, 10, 2, 30));
    EXPECT_EQ(nextDailyRun(local(2026, 6, 10, 2, 30), QTime(2, 30)), local(2026, 6, 11, 2, 30));
    EXPECT_EQ(nextDailyRun(local(2026, 6, 10, 23, 0), QTime(2, 30)), local(2026, 6, 11, 2, 30));
    // 29 March 2026: 02:00 becomes 03:00, so 02:30 does not exist; it runs within that hour.
    const QDateTime spring = nextDailyRun(local(2026, 3, 28, 12, 0), QTime(2, 30));
    EXPECT_TRUE(spring.isValid());
    EXPECT_GE(spring.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    EXPECT_LE(spring.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    EXPECT_EQ(nextDailyRun(spring, QTime(2, 30)), local(2026, 3, 30, 2, 30));
    // 25 October 2026: 03:00 becomes 02:00, so 02:30 comes twice; the task runs once.
    const QDateTime autumn = nextDailyRun(local(2026, 10, 24, 12, 0), QTime(2, 30));
    EXPECT_EQ(autumn.date(), QDate(2026, 10, 25));
    EXPECT_EQ(nextDailyRun(autumn.addSecs(60), QTime(2, 30)).date(), QDate(2026, 10, 26));

    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    ::tzset();
}
