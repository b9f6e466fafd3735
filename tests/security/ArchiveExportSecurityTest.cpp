// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "admin/AdminService.h"
#include "documents/CaseExport.h"
#include "retention/RetentionService.h"

#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

// The records (migration 0038), attacked as raw SQL by each role: an export is recorded only by
// its maker, now, on a case they may read in full, and never changed or removed afterwards; only
// administrators choose "archive before purge"; and a case waiting for its export stays, even
// against a DELETE written by hand.
namespace {

const QString kRecord =
    QStringLiteral("INSERT INTO case_archive_exports (case_id, exported_by, mets_sha256) VALUES (?, ?, ?)");
const QString kSha = QString(64, QLatin1Char('a'));

} // namespace

TEST_F(SecurityTest, AnArchiveExportIsRecordedByItsMakerNowAndNeverChanged)
{
    const qint64 parking = caseId(m_parkingRef);
    const qint64 school = caseId(m_schoolRef);
    const qint64 hidden = caseId(m_protectedRef);
    auto cw = as("cw");
    auto rd = as("rd");
    auto admin = as("admin");
    auto service = as("service");
    auto portal = as("portal");
    ASSERT_TRUE(cw && rd && admin && service && portal);

    EXPECT_TRUE(attempt(*cw, kRecord, {parking, login("cw"), kSha}));
    // In another's name, on a case the person may not read, or on a protected case without the
    // right: refused.
    EXPECT_FALSE(attempt(*cw, kRecord, {parking, login("admin"), kSha}));
    EXPECT_FALSE(attempt(*cw, kRecord, {hidden, login("cw"), kSha}));
    EXPECT_FALSE(attempt(*rd, kRecord, {parking, login("rd"), kSha})); // readers record nothing
    EXPECT_FALSE(attempt(*portal, kRecord, {parking, login("portal"), kSha}));
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT count(*) FROM case_archive_exports")));
    EXPECT_TRUE(attempt(*admin, kRecord, {hidden, login("admin"), kSha}));
    EXPECT_TRUE(attempt(*service, kRecord, {school, login("service"), kSha}));
    // Not a checksum: refused by the table.
    EXPECT_FALSE(attempt(*cw, kRecord, {parking, login("cw"), QStringLiteral("'; DROP TABLE cases; --")}));
    // A time of one's own choosing: no column right, and the database's clock wins anyway.
    EXPECT_FALSE(attempt(*cw,
                         QStringLiteral("INSERT INTO case_archive_exports (case_id, exported_by, exported_at,"
                                        " mets_sha256) VALUES (?, ?, now() + interval '10 years', ?)"),
                         {parking, login("cw"), kSha}));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM case_archive_exports WHERE exported_at > now()")), 0);
    // Never changed or removed, by anyone but the purge of the case itself.
    for (const char* role : {"cw", "admin", "service"}) {
        auto db = as(role);
        EXPECT_FALSE(attempt(
            *db, QStringLiteral("UPDATE case_archive_exports SET exported_at = now() + interval '1 year'")))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE case_archive_exports SET mets_sha256 = ?"), {kSha}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM case_archive_exports"))) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_archive_exports")), 3);
    // Each sees the exports of the cases they read: the caseworker not the protected case's.
    auto seen = cw->exec(QStringLiteral("SELECT count(*) FROM case_archive_exports"));
    ASSERT_TRUE(seen.ok() && seen->next());
    EXPECT_EQ(seen->value(0).toInt(), 2);
    auto readerSees = rd->exec(QStringLiteral("SELECT count(*) FROM case_archive_exports"));
    ASSERT_TRUE(readerSees.ok() && readerSees->next());
    EXPECT_EQ(readerSees->value(0).toInt(), 1);
}

TEST_F(SecurityTest, OnlyAdministratorsChooseArchiveBeforePurge)
{
    for (const char* role : {"cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE eservices SET archive_before_purge = true")))
            << role;
        EXPECT_FALSE(
            AdminService(*db).setArchiveBeforePurge(QStringLiteral("parkeringstillstand"), true).ok())
            << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM eservices WHERE archive_before_purge")), 0);
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    EXPECT_TRUE(AdminService(*admin).setArchiveBeforePurge(QStringLiteral("parkeringstillstand"), true).ok());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM eservices WHERE archive_before_purge")), 1);
}

TEST_F(SecurityTest, ACaseWaitingForItsExportStaysWhoeverDeletesIt)
{
    const qint64 parking = caseId(m_parkingRef);
    ASSERT_TRUE(
        attempt(owner(),
                QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = now() - interval '40 days'"
                               " WHERE id = ?"),
                {parking}));
    ASSERT_TRUE(attempt(owner(),
                        QStringLiteral("UPDATE eservices SET retention_days = 30, archive_before_purge = true"
                                       " WHERE id = 'parkeringstillstand'")));
    auto admin = as("admin");
    auto service = as("service");
    ASSERT_TRUE(admin && service);
    // By hand: the delete guard leaves the case.
    EXPECT_TRUE(attempt(*admin, QStringLiteral("DELETE FROM cases WHERE id = ?"), {parking}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {parking}), 1);
    // An export from before the case was last closed (it was reopened and closed again since)
    // does not count. Only the owner, with the clock trigger off, can write such a row.
    ASSERT_TRUE(attemptTransaction(
        owner(),
        {QStringLiteral("ALTER TABLE case_archive_exports DISABLE TRIGGER case_archive_exports_now"),
         QStringLiteral("INSERT INTO case_archive_exports (case_id, exported_by, exported_at, mets_sha256)"
                        " VALUES (?, 'someone', now() - interval '50 days', ?)"),
         QStringLiteral("ALTER TABLE case_archive_exports ENABLE TRIGGER case_archive_exports_now")},
        {parking, kSha}));
    ASSERT_EQ(
        ownerCount(QStringLiteral(
            "SELECT count(*) FROM case_archive_exports WHERE exported_at < now() - interval '49 days'")),
        1);
    auto purged = RetentionService(*service).purge(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(purged.ok()) << purged.error().describe().toStdString();
    EXPECT_EQ(purged->purged, 0);
    EXPECT_TRUE(attempt(*admin, QStringLiteral("DELETE FROM cases WHERE id = ?"), {parking}));
    EXPECT_TRUE(attempt(*service, QStringLiteral("DELETE FROM cases WHERE id = ?"), {parking}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {parking}), 1);

    // Exported through CaseDesk by the caseworker: now retention takes it.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    QTemporaryDir out;
    auto package = CaseExportService(*cw).exportPackage(m_parkingRef, out.path());
    ASSERT_TRUE(package.ok()) << package.error().describe().toStdString();
    purged = RetentionService(*service).purge(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(purged.ok()) << purged.error().describe().toStdString();
    EXPECT_EQ(purged->purged, 1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {parking}), 0);
}

TEST_F(SecurityTest, AProtectedCaseIsExportedOnlyByThoseAllowedToSeeIt)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    auto refused = CaseExportService(*cw).exportPdf(m_protectedRef, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().code == ErrorCode::PermissionDenied ||
                refused.error().code == ErrorCode::NotFound);
    QTemporaryDir out;
    EXPECT_FALSE(CaseExportService(*cw).exportPackage(m_protectedRef, out.path()).ok());
    EXPECT_TRUE(QDir(out.path()).isEmpty());
    // A case of an e-service the person does not read at all: no case.
    auto reader = as("rd");
    EXPECT_FALSE(CaseExportService(*reader).exportPdf(m_schoolRef, {}).ok());
    // The administrator has the right: exported, and the access is in the audit log.
    auto allowed = CaseExportService(*admin).exportPdf(m_protectedRef, {});
    ASSERT_TRUE(allowed.ok()) << allowed.error().describe().toStdString();
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.exported'"
                                        " AND reference = ? AND actor = ?"),
                         {m_protectedRef, login("admin")}),
              1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.exported'"
                                        " AND actor = ?"),
                         {login("cw")}),
              0);
}
