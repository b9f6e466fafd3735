// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Issue #12: long-running programs across a PostgreSQL restart, and failures that say what they
// are. The real casedeskctl against the test cluster, which this program (and only this one)
// stops and starts again on the same port and data folder.
#include "CtlProcess.h"
#include "MailTestSupport.h"
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "SmtpSink.h"

#include "db/Database.h"
#include "intake/IntakeService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

PostgresCluster& cluster()
{
    QString error;
    PostgresCluster* shared = PostgresCluster::shared(&error);
    if (!shared)
        qFatal("PostgreSQL is needed for the connection fault tests: %s", qPrintable(error));
    return *shared;
}

// A restart as an operator does it: every open connection is cut.
void restartServer()
{
    QString error;
    ASSERT_TRUE(cluster().stopServer(&error)) << error.toStdString();
    ASSERT_TRUE(cluster().startServer(&error)) << error.toStdString();
}

// The documented example submission with its own external id: small, valid, one PDF.
QStringList writeSubmissions(const QString& folder, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("fault-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QByteArray content = exampleSubmissionJson(id);
        if (content.isEmpty())
            return {};
        const QString path = folder + QStringLiteral("/%1.json").arg(id);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        files.append(path);
    }
    return files;
}

QString externalIdOf(const QString& file)
{
    return QFileInfo(file).completeBaseName();
}

// What one submit run said about each file. Every file must be named exactly once.
struct SubmitReport
{
    QMap<QString, QString> outcome; // file -> stored, duplicate, not stored, unknown
    QStringList unexplained;        // lines that name a file with anything else
    QStringList duplicatesNamed;

    QSet<QString> files(const QString& kind) const
    {
        QSet<QString> result;
        for (auto it = outcome.begin(); it != outcome.end(); ++it)
            if (it.value() == kind)
                result.insert(it.key());
        return result;
    }
};

SubmitReport parseSubmit(const CtlRun& run, const QStringList& files)
{
    SubmitReport report;
    const QSet<QString> known(files.begin(), files.end());
    const auto classify = [&](const QString& line) {
        const qsizetype colon = line.indexOf(QStringLiteral(".json: "));
        if (colon < 0)
            return;
        const QString file = line.left(colon + 5);
        const QString rest = line.mid(colon + 7);
        if (!known.contains(file))
            return;
        QString kind;
        if (rest.startsWith(QLatin1String("stored as CD-")))
            kind = QStringLiteral("stored");
        else if (rest.startsWith(QLatin1String("duplicate, already stored as CD-")))
            kind = QStringLiteral("duplicate");
        else if (rest.startsWith(QLatin1String("not stored")) &&
                 rest.contains(QLatin1String("connection lost")))
            kind = QStringLiteral("not stored");
        else if (rest.startsWith(QLatin1String("not known whether stored: connection lost")))
            kind = QStringLiteral("unknown");
        if (kind.isEmpty() || report.outcome.contains(file)) {
            report.unexplained.append(line);
            return;
        }
        report.outcome.insert(file, kind);
    };
    for (const QString& line : run.out.split(QLatin1Char('\n')) + run.err.split(QLatin1Char('\n')))
        classify(line);
    return report;
}

QSet<QString> storedExternalIds(Database& db)
{
    QSet<QString> ids;
    auto q = db.exec(QStringLiteral("SELECT external_id FROM cases WHERE external_id LIKE 'fault-%'"));
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().describe().toStdString());
    while (q.ok() && q->next())
        ids.insert(q->value(0).toString());
    return ids;
}

QSet<QString> idsOf(const QSet<QString>& files)
{
    QSet<QString> ids;
    for (const QString& file : files)
        ids.insert(externalIdOf(file));
    return ids;
}

// A running casedeskctl whose stdout and stderr are collected as they come.
class RunningCtl
{
public:
    explicit RunningCtl(const QStringList& arguments)
    {
        m_process.setProcessEnvironment(ctlEnvironment());
        m_process.start(ctlProgram(), arguments);
    }
    ~RunningCtl()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGCONT);
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Reads until `pattern` occurs `count` times in the output, or the deadline passes.
    bool waitFor(const QString& pattern, int count, int timeoutMs, bool inStderr = false)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            collect();
            if ((inStderr ? m_err : m_out).count(pattern) >= count)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    void pause() { ::kill(pid_t(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process.processId()), SIGCONT); }
    void terminate() { ::kill(pid_t(m_process.processId()), SIGTERM); }
    CtlRun finish(int timeoutMs)
    {
        EXPECT_TRUE(m_process.waitForFinished(timeoutMs));
        collect();
        CtlRun run;
        run.crashed =
            m_process.state() != QProcess::NotRunning || m_process.exitStatus() != QProcess::NormalExit;
        run.exitCode = run.crashed ? -1 : m_process.exitCode();
        run.out = m_out;
        run.err = m_err;
        return run;
    }
    const QString& err()
    {
        collect();
        return m_err;
    }

private:
    void collect()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }

    QProcess m_process;
    QString m_out;
    QString m_err;
};

void expectNoEmptyReason(const CtlRun& run)
{
    static const QRegularExpression empty(QStringLiteral(":\\s*$"), QRegularExpression::MultilineOption);
    EXPECT_FALSE(empty.match(run.err).hasMatch()) << run.err.toStdString();
    EXPECT_FALSE(empty.match(run.out).hasMatch()) << run.out.toStdString();
}

class ConnectionFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
    }
    Database& db() { return m_database->db(); }
    QString url() const { return m_database->urlString(); }

    std::unique_ptr<TestDatabase> m_database;
};

} // namespace

// A submit of 400 files across two restarts: the first one it survives (reconnect, retry of the
// batch it was on), at the second it stops with "connection lost" and names every file. The
// database holds exactly what was reported stored; running the same command again (across one
// more restart) stores the rest and reports the others as duplicates.
TEST_F(ConnectionFaultTest, SubmitReconnectsOnceThenStopsNamingEveryFile)
{
    QTemporaryDir folder;
    const QStringList files = writeSubmissions(folder.path(), 400);
    ASSERT_EQ(files.size(), 400);
    const QStringList arguments =
        QStringList{QStringLiteral("--db"), url(), QStringLiteral("submit")} + files;

    CtlRun first;
    {
        RunningCtl submit(arguments);
        // The restart lands between two statements of the run, wherever the process was paused.
        ASSERT_TRUE(submit.waitFor(QStringLiteral(": stored as "), 40, 60000));
        submit.pause();
        restartServer();
        submit.resume();
        ASSERT_TRUE(submit.waitFor(QStringLiteral("reconnected to the database"), 1, 60000, true))
            << submit.err().toStdString();
        ASSERT_TRUE(submit.waitFor(QStringLiteral(": stored as "), 120, 60000));
        submit.pause();
        QString error;
        ASSERT_TRUE(cluster().stopServer(&error)) << error.toStdString();
        submit.resume();
        first = submit.finish(60000);
        ASSERT_TRUE(cluster().startServer(&error)) << error.toStdString();
    }
    EXPECT_EQ(first.exitCode, 1) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("casedeskctl: connection lost")))
        << first.err.toStdString();
    EXPECT_FALSE(first.err.contains(QStringLiteral("refused"))) << first.err.toStdString();
    expectNoEmptyReason(first);
    const SubmitReport report = parseSubmit(first, files);
    EXPECT_TRUE(report.unexplained.isEmpty()) << report.unexplained.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.outcome.size(), files.size()) << first.err.toStdString();
    const QSet<QString> stored = report.files(QStringLiteral("stored"));
    const QSet<QString> duplicates = report.files(QStringLiteral("duplicate"));
    const QSet<QString> notStored = report.files(QStringLiteral("not stored"));
    const QSet<QString> unknown = report.files(QStringLiteral("unknown"));
    EXPECT_GE(stored.size(), 120);
    EXPECT_GT(notStored.size(), 0);
    // Only the files of the batch whose COMMIT was in flight.
    EXPECT_LE(unknown.size(), IntakeService::kMaxBatch);
    // A duplicate in this run can only be a file of the retried batch whose first COMMIT went
    // through.
    EXPECT_LE(duplicates.size(), IntakeService::kMaxBatch);
    const QRegularExpression summary(
        QStringLiteral(
            "^(\\d+) stored, (\\d+) duplicates, 0 refused, (\\d+) not stored \\(connection lost\\)"),
        QRegularExpression::MultilineOption);
    const auto match = summary.match(first.out);
    ASSERT_TRUE(match.hasMatch()) << first.out.right(300).toStdString();
    EXPECT_EQ(match.captured(1).toInt(), stored.size());
    EXPECT_EQ(match.captured(3).toInt(), notStored.size());

    // The database holds exactly the files reported stored (and the one in doubt, if it was).
    ASSERT_TRUE(db().reconnect().ok());
    const QSet<QString> inDatabase = storedExternalIds(db());
    const QSet<QString> reported = idsOf(stored) | idsOf(duplicates);
    EXPECT_TRUE(reported.contains(inDatabase - idsOf(unknown))) << "stored but not reported as stored";
    EXPECT_TRUE(inDatabase.contains(reported)) << "reported as stored but not in the database";
    EXPECT_TRUE((inDatabase & idsOf(notStored)).isEmpty());

    // Again, with one more restart in the middle: everything goes in, the rest are duplicates.
    CtlRun second;
    {
        RunningCtl submit(arguments);
        ASSERT_TRUE(submit.waitFor(QStringLiteral(": duplicate, "), 30, 60000));
        submit.pause();
        restartServer();
        submit.resume();
        second = submit.finish(90000);
    }
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("reconnected to the database")))
        << second.err.toStdString();
    expectNoEmptyReason(second);
    const SubmitReport again = parseSubmit(second, files);
    EXPECT_TRUE(again.unexplained.isEmpty()) << again.unexplained.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(again.files(QStringLiteral("duplicate")) | again.files(QStringLiteral("stored")),
              QSet<QString>(files.begin(), files.end()));
    EXPECT_TRUE(again.files(QStringLiteral("duplicate")).contains(stored));
    EXPECT_TRUE(again.files(QStringLiteral("stored")).contains(notStored));
    ASSERT_TRUE(db().reconnect().ok());
    EXPECT_EQ(storedExternalIds(db()).size(), 400);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases")), 400);
}

// serve across a restart: mail queued before and after it is all delivered soon after the
// server is back, the loss and the recovery are logged once each, and SIGTERM ends it cleanly.
TEST_F(ConnectionFaultTest, ServeReconnectsAndDeliversMailAfterARestart)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    configureSmtp(db(), sink.port());
    for (int i = 0; i < 3; ++i)
        submitSample(db(), QStringLiteral("before-%1").arg(i));
    const qint64 queuedBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox"));
    ASSERT_GE(queuedBefore, 3);

    RunningCtl serve({QStringLiteral("--db"), url(), QStringLiteral("serve"),
                      QStringLiteral("--mail-interval"), QStringLiteral("5")});
    const auto waitForAllSent = [&](qint64 total, int timeoutMs) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL")) ==
                    total &&
                sink.count() >= total)
                return true;
            serve.err(); // keep the pipe drained
            QThread::msleep(200);
        }
        return false;
    };
    ASSERT_TRUE(waitForAllSent(queuedBefore, 30000)) << serve.err().toStdString();

    // Down for longer than a mail interval: serve notices, tries again each interval (saying
    // nothing more), and picks up when the server is back.
    QString error;
    ASSERT_TRUE(cluster().stopServer(&error)) << error.toStdString();
    EXPECT_TRUE(serve.waitFor(QStringLiteral("database connection lost"), 1, 20000, true))
        << serve.err().toStdString();
    QThread::msleep(6000);
    ASSERT_TRUE(cluster().startServer(&error)) << error.toStdString();
    QElapsedTimer sinceBack;
    sinceBack.start();
    ASSERT_TRUE(db().reconnect().ok());
    for (int i = 0; i < 3; ++i)
        submitSample(db(), QStringLiteral("after-%1").arg(i));
    const qint64 queuedAll = scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox"));
    ASSERT_GT(queuedAll, queuedBefore);

    // Within a minute of the server being back (plus a little for the test's own steps).
    EXPECT_TRUE(waitForAllSent(queuedAll, 70000)) << serve.err().toStdString();
    EXPECT_LT(sinceBack.elapsed(), 70000);
    EXPECT_EQ(sink.count(), queuedAll);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")), 0);

    serve.terminate();
    const CtlRun run = serve.finish(30000);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral("database connection lost")), 1) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral(" warning: ")), 1) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral("database connection restored")), 1) << run.err.toStdString();
    EXPECT_LT(run.err.indexOf(QStringLiteral("database connection lost")),
              run.err.indexOf(QStringLiteral("database connection restored")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("background service stopped"))) << run.err.toStdString();
    // The log holds no personal data: not the applicant's personal number, name or address.
    for (const QString& personal : {sampleApplicant(), QStringLiteral("1212"), QStringLiteral("@example")})
        EXPECT_FALSE(run.err.contains(personal)) << personal.toStdString();
}

// --db "" (and an empty CASEDESK_DB) is a usage error, never the embedded database.
TEST_F(ConnectionFaultTest, EmptyDatabaseUrlIsAUsageError)
{
    QTemporaryDir home;
    QProcessEnvironment environment = ctlEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));

    const CtlRun empty = runCtl({QStringLiteral("--db"), QString(), QStringLiteral("list")}, environment);
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("--db is empty"))) << empty.err.toStdString();
    environment.insert(QStringLiteral("CASEDESK_DB"), QString());
    const CtlRun fromEnvironment = runCtl({QStringLiteral("list")}, environment);
    EXPECT_EQ(fromEnvironment.exitCode, 2);
    EXPECT_TRUE(fromEnvironment.err.contains(QStringLiteral("CASEDESK_DB is set but empty")))
        << fromEnvironment.err.toStdString();
    // Nothing was created where the embedded database would live.
    EXPECT_TRUE(
        QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

// A server that is down is "database unavailable", exit 1, whatever else went wrong: one
// invalid file (3) and one the database could not take (1) exit 1, and the good file is not
// reported as refused.
TEST_F(ConnectionFaultTest, ServerDownIsUnavailableAndOutranksInvalidInput)
{
    QTemporaryDir folder;
    const QStringList good = writeSubmissions(folder.path(), 1);
    ASSERT_EQ(good.size(), 1);
    const QString bad = folder.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\": \"casedesk.submission/1\", ");
    badFile.close();
    const QString down =
        QStringLiteral("postgresql://casedesk_test@127.0.0.1:%1/casedesk").arg(SmtpSink::unusedPort());

    const CtlRun alone = runCtl({QStringLiteral("--db"), down, QStringLiteral("submit"), good.first()});
    EXPECT_EQ(alone.exitCode, 1) << alone.err.toStdString();
    EXPECT_TRUE(alone.err.contains(good.first() +
                                   QStringLiteral(": not stored (not attempted): database unavailable")))
        << alone.err.toStdString();
    EXPECT_TRUE(alone.err.contains(QStringLiteral("casedeskctl: database unavailable: cannot open")))
        << alone.err.toStdString();
    expectNoEmptyReason(alone);

    const CtlRun mixed = runCtl({QStringLiteral("--db"), down, QStringLiteral("submit"), bad, good.first()});
    EXPECT_EQ(mixed.exitCode, 1) << mixed.err.toStdString();
    EXPECT_TRUE(mixed.err.contains(bad + QStringLiteral(": "))) << mixed.err.toStdString();
    EXPECT_TRUE(mixed.err.contains(good.first() +
                                   QStringLiteral(": not stored (not attempted): database unavailable")))
        << mixed.err.toStdString();
    EXPECT_TRUE(mixed.out.contains(
        QStringLiteral("0 stored, 0 duplicates, 1 refused, 1 not stored (database unavailable)")))
        << mixed.out.toStdString();
    expectNoEmptyReason(mixed);

    // With the database there, the same pair: the invalid file alone decides (3), the good one
    // is stored.
    const CtlRun up = runCtl({QStringLiteral("--db"), url(), QStringLiteral("submit"), bad, good.first()});
    EXPECT_EQ(up.exitCode, 3) << up.err.toStdString();
    EXPECT_EQ(storedExternalIds(db()), QSet<QString>{externalIdOf(good.first())});
}

// A statement on a connection the server cut (pg_terminate_backend) says what happened, and
// says it again on the next statement, where Qt itself gives no text at all.
TEST_F(ConnectionFaultTest, LostConnectionErrorsAreUnavailableAndNeverEmpty)
{
    auto victim = m_database->openAnother();
    ASSERT_TRUE(victim);
    auto pid = victim->exec(QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(pid.ok() && pid->next());
    const qint64 backend = pid->value(0).toLongLong();
    QString error;
    ASSERT_TRUE(cluster().execAsSuperuser(m_database->url().databaseName,
                                          QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend),
                                          &error))
        << error.toStdString();

    for (int attempt = 0; attempt < 2; ++attempt) {
        auto failed = victim->exec(QStringLiteral("SELECT count(*) FROM cases WHERE id > ?"), {0});
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.error().code, ErrorCode::Unavailable) << failed.error().message().toStdString();
        EXPECT_TRUE(
            failed.error().message().contains(QStringLiteral("the connection to the database was lost")))
            << failed.error().message().toStdString();
        auto plain = victim->exec(QStringLiteral("SELECT 1"));
        ASSERT_FALSE(plain.ok());
        EXPECT_EQ(plain.error().code, ErrorCode::Unavailable);
        EXPECT_FALSE(plain.error().message().trimmed().endsWith(QLatin1Char(':')));
    }
    auto ping = victim->ping();
    ASSERT_FALSE(ping.ok());
    EXPECT_EQ(ping.error().code, ErrorCode::Unavailable);
    EXPECT_FALSE(ping.error().message().isEmpty());
    ASSERT_TRUE(victim->reconnect().ok());
    EXPECT_EQ(scalar(*victim, QStringLiteral("SELECT count(*) FROM cases")), 0);
}

// Qt's messages while it lives, for tests that assert what a program logs.
class MessageCapture
{
public:
    MessageCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&MessageCapture::capture);
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }
    static QStringList messages() { return s_messages; }

private:
    static void capture(QtMsgType, const QMessageLogContext&, const QString& message)
    {
        s_messages << message;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

// Kept statements (execKept, run) of a connection the server cut go without Qt's driver trying
// to DEALLOCATE them on the dead connection (which logs "Unable to free statement"), whether
// they go when one of them fails, when the connection is made again, or with the connection;
// after the reconnect the same SQL is prepared afresh and runs.
TEST_F(ConnectionFaultTest, KeptStatementsOfALostConnectionGoQuietly)
{
    const QString countSql = QStringLiteral("SELECT count(*) FROM cases WHERE id > ?");
    const QString otherSql = QStringLiteral("SELECT count(*) FROM statuses WHERE id <> ?");
    const MessageCapture capture;
    for (int round = 0; round < 2; ++round) {
        auto victim = m_database->openAnother();
        ASSERT_TRUE(victim);
        for (const QString& sql : {countSql, otherSql}) {
            for (int run = 0; run < 2; ++run) {
                auto kept = victim->run(sql, {0});
                ASSERT_TRUE(kept.ok()) << kept.error().describe().toStdString();
                ASSERT_TRUE(kept->next());
            }
        }
        auto pid = victim->exec(QStringLiteral("SELECT pg_backend_pid()"));
        ASSERT_TRUE(pid.ok() && pid->next());
        QString error;
        ASSERT_TRUE(cluster().execAsSuperuser(
            m_database->url().databaseName,
            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid->value(0).toLongLong()), &error))
            << error.toStdString();
        auto failed = victim->run(countSql, {0});
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.error().code, ErrorCode::Unavailable) << failed.error().describe().toStdString();
        if (round == 0) {
            // Made again: the kept statements of the lost connection go, the SQL runs anew.
            ASSERT_TRUE(victim->reconnect().ok());
            for (const QString& sql : {countSql, otherSql}) {
                auto kept = victim->run(sql, {0});
                ASSERT_TRUE(kept.ok()) << kept.error().describe().toStdString();
                ASSERT_TRUE(kept->next());
            }
        }
        // Round 1: the connection goes while lost, with its kept statement of otherSql.
    }
    for (const QString& message : MessageCapture::messages()) {
        EXPECT_FALSE(message.contains(QLatin1String("Unable to free statement"))) << message.toStdString();
        // The connection went with no query of it left behind.
        EXPECT_FALSE(message.contains(QLatin1String("still in use"))) << message.toStdString();
    }
}

// casedeskctl --help: every command's name stands apart from its description, and the exit
// status line gives the one severity order.
TEST_F(ConnectionFaultTest, HelpKeepsNamesApartAndStatesTheSeverityOrder)
{
    const CtlRun help = runCtl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    const QString commands =
        help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    const QStringList lines = commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_GE(lines.size(), 20);
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+)  +[A-Z]\\S"));
    QStringList names;
    for (const QString& text : lines) {
        const auto match = line.match(text);
        EXPECT_TRUE(match.hasMatch()) << text.toStdString();
        names.append(match.captured(1));
    }
    EXPECT_TRUE(names.contains(QStringLiteral("supplement-request")));
    EXPECT_TRUE(names.contains(QStringLiteral("serve")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("the most serious wins: 1 > 5 > 4 > 3")))
        << help.out.toStdString();
}

// watch across a restart: it says it lost the connection, connects again by itself, and shows
// the changes made after that.
TEST_F(ConnectionFaultTest, WatchReconnectsAndShowsLaterChanges)
{
    RunningCtl watch({QStringLiteral("--db"), url(), QStringLiteral("watch"), QStringLiteral("--interval"),
                      QStringLiteral("200")});
    ASSERT_TRUE(watch.waitFor(QStringLiteral("watching changes after"), 1, 30000, true))
        << watch.err().toStdString();
    restartServer();
    ASSERT_TRUE(watch.waitFor(QStringLiteral("connected again"), 1, 30000, true))
        << watch.err().toStdString();
    ASSERT_TRUE(db().reconnect().ok());
    const IntakeReceipt receipt = submitSample(db(), QStringLiteral("watched-after-restart"));
    ASSERT_FALSE(receipt.reference.isEmpty());
    EXPECT_TRUE(watch.waitFor(receipt.reference + QStringLiteral("\tcreated"), 1, 30000))
        << watch.err().toStdString();
    watch.terminate();
    const CtlRun run = watch.finish(30000);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("lost the connection"))) << run.err.toStdString();
    EXPECT_EQ(scalar(db(), QStringLiteral(
                               "SELECT count(*) FROM cases WHERE external_id = 'watched-after-restart'")),
              1);
}
