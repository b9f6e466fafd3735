// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseStoreConsistency.h"
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int kProcesses = 20;

} // namespace

// Twenty casedeskctl processes at once on one database, as an operator's scripts and the portal
// run them: notes all land, exactly one of twenty set-status --expect-version wins (the others
// exit 4, Conflict), set-status without a version never conflicts, and twenty copies of one
// submission store one case with nineteen "duplicate" answers, exit 0.
class ConcurrentCtlTest : public BackendTest
{
protected:
    void TearDown() override
    {
        EXPECT_EQ(caseStoreProblems(db()), QStringList());
        BackendTest::TearDown();
    }

    QString writeSubmission(const QString& name, const QString& externalId)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        const QByteArray json = exampleSubmissionJson(externalId);
        EXPECT_FALSE(json.isEmpty());
        file.write(json);
        return path;
    }

    qint64 count(const QString& sql, const QVariantList& values = {})
    {
        auto q = db().exec(sql, values);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString storeOne()
    {
        const CtlRun run = runCtlOn(
            testDatabase().urlString(),
            {QStringLiteral("submit"), writeSubmission(QStringLiteral("one.json"), QStringLiteral("ctl-1"))});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        auto q = db().exec(QStringLiteral("SELECT reference FROM cases WHERE external_id = 'ctl-1'"));
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    }

    QTemporaryDir m_files;
};

TEST_P(ConcurrentCtlTest, TwentyNoteProcessesOnOneCaseAllLand)
{
    const QString reference = storeOne();
    ASSERT_FALSE(reference.isEmpty());
    QList<QStringList> runs;
    for (int i = 0; i < kProcesses; ++i)
        runs << QStringList{QStringLiteral("note"), reference, QStringLiteral("--text"),
                            QStringLiteral("Anteckning %1").arg(i)};
    const std::vector<CtlRun> results = runCtlConcurrently(testDatabase().urlString(), runs);
    for (const CtlRun& r : results)
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(DISTINCT n.body) FROM notes n JOIN cases c ON c.id = n.case_id"
                             " WHERE c.reference = ?"),
              {reference}),
        kProcesses);
}

TEST_P(ConcurrentCtlTest, TwentySetStatusProcessesWithAndWithoutAnExpectedVersion)
{
    const QString reference = storeOne();
    ASSERT_FALSE(reference.isEmpty());
    const qint64 version =
        count(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {reference});

    QList<QStringList> raced;
    for (int i = 0; i < kProcesses; ++i)
        raced << QStringList{QStringLiteral("set-status"), reference, QStringLiteral("registered"),
                             QStringLiteral("--expect-version"), QString::number(version)};
    int won = 0;
    for (const CtlRun& r : runCtlConcurrently(testDatabase().urlString(), raced)) {
        EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 4) << r.exitCode << r.err.toStdString();
        won += r.exitCode == 0 ? 1 : 0;
    }
    EXPECT_EQ(won, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
                                   " WHERE c.reference = ? AND e.kind = 'status_changed'"),
                    {reference}),
              1);

    // Without a version: registered -> in_progress <-> ... each applies or is "not allowed", exit 3.
    QList<QStringList> unversioned;
    for (int i = 0; i < kProcesses; ++i)
        unversioned << QStringList{QStringLiteral("set-status"), reference,
                                   i % 2 == 0 ? QStringLiteral("in_progress") : QStringLiteral("registered")};
    int applied = 0;
    for (const CtlRun& r : runCtlConcurrently(testDatabase().urlString(), unversioned)) {
        EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 3) << r.exitCode << r.err.toStdString();
        if (r.exitCode == 3) {
            EXPECT_TRUE(r.err.contains(QStringLiteral(" cannot move to "))) << r.err.toStdString();
        }
        applied += r.exitCode == 0 ? 1 : 0;
    }
    EXPECT_GE(applied, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
                                   " WHERE c.reference = ? AND e.kind = 'status_changed'"),
                    {reference}),
              1 + applied);
    EXPECT_EQ(count(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {reference}),
              version + 1 + applied);
}

TEST_P(ConcurrentCtlTest, TwentySubmitProcessesOfOneFileStoreOneCase)
{
    const QString copy = writeSubmission(QStringLiteral("copy.json"), QStringLiteral("ctl-copy"));
    QList<QStringList> runs;
    for (int i = 0; i < kProcesses; ++i)
        runs << QStringList{QStringLiteral("submit"), copy};
    int stored = 0;
    int duplicates = 0;
    for (const CtlRun& r : runCtlConcurrently(testDatabase().urlString(), runs)) {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        stored += r.linesContaining(QStringLiteral(": stored as "));
        duplicates += r.linesContaining(QStringLiteral(": duplicate, already stored as "));
    }
    EXPECT_EQ(stored, 1);
    EXPECT_EQ(duplicates, kProcesses - 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases")), 1);

    // Twenty first submissions to an e-service nobody has seen: all twenty go in.
    QList<QStringList> firsts;
    for (int i = 0; i < kProcesses; ++i) {
        const QString path =
            writeSubmission(QStringLiteral("new-%1.json").arg(i), QStringLiteral("ctl-new-%1").arg(i));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        QByteArray json = file.readAll().replace("\"parkeringstillstand\"", "\"ny-e-tjanst\"");
        file.resize(0);
        file.write(json);
        firsts << QStringList{QStringLiteral("submit"), path};
    }
    for (const CtlRun& r : runCtlConcurrently(testDatabase().urlString(), firsts))
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM cases WHERE eservice_id = 'ny-e-tjanst'")),
              kProcesses);
}

CASEDESK_INSTANTIATE_BACKENDS(ConcurrentCtlTest);
