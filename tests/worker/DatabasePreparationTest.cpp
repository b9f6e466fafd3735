// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// The window's start (issue #13 §1): opening, upgrading and filling the database run on a thread
// of their own while the window's thread keeps turning its event loop, and the answer comes back
// on that thread, also when it is an error.
#include "TestDatabase.h"

#include "db/Database.h"
#include "repositories/CaseRepository.h"
#include "worker/DatabasePreparation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Turns the event loop until `done` or 60 s, counting the ticks of a 5 ms timer meanwhile: a
// thread that waited for the database would starve the timer.
struct Turned
{
    bool finished = false;
    int ticks = 0;
};

template <typename Predicate> Turned turnUntil(Predicate done)
{
    Turned turned;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++turned.ticks; });
    tick.start(5);
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    turned.finished = done();
    return turned;
}

} // namespace

TEST(DatabasePreparationTest, MakesAndFillsANewEmbeddedFileWhileTheCallersLoopTurns)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("new.db")));
    ASSERT_TRUE(url.ok());
    PreparationOptions options;
    options.fillDemo = true;
    options.demoCases = 400;

    QObject context;
    BackgroundPreparation preparation;
    std::optional<Result<Session>> answer;
    QThread* answeredOn = nullptr;
    ASSERT_TRUE(preparation.start(*url, options, &context, [&](Result<Session> result) {
        answeredOn = QThread::currentThread();
        answer = std::move(result);
    }));
    EXPECT_FALSE(preparation.start(*url, options, &context, [](Result<Session>) {}))
        << "one preparation at a time";
    const Turned turned = turnUntil([&] { return answer.has_value(); });
    ASSERT_TRUE(turned.finished);
    ASSERT_TRUE(answer->ok()) << answer->error().message().toStdString();
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_GE(turned.ticks, 3) << "the caller's event loop kept turning while the cases were made";
    EXPECT_FALSE((*answer)->currentUser.isEmpty());
    EXPECT_EQ((*answer)->url.sqlitePath, url->sqlitePath);

    auto db = Database::open(*url, OpenMode::ExistingOnly);
    ASSERT_TRUE(db.ok());
    auto count = CaseRepository(**db).count(CaseQuery());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 400);
}

TEST(DatabasePreparationTest, AServerThatDoesNotAnswerIsAnErrorOnTheCallersThread)
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:%1/casedesk").arg(port));
    ASSERT_TRUE(url.ok());

    QObject context;
    BackgroundPreparation preparation;
    std::optional<Result<Session>> answer;
    ASSERT_TRUE(preparation.start(*url, PreparationOptions(), &context,
                                  [&](Result<Session> result) { answer = std::move(result); }));
    ASSERT_TRUE(turnUntil([&] { return answer.has_value(); }).finished);
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().code, ErrorCode::Unavailable) << answer->error().message().toStdString();
}

TEST(DatabasePreparationTest, NoAnswerReachesAContextThatIsGoneAndQuittingWaitsForTheThread)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("gone.db")));
    ASSERT_TRUE(url.ok());
    PreparationOptions options;
    options.fillDemo = true;
    options.demoCases = 200;
    bool answered = false;
    {
        auto context = std::make_unique<QObject>();
        BackgroundPreparation preparation;
        ASSERT_TRUE(
            preparation.start(*url, options, context.get(), [&](Result<Session>) { answered = true; }));
        context.reset(); // the person closed the window
    }                    // the preparation waits for its thread here
    QCoreApplication::processEvents();
    EXPECT_FALSE(answered);
}

TEST(DatabasePreparationTest, ASharedDatabaseIsCheckedNotUpgraded)
{
    TestDatabase shared(Backend::Postgres);
    ASSERT_TRUE(shared.ok());
    auto session = prepareDatabase(shared.url(), PreparationOptions());
    ASSERT_TRUE(session.ok()) << session.error().message().toStdString();
    EXPECT_EQ(session->currentUser, shared.db().currentUser());
    // One migration short: the window refuses to start rather than upgrade the team's database.
    ASSERT_TRUE(shared.db()
                    .exec(QStringLiteral("DELETE FROM schema_version WHERE version = "
                                         "(SELECT max(version) FROM schema_version)"))
                    .ok());
    auto refused = prepareDatabase(shared.url(), PreparationOptions());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QLatin1String("casedeskctl init")))
        << refused.error().message().toStdString();
}
