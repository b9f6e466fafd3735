// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// The real keyring: KeychainSecretStore over QtKeychain and libsecret, against a
// gnome-keyring-daemon this program starts on the session bus it runs under. Never skips:
// without a session bus or gnome-keyring-daemon every test fails and says what is missing.
#include "KeyringDaemon.h"
#include "SecretTestSupport.h"

#include "credentials/BlockingSecretRead.h"
#include "credentials/DatabasePasswordProvider.h"
#include "credentials/KeychainSecretStore.h"
#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace casedesk {
namespace {

using test::DoneAnswer;
using test::KeyringDaemon;
using test::ReadAnswer;

using StringMap = QMap<QString, QString>;

const char* const kChildVariable = "CASEDESK_KEYRING_TEST_CHILD";

// Stops the daemon while the QCoreApplication still exists.
class KeyringEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { KeyringDaemon::stopShared(); }
};
const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new KeyringEnvironment);

// How many unlocked items the Secret Service holds for this service and key, asked over D-Bus
// directly: proves the secret is in the keyring, not anywhere else.
int itemsInKeyring(const QString& service, const QString& key)
{
    qDBusRegisterMetaType<StringMap>();
    QDBusInterface secrets(QStringLiteral("org.freedesktop.secrets"),
                           QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
    const StringMap attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
    const QDBusMessage reply = secrets.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        ADD_FAILURE() << "SearchItems failed: " << reply.errorMessage().toStdString();
        return -1;
    }
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    EXPECT_TRUE(locked.isEmpty());
    return static_cast<int>(unlocked.size());
}

class KeyringIntegrationTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::forceSecretServiceBackend(); }

    void SetUp() override
    {
        QString error;
        m_daemon = KeyringDaemon::shared(&error);
        ASSERT_NE(m_daemon, nullptr) << "Cannot start the keyring for this test: " << error.toStdString();
    }

    Result<std::optional<QString>> read(const QString& key)
    {
        ReadAnswer answer;
        store.read(key, &context, answer.callback());
        if (!answer.wait(20000))
            return makeError(ErrorCode::Internal,
                             ErrorText::verbatim(QStringLiteral("no answer from the keyring within 20 s")));
        return answer.get();
    }
    VoidResult write(const QString& key, const QString& secret)
    {
        DoneAnswer answer;
        store.write(key, secret, &context, answer.callback());
        if (!answer.wait(20000))
            return makeError(ErrorCode::Internal,
                             ErrorText::verbatim(QStringLiteral("no answer from the keyring within 20 s")));
        return answer.get();
    }
    VoidResult remove(const QString& key)
    {
        DoneAnswer answer;
        store.remove(key, &context, answer.callback());
        if (!answer.wait(20000))
            return makeError(ErrorCode::Internal,
                             ErrorText::verbatim(QStringLiteral("no answer from the keyring within 20 s")));
        return answer.get();
    }

    KeychainSecretStore store;
    QObject context;

private:
    KeyringDaemon* m_daemon = nullptr;
};

std::string describe(const Error& error)
{
    return error.describe().toStdString();
}

TEST_F(KeyringIntegrationTest, WritesReadsOverwritesAndRemovesARealSecret)
{
    const QString key = QStringLiteral("db:postgresql://anna@db.kommun.example:5432/casedesk");
    const QString secret = QStringLiteral("Lösenord åäö 🔑 \"quoted\" ;=&");

    const auto missing = read(key);
    ASSERT_TRUE(missing.ok()) << describe(missing.error());
    EXPECT_FALSE(missing.value().has_value());

    const auto written = write(key, secret);
    ASSERT_TRUE(written.ok()) << describe(written.error());
    EXPECT_EQ(itemsInKeyring(secretServiceName(), key), 1);

    const auto found = read(key);
    ASSERT_TRUE(found.ok()) << describe(found.error());
    EXPECT_EQ(found.value(), std::optional<QString>(secret));

    const auto overwritten = write(key, QStringLiteral("nytt"));
    ASSERT_TRUE(overwritten.ok()) << describe(overwritten.error());
    EXPECT_EQ(itemsInKeyring(secretServiceName(), key), 1);
    const auto foundAgain = read(key);
    ASSERT_TRUE(foundAgain.ok()) << describe(foundAgain.error());
    EXPECT_EQ(foundAgain.value(), std::optional<QString>(QStringLiteral("nytt")));

    const auto removed = remove(key);
    ASSERT_TRUE(removed.ok()) << describe(removed.error());
    EXPECT_EQ(itemsInKeyring(secretServiceName(), key), 0);
    const auto gone = read(key);
    ASSERT_TRUE(gone.ok()) << describe(gone.error());
    EXPECT_FALSE(gone.value().has_value());

    const auto removedAgain = remove(key);
    EXPECT_TRUE(removedAgain.ok()) << describe(removedAgain.error());
}

TEST_F(KeyringIntegrationTest, KeysAndServicesAreSeparate)
{
    const QString anna = QStringLiteral("db:postgresql://anna@db.kommun.example:5432/casedesk");
    const QString bertil = QStringLiteral("db:postgresql://bertil@db.kommun.example:5432/casedesk");
    ASSERT_TRUE(write(anna, QStringLiteral("a")).ok());
    ASSERT_TRUE(write(bertil, QStringLiteral("b")).ok());

    KeychainSecretStore otherService(QStringLiteral("CaseDesk-other"));
    ReadAnswer other;
    otherService.read(anna, &context, other.callback());
    ASSERT_TRUE(other.wait(20000));
    ASSERT_TRUE(other.get().ok()) << describe(other.get().error());
    EXPECT_FALSE(other.get().value().has_value());

    EXPECT_EQ(read(anna).value(), std::optional<QString>(QStringLiteral("a")));
    EXPECT_EQ(read(bertil).value(), std::optional<QString>(QStringLiteral("b")));
    ASSERT_TRUE(remove(anna).ok());
    EXPECT_EQ(read(bertil).value(), std::optional<QString>(QStringLiteral("b")));
    ASSERT_TRUE(remove(bertil).ok());
}

TEST_F(KeyringIntegrationTest, CallbacksDieWithTheirContextButTheJobCompletes)
{
    const QString key = QStringLiteral("test:context");
    int calls = 0;
    auto doomed = std::make_unique<QObject>();
    store.write(key, QStringLiteral("written anyway"), doomed.get(),
                [&calls](const VoidResult&) { ++calls; });
    doomed.reset();

    // Requests on one bus connection are answered in order: once this read answers, the write
    // has finished too.
    const auto found = read(key);
    ASSERT_TRUE(found.ok()) << describe(found.error());
    EXPECT_EQ(found.value(), std::optional<QString>(QStringLiteral("written anyway")));
    QTest::qWait(100);
    EXPECT_EQ(calls, 0);
    ASSERT_TRUE(remove(key).ok());
}

TEST_F(KeyringIntegrationTest, RemembersADatabasePasswordAndReadsItBlocking)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna@db.kommun.example/casedesk"));
    ASSERT_TRUE(url.ok());
    DatabasePasswordProvider provider(store);

    DoneAnswer remembered;
    provider.applyRememberChoice(url.value(), QStringLiteral("s3cret"), true, &context,
                                 remembered.callback());
    ASSERT_TRUE(remembered.wait(20000));
    ASSERT_TRUE(remembered.get().ok()) << describe(remembered.get().error());

    ReadAnswer found;
    provider.lookup(url.value(), &context, found.callback());
    ASSERT_TRUE(found.wait(20000));
    ASSERT_TRUE(found.get().ok()) << describe(found.get().error());
    EXPECT_EQ(found.get().value(), std::optional<QString>(QStringLiteral("s3cret")));

    // What casedeskctl would do.
    const auto blocking = readSecretBlocking(store, secretKeyForDatabase(url.value()), 20000);
    ASSERT_TRUE(blocking.ok()) << describe(blocking.error());
    EXPECT_EQ(blocking.value(), std::optional<QString>(QStringLiteral("s3cret")));

    DoneAnswer forgotten;
    provider.applyRememberChoice(url.value(), QString(), false, &context, forgotten.callback());
    ASSERT_TRUE(forgotten.wait(20000));
    ASSERT_TRUE(forgotten.get().ok()) << describe(forgotten.get().error());
    EXPECT_EQ(itemsInKeyring(secretServiceName(), secretKeyForDatabase(url.value())), 0);
}

// Runs in a child copy of this program whose session bus address leads nowhere.
void checkWithoutBus()
{
    using namespace std::chrono_literals;
    test::forceSecretServiceBackend();
    KeychainSecretStore store(secretServiceName(), 300ms);
    QObject context;

    QElapsedTimer clock;
    clock.start();
    DoneAnswer written;
    store.write(QStringLiteral("test:nobus"), QStringLiteral("must not land anywhere"), &context,
                written.callback());
    ASSERT_TRUE(written.wait(20000));
    const qint64 elapsed = clock.elapsed();
    ASSERT_FALSE(written.get().ok());
    EXPECT_EQ(written.get().error().code, ErrorCode::Unavailable);
    EXPECT_EQ(written.get().error().message(), noKeyringError().message());
    EXPECT_GE(elapsed, 300) << "the store should have asked once more after the retry delay";

    ReadAnswer read;
    store.read(QStringLiteral("test:nobus"), &context, read.callback());
    ASSERT_TRUE(read.wait(20000));
    ASSERT_FALSE(read.get().ok());
    EXPECT_EQ(read.get().error().code, ErrorCode::Unavailable);
    EXPECT_EQ(read.get().error().message(), noKeyringError().message());
}

TEST(KeyringWithoutBus, ReportsNoKeyringAndNeverFallsBackToPlainText)
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        checkWithoutBus();
        return;
    }
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus-here")));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    environment.remove(QStringLiteral("DISPLAY"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=KeyringWithoutBus.*"), QStringLiteral("--gtest_brief=1")});
    ASSERT_TRUE(child.waitForFinished(60000)) << "the child did not finish";
    const QString output = QString::fromLocal8Bit(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();

    // No insecure fallback: nothing was written anywhere under the child's HOME (QtKeychain's
    // plain-text store would be a QSettings file there).
    QStringList files;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char(' ')).toStdString();
}

} // namespace
} // namespace casedesk
