// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseStoreConsistency.h"
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "demo/DemoDataGenerator.h"
#include "demo/DemoRunRecord.h"
#include "intake/IntakeService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace casedesk;
using namespace casedesk::test;

namespace {

void killHard(QProcess& process)
{
    ::kill(pid_t(process.processId()), SIGKILL); // kill -9: no handler, no clean-up
    process.waitForFinished(10'000);
}

// Every demo case's content in one order that does not depend on ids: what an uninterrupted
// run and an interrupted, completed one must both have made.
QStringList demoContent(const Database& db)
{
    // clang-format off
    const char* const queries[] = {
        "SELECT reference, external_id, eservice_id, status_id, coalesce(assignee, ''), applicant_name,"
        " coalesce(applicant_personal_number, ''), coalesce(applicant_email, ''), submitted_at, updated_at,"
        " coalesce(closed_at, submitted_at), signature_state, version, needs_action FROM cases ORDER BY reference",
        "SELECT c.reference, p.page_index, p.title FROM form_pages p JOIN cases c ON c.id = p.case_id ORDER BY 1, 2",
        "SELECT c.reference, f.page_index, f.field_index, f.field_key, f.value_json FROM form_fields f"
        " JOIN cases c ON c.id = f.case_id ORDER BY 1, 2, 3",
        "SELECT c.reference, s.role, s.name, s.signed_at FROM signatures s JOIN cases c ON c.id = s.case_id ORDER BY 1, 2, 3, 4",
        "SELECT c.reference, m.direction, m.author, m.body, m.sent_at, coalesce(m.read_at, m.sent_at) FROM messages m"
        " JOIN cases c ON c.id = m.case_id ORDER BY 1, 5, 2, 4",
        "SELECT c.reference, a.file_name, a.sha256, a.created_at FROM attachments a JOIN cases c ON c.id = a.case_id ORDER BY 1, 2, 3, 4",
        "SELECT c.reference, n.author, n.body, n.created_at FROM notes n JOIN cases c ON c.id = n.case_id ORDER BY 1, 4, 3",
        "SELECT c.reference, e.occurred_at, e.kind, coalesce(e.to_status_id, ''), e.actor FROM case_events e"
        " JOIN cases c ON c.id = e.case_id ORDER BY 1, 2, 3, 4",
    };
    // clang-format on
    QStringList content;
    for (const char* sql : queries) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q.ok()) {
            content << q.error().message();
            continue;
        }
        const int columns = q->record().count();
        while (q->next()) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row << q->value(c).toString();
            content << row.join(QLatin1Char('|'));
        }
    }
    return content;
}

// After a client is killed, PostgreSQL ends its session only when it notices: until then a
// commit the client had sent may still land. Waits until no other session is left, so that what
// the test counts is final (SQLite has no server: what is in the file is final at once).
void waitForKilledSessions(const Database& db)
{
    if (db.dialect() != Dialect::Postgres)
        return;
    const QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        auto q =
            db.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND pid <> pg_backend_pid()"));
        if (q.ok() && q->next() && q->value(0).toInt() == 0)
            return;
        QThread::msleep(20);
    }
    ADD_FAILURE() << "the killed client's PostgreSQL session did not end within 30 s";
}

QByteArray digest(const QStringList& rows)
{
    return QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

// kill -9 in the middle of intake (batches of submissions) and of demo data (issue #12), on both backends:
// what is stored is whole and consistent, and running the same command again completes the work with nothing
// twice and nothing missing.
class KillTest : public BackendTest
{
protected:
    qint64 count(const QString& sql)
    {
        auto q = db().exec(sql);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_files;
};

TEST_P(KillTest, SubmitKilledMidRunLeavesWholeCasesAndARerunStoresTheRest)
{
    constexpr int kFiles = 250;
    QStringList files;
    for (int i = 0; i < kFiles; ++i) {
        const QString path =
            m_files.filePath(QStringLiteral("submission-%1.json").arg(i, 3, 10, QLatin1Char('0')));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(exampleSubmissionJson(QStringLiteral("kill-%1").arg(i)));
        files << path;
    }
    const QStringList submit = QStringList{QStringLiteral("submit")} + files;

    auto process = startCtlOn(testDatabase().urlString(), submit);
    QString out;
    QString err;
    const bool started = waitForOutput(
        *process, out, err,
        [](const QString& o, const QString&) { return o.count(QStringLiteral(": stored as ")) >= 5; },
        QDeadlineTimer(60'000));
    ASSERT_TRUE(started) << "no 5 cases stored: " << out.toStdString() << err.toStdString();
    killHard(*process);
    waitForKilledSessions(db());
    out += QString::fromUtf8(process->readAllStandardOutput());
    ASSERT_EQ(process->exitStatus(), QProcess::CrashExit);
    ASSERT_FALSE(out.contains(QStringLiteral(" stored, "))) << "the run finished before the kill";

    const int reported = int(out.count(QStringLiteral(": stored as ")));
    const qint64 stored = count(QStringLiteral("SELECT count(*) FROM cases"));
    // What was reported stored is stored; at most the batch being committed at the kill is more.
    // Every file is good, so whole batches are stored and the batch the kill hit is not, not
    // even a case of it: the kill came after the first batch was reported, in the middle of a
    // later one.
    constexpr int kBatch = IntakeService::kMaxBatch;
    EXPECT_GE(stored, reported);
    EXPECT_LE(stored, reported + kBatch);
    EXPECT_EQ(stored % kBatch, 0) << stored;
    EXPECT_LT(stored, kFiles);
    EXPECT_EQ(caseStoreProblems(db()), QStringList());

    const CtlRun again = runCtlOn(testDatabase().urlString(), submit);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.linesContaining(QStringLiteral(": duplicate, already stored as ")), stored);
    EXPECT_EQ(again.linesContaining(QStringLiteral(": stored as ")), kFiles - stored);
    EXPECT_TRUE(again.out.contains(
        QStringLiteral("%1 stored, %2 duplicates, 0 refused").arg(kFiles - stored).arg(stored)))
        << again.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases")), kFiles);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(DISTINCT external_id) FROM cases WHERE external_id LIKE 'kill-%'")),
              kFiles);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attachments")),
              kFiles * count(QStringLiteral("SELECT count(*) FROM attachments a JOIN cases c ON c.id = "
                                            "a.case_id WHERE c.external_id = 'kill-0'")));
    EXPECT_EQ(caseStoreProblems(db()), QStringList());
}

// demo-data killed after some batches: whole batches only, consistent; the same command again
// completes it, and the result equals an uninterrupted run of the same seed into another
// database, case by case.
TEST_P(KillTest, DemoDataKilledMidRunIsCompletedByTheSameCommand)
{
    constexpr qint64 kCases = 4000; // ten batches of 400
    const QStringList demo{QStringLiteral("demo-data"), QStringLiteral("--cases"), QString::number(kCases),
                           QStringLiteral("--seed"), QStringLiteral("7")};
    auto process = startCtlOn(testDatabase().urlString(), demo);
    QString out;
    QString err;
    const bool progressed = waitForOutput(
        *process, out, err,
        [](const QString&, const QString& e) {
            return e.contains(QStringLiteral("demo-data: 400 of 4000 cases"));
        },
        QDeadlineTimer(60'000));
    ASSERT_TRUE(progressed) << out.toStdString() << err.toStdString();
    killHard(*process);
    waitForKilledSessions(db());
    ASSERT_EQ(process->exitStatus(), QProcess::CrashExit);

    const qint64 stored =
        count(QStringLiteral("SELECT count(*) FROM cases WHERE external_id LIKE 'demo-7-%'"));
    ASSERT_LT(stored, kCases) << "the run finished before the kill";
    EXPECT_GE(stored, 400);
    EXPECT_EQ(stored % 400, 0) << "a batch is one transaction";
    EXPECT_EQ(count(QStringLiteral("SELECT max(CAST(substr(external_id, 8) AS integer)) FROM cases")), stored)
        << "batches are stored in order";
    EXPECT_EQ(caseStoreProblems(db()), QStringList());
    EXPECT_TRUE(DemoDataGenerator::unfinished(db(), 7).value()); // what a GUI start completes

    const CtlRun rest = runCtlOn(testDatabase().urlString(), demo);
    ASSERT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    EXPECT_TRUE(
        rest.out.contains(QStringLiteral("Completed seed 7: %1 cases were already stored").arg(stored)))
        << rest.out.toStdString();
    EXPECT_TRUE(rest.out.contains(QStringLiteral("Created %1 cases").arg(kCases - stored)))
        << rest.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases")), kCases);
    EXPECT_EQ(caseStoreProblems(db()), QStringList());
    EXPECT_FALSE(DemoDataGenerator::unfinished(db(), 7).value());

    // Complete now: once more adds nothing.
    const CtlRun third = runCtlOn(testDatabase().urlString(), demo);
    EXPECT_EQ(third.exitCode, 4) << third.err.toStdString();
    EXPECT_TRUE(third.err.contains(QStringLiteral("already in the database"))) << third.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases")), kCases);

    // The same seed, uninterrupted, at the moment the interrupted run recorded.
    auto record = demo::DemoRunRecord::load(db(), 7);
    ASSERT_TRUE(record.ok() && record->has_value());
    TestDatabase uninterrupted(GetParam());
    ASSERT_TRUE(uninterrupted.ok());
    DemoDataGenerator generator(uninterrupted.db(), kCases, 7);
    generator.setNow(QDateTime::fromMSecsSinceEpoch((*record)->nowMsecs, Qt::UTC));
    auto report = generator.run();
    ASSERT_TRUE(report.ok()) << report.error().describe().toStdString();

    const QStringList completed = demoContent(db());
    const QStringList whole = demoContent(uninterrupted.db());
    ASSERT_EQ(completed.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        ASSERT_EQ(completed.at(i), whole.at(i)) << "first difference at row " << i;
    EXPECT_EQ(digest(completed), digest(whole));
}

// An interrupted seed is completed only by the same --cases (another number would make other
// cases from the same seed): another size is refused and changes nothing.
TEST_P(KillTest, DemoDataRerunWithAnotherSizeIsRefusedAndChangesNothing)
{
    DemoDataGenerator first(db(), 300, 9);
    first.setBatchSize(100);
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00.000Z"), Qt::ISODateWithMs);
    first.setNow(now);
    ASSERT_TRUE(first.run().ok());
    // As if the run had been killed after its first batch: the last two batches are gone.
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM cases WHERE external_id LIKE 'demo-9-%'"
                                         " AND CAST(substr(external_id, 8) AS integer) > 100"))
                    .ok());
    const QStringList before = demoContent(db());

    auto other = DemoDataGenerator(db(), 500, 9).run();
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(other.error().message().contains(QStringLiteral("--cases 300")))
        << other.error().message().toStdString();
    EXPECT_EQ(demoContent(db()), before);
}

CASEDESK_INSTANTIATE_BACKENDS(KillTest);
