// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseView.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "NotificationWatcher.h"
#include "PostgresCluster.h"
#include "SampleSubmissions.h"

#include "access/AccessService.h"
#include "admin/AdminService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A freedesktop notification service on the test's session bus (dbus-run-session): what
// CaseDesk's DesktopNotifier talks to on a Linux desktop, answering on a connection of its own,
// so that every call goes through the bus. It records each notification and can "click" one.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
    };

    bool start()
    {
        m_bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakeNotifications"));
        return m_bus.isConnected() &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void stop()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fakeNotifications"));
    }
    // The person clicks notification `id`.
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        m_bus.send(signal);
    }

    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        const uint id = uint(shown.size()) + 1;
        shown << Shown{id, summary, body, actions};
        return id;
    }

private:
    QDBusConnection m_bus{QString()};
};

} // namespace

// Issue #16 §3: desktop notifications through the platform's notification service, observed on
// a real session bus; clicking one opens its case.
class NotificationGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_english;
    NotificationServer m_server;

    // A fresh shared database with one parking case, and caseworkers (login, name) who work
    // it; `url` is the owner's. False, saying why in `error`, when something failed.
    static bool sharedDatabase(const QList<std::pair<QString, QString>>& people, DatabaseUrl& url,
                               QString& reference, QString& error)
    {
        PostgresCluster* cluster = PostgresCluster::shared(&error);
        if (!cluster) {
            error = QStringLiteral("PostgreSQL is required: ") + error;
            return false;
        }
        url = cluster->createDatabase();
        auto owner = Database::open(url);
        if (!owner.ok() || !Migrator(**owner).migrate().ok()) {
            error = QStringLiteral("the database could not be made");
            return false;
        }
        auto receipt = IntakeService(**owner).submit(sampleSubmission(QStringLiteral("pg-shared")));
        if (!receipt.ok()) {
            error = receipt.error().describe();
            return false;
        }
        reference = receipt->reference;
        const AccessService access(**owner);
        for (const auto& [login, name] : people)
            if (!access.addUser(login, QStringLiteral("caseworker"), name, false).ok() ||
                !access.grant(login, QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok()) {
                error = QStringLiteral("could not add ") + login;
                return false;
            }
        return true;
    }

    static DatabaseUrl as(DatabaseUrl url, const QString& login)
    {
        url.user = login;
        return url;
    }

    static QString shownText(const NotificationServer& server)
    {
        QStringList lines;
        for (const auto& s : server.shown)
            lines << s.summary + QStringLiteral(" | ") + s.body;
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_english.load(QStringLiteral(":/i18n/casedesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        // The suite runs under dbus-run-session (scripts/test-all.sh): without a bus this fails.
        QVERIFY2(m_server.start(), "a D-Bus session bus is needed (run the tests under dbus-run-session)");
    }

    void cleanupTestCase()
    {
        m_server.stop();
        PostgresCluster::stopShared();
    }

    void init() { m_server.shown.clear(); }

    void aPortalReplyOnAnAssignedCaseRaisesANotificationThatOpensTheCase()
    {
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(QStringLiteral("notify.db"));
        auto db = Database::open(url);
        QVERIFY(db.ok());
        QVERIFY(Migrator(**db).migrate().ok());
        QStringList refs;
        for (int i = 0; i < 2; ++i) {
            auto receipt = IntakeService(**db).submit(sampleSubmission(QStringLiteral("n-%1").arg(i)));
            QVERIFY(receipt.ok());
            refs << receipt->reference;
        }
        const QString me = (*db)->currentUser();
        QVERIFY(CaseService(**db).assign(refs.at(0), me, std::nullopt).ok()); // taking it: no notification
        FakePrompts prompts;
        DatabaseWorker worker(url);
        MainWindow window(**db, worker, prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(worker.waitForIdle());
        QVERIFY(m_server.shown.isEmpty());

        // The applicant answers on Min sida: on the assigned case, and on the other one.
        auto portal = Database::open(url);
        QVERIFY(portal.ok());
        QVERIFY(PortalService(**portal)
                    .reply(sampleApplicant(), refs.at(0), QStringLiteral("Här är svaret."), {})
                    .ok());
        QVERIFY(PortalService(**portal)
                    .reply(sampleApplicant(), refs.at(1), QStringLiteral("Och här."), {})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.shown.size(), 1, 15000);
        const auto shown = m_server.shown.constFirst();
        QCOMPARE(shown.summary, QStringLiteral("New message from the applicant"));
        QVERIFY2(shown.body.contains(refs.at(0)), qPrintable(shown.body));
        QVERIFY2(!shown.body.contains(QStringLiteral("svaret")), "a notification holds no message text");
        QVERIFY(shown.actions.contains(QStringLiteral("default")));
        // Seen: neither this window nor another desktop shows it again.
        window.notifications()->check();
        QVERIFY(worker.waitForIdle());
        QTest::qWait(200);
        QCOMPARE(m_server.shown.size(), 1);

        // Many at once (back from a holiday): two, and a summary of the rest; all are seen.
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                (*db)
                    ->exec(QStringLiteral("INSERT INTO notifications (recipient, kind, case_id, reference,"
                                          " eservice_id, actor) SELECT ?, 'mention', id, reference,"
                                          " eservice_id, 'kollega' FROM cases WHERE reference = ?"),
                           {me, refs.at(1)})
                    .ok());
        window.notifications()->check();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.shown.size(), 4, 10000);
        QCOMPARE(m_server.shown.at(3).summary, QStringLiteral("3 more notifications"));
        QVERIFY(m_server.shown.at(3).actions.isEmpty()); // it opens no case
        window.notifications()->check();
        QVERIFY(worker.waitForIdle());
        QTest::qWait(200);
        QCOMPARE(m_server.shown.size(), 4);

        // Clicked, it opens the case.
        window.caseView()->showCase(refs.at(1));
        QVERIFY(worker.waitForIdle());
        m_server.click(shown.id);
        QTRY_COMPARE_WITH_TIMEOUT(window.caseView()->detail().summary.reference, refs.at(0), 10000);

        // The assigned case passes its due day: told once, from the database's hourly note.
        QVERIFY(AdminService(**db)
                    .setDeadline(StatusDeadline{QStringLiteral("parkeringstillstand"),
                                                QStringLiteral("submitted"), 1, false})
                    .ok());
        const int before = int(m_server.shown.size());
        window.notifications()->checkOverdue();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_server.shown.size()), before + 1, 10000);
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("A case of yours is overdue"));
        QVERIFY(m_server.shown.last().body.contains(refs.at(0)));
        window.notifications()->checkOverdue();
        QVERIFY(worker.waitForIdle());
        QTest::qWait(200);
        QCOMPARE(int(m_server.shown.size()), before + 1);

        // Assigned by someone else: the assignee is told who did it (on the embedded database the
        // one user is everyone, so the case goes to a colleague and back is not possible; here
        // another login is named as the assignee and its notification is read as theirs).
        QVERIFY(CaseService(**db).assign(refs.at(1), QStringLiteral("kollega"), std::nullopt).ok());
        auto theirs =
            (*db)->exec(QStringLiteral("SELECT kind, actor FROM notifications WHERE recipient = 'kollega'"));
        QVERIFY(theirs.ok() && theirs->next());
        QCOMPARE(theirs->value(0).toString(), QStringLiteral("assigned"));
        QCOMPARE(theirs->value(1).toString(), me);
    }

    // Two people on a shared database: a mention in one's note reaches the other's desktop.
    void aMentionNotifiesTheColleague()
    {
        DatabaseUrl url;
        QString reference;
        QString error;
        QVERIFY2(sharedDatabase(
                     {{QStringLiteral("notify_anna"), QString()}, {QStringLiteral("notify_bert"), QString()}},
                     url, reference, error),
                 qPrintable(error));
        const DatabaseUrl asBert = as(url, QStringLiteral("notify_bert"));
        auto owner = Database::open(url);
        auto anna = Database::open(as(url, QStringLiteral("notify_anna")));
        auto bert = Database::open(asBert);
        QVERIFY(owner.ok() && anna.ok() && bert.ok());

        // Bert's window is open; Anna writes a note naming him.
        FakePrompts prompts;
        DatabaseWorker worker(asBert);
        MainWindow window(**bert, worker, prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(worker.waitForIdle());
        QVERIFY(m_server.shown.isEmpty());
        QVERIFY(MessageService(**anna)
                    .addNote(reference, QStringLiteral("@notify_bert kan du titta på intyget? /@notify_anna"))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.shown.size(), 1, 15000);
        QVERIFY2(m_server.shown.constFirst().summary.contains(QStringLiteral("mentioned you")),
                 qPrintable(shownText(m_server)));
        QVERIFY(m_server.shown.constFirst().body.contains(reference));
        // Anna named herself too: nobody is told of their own note.
        auto hers = (*owner)->exec(
            QStringLiteral("SELECT count(*) FROM notifications WHERE recipient = 'notify_anna'"));
        QVERIFY(hers.ok() && hers->next());
        QCOMPARE(hers->value(0).toInt(), 0);
    }

    // Two people open the same case: each window says the other has it open; closing one
    // removes it from the other's within a beat.
    void twoWindowsOnTheSameCaseShowEachOthersPresence()
    {
        DatabaseUrl url;
        QString reference;
        QString error;
        QVERIFY2(sharedDatabase({{QStringLiteral("presence_anna"), QStringLiteral("Anna Lind")},
                                 {QStringLiteral("presence_bert"), QStringLiteral("Bert Ek")}},
                                url, reference, error),
                 qPrintable(error));
        const DatabaseUrl asAnna = as(url, QStringLiteral("presence_anna"));
        const DatabaseUrl asBert = as(url, QStringLiteral("presence_bert"));
        auto anna = Database::open(asAnna);
        auto bert = Database::open(asBert);
        QVERIFY(anna.ok() && bert.ok());
        FakePrompts prompts;
        DatabaseWorker annasWorker(asAnna);
        DatabaseWorker bertsWorker(asBert);
        auto annasWindow = std::make_unique<MainWindow>(**anna, annasWorker, prompts);
        MainWindow bertsWindow(**bert, bertsWorker, prompts);
        annasWindow->show();
        bertsWindow.show();
        QVERIFY(annasWorker.waitForIdle() && bertsWorker.waitForIdle());
        const auto presence = [](MainWindow& window) {
            return window.caseView()->findChild<QLabel*>(QStringLiteral("casePresence"));
        };
        QVERIFY(presence(bertsWindow) && presence(*annasWindow));

        annasWindow->openCase(reference);
        QVERIFY(annasWorker.waitForIdle());
        QVERIFY(presence(*annasWindow)->isHidden()); // nobody else yet
        bertsWindow.openCase(reference);
        // Bert sees Anna at once (his first beat); Anna sees Bert at her next beat.
        QTRY_VERIFY_WITH_TIMEOUT(presence(bertsWindow)->isVisible(), 5000);
        QCOMPARE(presence(bertsWindow)->accessibleName(), QStringLiteral("Also open by: Anna Lind"));
        QTRY_VERIFY_WITH_TIMEOUT(presence(*annasWindow)->isVisible(), 15000);
        QCOMPARE(presence(*annasWindow)->accessibleName(), QStringLiteral("Also open by: Bert Ek"));

        // Anna closes her window: gone from Bert's at his next beat.
        annasWindow.reset();
        QVERIFY(annasWorker.waitForIdle());
        QTRY_VERIFY_WITH_TIMEOUT(presence(bertsWindow)->isHidden(), 15000);
    }
};

QTEST_MAIN(NotificationGuiTest)
#include "NotificationGuiTest.moc"
