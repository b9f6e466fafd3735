// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "LiveTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

class WatchCommandTest : public BackendTest
{
protected:
    void startWatch(QProcess& watch, const QStringList& arguments)
    {
        watch.setProcessEnvironment(ctlEnvironment());
        watch.start(ctlProgram(),
                    QStringList{QStringLiteral("--db"), testDatabase().urlString(), QStringLiteral("watch")} +
                        arguments);
        ASSERT_TRUE(watch.waitForStarted(10000));
        ASSERT_TRUE(waitUntil(
            [&] {
                m_err += QString::fromUtf8(watch.readAllStandardError());
                return m_err.contains(QStringLiteral("watching changes after"));
            },
            20000))
            << m_err.toStdString();
    }

    QStringList lines(QProcess& watch)
    {
        m_out += QString::fromUtf8(watch.readAllStandardOutput());
        QStringList complete = m_out.split(QLatin1Char('\n'));
        complete.removeLast(); // an unfinished line
        return complete;
    }

    static void stop(QProcess& watch)
    {
        watch.terminate(); // SIGTERM
        ASSERT_TRUE(watch.waitForFinished(10000));
        EXPECT_EQ(watch.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(watch.exitCode(), 0);
    }

    QString m_out;
    QString m_err;
};

// A script's view: `watch --json` prints the line for a change another process makes, flushed
// at once (the pipe would otherwise hold it), and stops cleanly on SIGTERM.
TEST_P(WatchCommandTest, PrintsAJsonLineForAnotherProcesssChangeAndStopsOnSigterm)
{
    const QString ref = submitSample(db(), QStringLiteral("watch-1"));
    QProcess watch;
    startWatch(watch, {QStringLiteral("--json")});
    const CtlRun moved =
        runCtl(testDatabase(), {QStringLiteral("set-status"), ref, QStringLiteral("registered")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    ASSERT_TRUE(waitUntil([&] { return !lines(watch).isEmpty(); }, liveTargetMs(GetParam()) + 1000))
        << "stderr: " << m_err.toStdString();
    const QStringList printed = lines(watch);
    ASSERT_EQ(printed.size(), 1) << m_out.toStdString();
    QJsonParseError error;
    const QJsonObject line = QJsonDocument::fromJson(printed.first().toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << printed.first().toStdString();
    EXPECT_EQ(line.value(QStringLiteral("reference")).toString(), ref);
    EXPECT_EQ(line.value(QStringLiteral("kind")).toString(), QStringLiteral("status"));
    EXPECT_EQ(line.value(QStringLiteral("eservice")).toString(), QStringLiteral("parkeringstillstand"));
    EXPECT_GT(line.value(QStringLiteral("seq")).toInteger(), 1);
    EXPECT_TRUE(
        QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_EQ(line.keys().size(), 5) << "reference, e-service, kind, seq and time: nothing personal";
    stop(watch);
}

TEST_P(WatchCommandTest, SinceReplaysAsTabSeparatedLines)
{
    const QString first = submitSample(db(), QStringLiteral("watch-2"));
    const QString second = submitSample(db(), QStringLiteral("watch-3"));
    QProcess watch;
    startWatch(watch, {QStringLiteral("--since"), QStringLiteral("0"), QStringLiteral("--interval"),
                       QStringLiteral("200")});
    ASSERT_TRUE(waitUntil([&] { return lines(watch).size() >= 2; }, 10000)) << m_out.toStdString();
    const QStringList printed = lines(watch);
    ASSERT_EQ(printed.size(), 2);
    const QStringList a = printed[0].split(QLatin1Char('\t'));
    const QStringList b = printed[1].split(QLatin1Char('\t'));
    ASSERT_EQ(a.size(), 4);
    ASSERT_EQ(b.size(), 4);
    EXPECT_LT(a[0].toLongLong(), b[0].toLongLong());
    EXPECT_EQ(a[2], first);
    EXPECT_EQ(b[2], second);
    EXPECT_EQ(a[3], QStringLiteral("created"));
    stop(watch);
}

TEST_P(WatchCommandTest, RefusesBadArguments)
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("watch"), QStringLiteral("--since"), QStringLiteral("abc")},
          QStringList{QStringLiteral("watch"), QStringLiteral("--since"), QStringLiteral("-5")},
          QStringList{QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("0")},
          QStringList{QStringLiteral("watch"), QStringLiteral("extra")}}) {
        const CtlRun run = runCtl(testDatabase(), arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                                   << run.err.toStdString();
    }
    const CtlRun help = runCtl(testDatabase(), {QStringLiteral("watch"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--json")));
}

CASEDESK_INSTANTIATE_BACKENDS(WatchCommandTest);
