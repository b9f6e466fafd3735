// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "LiveTestSupport.h"

#include "access/AccessService.h"
#include "db/TransactionGuard.h"
#include "live/ChangeLogTrimTask.h"
#include "live/ChangeRepository.h"
#include "workflow/CaseService.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

qint64 caseIdOf(Database& db, const QString& reference)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

int versionOf(Database& db, const QString& reference)
{
    auto q = db.exec(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {reference});
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

void exec(Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    ASSERT_TRUE(q.ok()) << q.error().message().toStdString();
}

} // namespace

// The change log on both backends: what writes a row, in whose transaction, and what the row holds.
class ChangeLogTest : public BackendTest
{};

TEST_P(ChangeLogTest, EveryKindOfChangeIsLoggedByTheDatabaseItself)
{
    const QString ref = submitSample(db(), QStringLiteral("log-1"));
    const qint64 id = caseIdOf(db(), ref);
    EXPECT_EQ(changeKinds(db(), ref), QStringList{QStringLiteral("created")});

    const CaseService cases(db());
    ASSERT_TRUE(cases.changeStatus(ref, QStringLiteral("registered"), versionOf(db(), ref), {}).ok());
    ASSERT_TRUE(cases.assign(ref, QStringLiteral("anna"), versionOf(db(), ref)).ok());
    const QString now = QStringLiteral("2026-06-01T10:00:00.000Z");
    exec(db(),
         QStringLiteral("INSERT INTO notes (case_id, author, body, created_at) VALUES (?, 'anna', 'x', ?)"),
         {id, now});
    exec(db(),
         QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at) "
                        "VALUES (?, 'out', 'message', 'anna', 'Hej', ?)"),
         {id, now});
    exec(db(), QStringLiteral("UPDATE messages SET read_at = ? WHERE case_id = ?"), {now, id});
    for (const char* kind : {"decision_recorded", "supplement_requested", "status_changed", "reopened"})
        exec(db(),
             QStringLiteral(
                 "INSERT INTO case_events (case_id, occurred_at, actor, kind) VALUES (?, ?, 'anna', ?)"),
             {id, now, QString::fromLatin1(kind)});
    EXPECT_EQ(
        changeKinds(db(), ref),
        (QStringList{QStringLiteral("created"), QStringLiteral("status"), QStringLiteral("assigned"),
                     QStringLiteral("note"), QStringLiteral("message"), QStringLiteral("message"),
                     QStringLiteral("decision"), QStringLiteral("supplement"), QStringLiteral("updated")}))
        << "status_changed is the case row's own change; other events are named by their kind";

    exec(db(), QStringLiteral("DELETE FROM cases WHERE id = ?"), {id});
    EXPECT_EQ(changeKinds(db(), ref), QStringList{QStringLiteral("purged")})
        << "a purge leaves only its announcement";
    auto purged = db().exec(
        QStringLiteral(
            "SELECT case_id, eservice_id FROM case_changes WHERE reference = ? AND kind = 'purged'"),
        {ref});
    ASSERT_TRUE(purged.ok() && purged->next());
    EXPECT_EQ(purged->value(0).toLongLong(), id);
    EXPECT_EQ(purged->value(1).toString(), QStringLiteral("parkeringstillstand"));
}

TEST_P(ChangeLogTest, ARolledBackChangeLeavesNoRow)
{
    const QString ref = submitSample(db(), QStringLiteral("log-2"));
    {
        TransactionGuard transaction(db());
        ASSERT_TRUE(transaction.begun().ok());
        exec(db(), QStringLiteral("UPDATE cases SET assignee = 'someone' WHERE reference = ?"), {ref});
        // no commit: the guard rolls back
    }
    EXPECT_EQ(changeKinds(db(), ref), QStringList{QStringLiteral("created")});
}

TEST_P(ChangeLogTest, RowsHoldNoPersonalData)
{
    const QString sql =
        db().dialect() == Dialect::Sqlite
            ? QStringLiteral("SELECT name FROM pragma_table_info('case_changes') ORDER BY name")
            : QStringLiteral("SELECT column_name FROM information_schema.columns "
                             "WHERE table_name = 'case_changes' ORDER BY column_name");
    auto q = db().exec(sql);
    ASSERT_TRUE(q.ok());
    QStringList columns;
    while (q->next())
        columns << q->value(0).toString();
    EXPECT_EQ(columns, (QStringList{QStringLiteral("case_id"), QStringLiteral("changed_at"),
                                    QStringLiteral("eservice_id"), QStringLiteral("kind"),
                                    QStringLiteral("reference"), QStringLiteral("seq")}));
}

TEST_P(ChangeLogTest, TrimmingRemovesOnlyOldRowsAndNumbersAreNeverReused)
{
    const QString oldRef = submitSample(db(), QStringLiteral("log-3"));
    const QString newRef = submitSample(db(), QStringLiteral("log-4"));
    exec(db(), QStringLiteral("UPDATE case_changes SET changed_at = ? WHERE reference = ?"),
         {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-2)), oldRef});
    const std::atomic_bool stop{false};
    auto removed = ChangeLogTrimTask(db()).trim(QDateTime::currentDateTimeUtc(), stop);
    ASSERT_TRUE(removed.ok()) << removed.error().message().toStdString();
    EXPECT_EQ(*removed, 1);
    EXPECT_TRUE(changeKinds(db(), oldRef).isEmpty());
    EXPECT_EQ(changeKinds(db(), newRef), QStringList{QStringLiteral("created")});

    auto latest = ChangeRepository(db()).latestSeq();
    ASSERT_TRUE(latest.ok());
    // Everything trimmed: the next change still gets a larger number than any before.
    exec(db(), QStringLiteral("UPDATE case_changes SET changed_at = ?"),
         {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-2))});
    ASSERT_TRUE(ChangeLogTrimTask(db()).trim(QDateTime::currentDateTimeUtc(), stop).ok());
    EXPECT_EQ(*ChangeRepository(db()).latestSeq(), 0);
    const QString later = submitSample(db(), QStringLiteral("log-5"));
    auto after = ChangeRepository(db()).after(0, 10);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().reference, later);
    EXPECT_GT(after->first().seq, *latest);
}

CASEDESK_INSTANTIATE_BACKENDS(ChangeLogTest);

// Who may read and write the log on PostgreSQL (AccessControlTest style: repositories and raw
// SQL as each role).
class ChangeLogAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_prefix = QStringLiteral("lv%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
        Database& owner = m_database->db();
        m_parkingRef = submitSample(owner, QStringLiteral("acc-1"));
        m_schoolRef = submitSample(owner, QStringLiteral("acc-2"), QStringLiteral("skolskjuts"));
        const AccessService access(owner);
        ASSERT_TRUE(access.addUser(user("cw"), QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("rd"), QStringLiteral("reader"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("admin"), QStringLiteral("admin"), QString(), false).ok());
        ASSERT_TRUE(
            access.grant(user("cw"), QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(user("rd"), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
    }

    QString user(const char* name) const { return m_prefix + QString::fromLatin1(name); }

    std::unique_ptr<Database> as(const QString& login) { return m_database->openAs(login); }

    QString m_prefix;
    std::unique_ptr<TestDatabase> m_database;
    QString m_parkingRef;
    QString m_schoolRef;
};

TEST_F(ChangeLogAccessTest, EachRoleReadsTheChangesOfTheEServicesItMayRead)
{
    auto cw = as(user("cw"));
    auto rd = as(user("rd"));
    auto admin = as(user("admin"));
    ASSERT_TRUE(cw && rd && admin);
    EXPECT_EQ(changeKinds(*cw, m_parkingRef), QStringList{QStringLiteral("created")});
    EXPECT_TRUE(changeKinds(*cw, m_schoolRef).isEmpty());
    EXPECT_TRUE(changeKinds(*rd, m_parkingRef).isEmpty());
    EXPECT_EQ(changeKinds(*rd, m_schoolRef), QStringList{QStringLiteral("created")});
    EXPECT_EQ(changeKinds(*admin, m_schoolRef), QStringList{QStringLiteral("created")});

    // A purged case: its row stays readable for those who could read its e-service.
    Database& owner = m_database->db();
    exec(owner, QStringLiteral("DELETE FROM cases WHERE reference = ?"), {m_parkingRef});
    EXPECT_EQ(changeKinds(*cw, m_parkingRef), QStringList{QStringLiteral("purged")});
    EXPECT_TRUE(changeKinds(*rd, m_parkingRef).isEmpty());
    auto visible = ChangeRepository(*rd).after(0, 100);
    ASSERT_TRUE(visible.ok());
    for (const CaseChange& change : *visible)
        EXPECT_EQ(change.eserviceId, QStringLiteral("skolskjuts"));
}

TEST_F(ChangeLogAccessTest, NobodyWritesTheLogButTheTriggersAndOnlyServiceOrAdminTrims)
{
    auto cw = as(user("cw"));
    auto admin = as(user("admin"));
    ASSERT_TRUE(cw && admin);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO case_changes (case_id, reference, eservice_id, kind) "
                         "VALUES (1, 'CD-2026-999999', 'parkeringstillstand', 'status')"),
          QStringLiteral("DELETE FROM case_changes"),
          QStringLiteral("UPDATE case_changes SET kind = 'status'")}) {
        auto q = cw->exec(sql);
        ASSERT_FALSE(q.ok()) << sql.toStdString();
        EXPECT_EQ(q.error().code, ErrorCode::PermissionDenied) << sql.toStdString();
        auto asAdmin = admin->exec(sql);
        ASSERT_FALSE(asAdmin.ok()) << sql.toStdString();
        EXPECT_EQ(asAdmin.error().code, ErrorCode::PermissionDenied) << sql.toStdString();
    }
    const QDateTime future = QDateTime::currentDateTimeUtc().addDays(1);
    auto denied = ChangeRepository(*cw).trim(future, 100);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(changeKinds(m_database->db(), m_parkingRef).size(), 1);

    // The caseworker's own work is logged even though they cannot write the log.
    ASSERT_TRUE(CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("registered"), 1, {}).ok());
    EXPECT_EQ(changeKinds(*cw, m_parkingRef),
              (QStringList{QStringLiteral("created"), QStringLiteral("status")}));

    auto trimmed = ChangeRepository(*admin).trim(future, 100);
    ASSERT_TRUE(trimmed.ok()) << trimmed.error().message().toStdString();
    EXPECT_EQ(*trimmed, 3);
}
