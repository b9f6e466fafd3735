// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "domain/BuiltInViews.h"
#include "repositories/CaseRepository.h"
#include "views/InboxViews.h"
#include "workflow/CaseMarks.h"

using namespace casedesk;
using namespace casedesk::test;

// A person's own flags, priorities and inbox views (migration 0033), attacked as raw SQL by each
// role: nobody reads or changes another's, a mark needs a case its owner may read, and only an
// administrator publishes a view, which then shows to those who read its e-service.
namespace {

const QString kMark = QStringLiteral("INSERT INTO case_marks (login, case_id, flagged) VALUES (?, ?, true)");
const QString kView = QStringLiteral(
    "INSERT INTO inbox_views (owner, eservice_id, name, definition) VALUES (?, ?, ?, '{\"base\":\"mine\"}')");

} // namespace

TEST_F(SecurityTest, AMarkIsItsOwnersAloneAndNeedsACaseTheyRead)
{
    const qint64 parking = caseId(m_parkingRef);
    const qint64 school = caseId(m_schoolRef);
    auto cw = as("cw");
    auto colleague = as("colleague");
    auto rd = as("rd");
    ASSERT_TRUE(cw && colleague && rd);
    ASSERT_TRUE(attempt(*cw, kMark, {login("cw"), parking}));
    // In someone else's name, or on a case the person may not read: refused.
    EXPECT_FALSE(attempt(*cw, kMark, {login("colleague"), school}));
    EXPECT_FALSE(attempt(*rd, kMark, {login("rd"), school})); // the reader reads parking only
    EXPECT_TRUE(attempt(*rd, kMark, {login("rd"), parking}));
    for (const char* role : {"service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, kMark, {login(role), parking})) << role;
    }
    auto portal = as("portal");
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT count(*) FROM case_marks")));

    // Another's marks: not seen, not changed, not removed.
    auto seen = colleague->exec(QStringLiteral("SELECT count(*) FROM case_marks"));
    ASSERT_TRUE(seen.ok() && seen->next());
    EXPECT_EQ(seen->value(0).toInt(), 0);
    EXPECT_TRUE(
        attempt(*colleague, QStringLiteral("UPDATE case_marks SET flagged = false, high_priority = true")));
    EXPECT_TRUE(attempt(*colleague, QStringLiteral("DELETE FROM case_marks")));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM case_marks WHERE flagged AND NOT high_priority")), 2);
    // A mark's owner and case never change; a mark with neither flag nor priority is no mark.
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE case_marks SET login = ?"), {login("colleague")}));
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE case_marks SET case_id = ?"), {school}));
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE case_marks SET flagged = false")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_marks WHERE login = ? AND case_id = ?"),
                         {login("cw"), parking}),
              1);

    // What each is shown in the list: their own marks only.
    auto cwRows = CaseRepository(*cw).list(queryForView(SavedView::Flagged, login("cw")));
    ASSERT_TRUE(cwRows.ok());
    ASSERT_EQ(cwRows->size(), 1);
    EXPECT_TRUE(cwRows->constFirst().flagged);
    auto theirs = CaseRepository(*colleague).list(queryForView(SavedView::Flagged, login("colleague")));
    ASSERT_TRUE(theirs.ok());
    EXPECT_TRUE(theirs->isEmpty());
    // Asking for another's flags names them in vain: the database shows none of them.
    auto asked = CaseRepository(*colleague).list(queryForView(SavedView::Flagged, login("cw")));
    ASSERT_TRUE(asked.ok());
    EXPECT_TRUE(asked->isEmpty());
    auto all = CaseRepository(*colleague).list(queryForView(SavedView::AllOpen, login("colleague")));
    ASSERT_TRUE(all.ok());
    for (const CaseSummary& row : *all)
        EXPECT_FALSE(row.flagged) << row.reference.toStdString();

    // Through CaseDesk's service: a case the reader may not read is "no case".
    EXPECT_FALSE(CaseMarkService(*rd).setFlagged(m_schoolRef, true).ok());
    EXPECT_TRUE(CaseMarkService(*colleague).setHighPriority(m_parkingRef, true).ok());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_marks WHERE login = ? AND high_priority"),
                         {login("colleague")}),
              1);
}

TEST_F(SecurityTest, AViewIsItsOwnersOrPublishedByAnAdministrator)
{
    auto cw = as("cw");
    auto colleague = as("colleague");
    auto rd = as("rd");
    auto admin = as("admin");
    ASSERT_TRUE(cw && colleague && rd && admin);
    ASSERT_TRUE(attempt(*cw, kView, {login("cw"), QVariant(), QStringLiteral("Mina")}));
    // In another's name, published, or claiming another made it: refused.
    EXPECT_FALSE(attempt(*cw, kView, {login("colleague"), QVariant(), QStringLiteral("Deras")}));
    EXPECT_FALSE(
        attempt(*cw, kView, {QVariant(), QStringLiteral("parkeringstillstand"), QStringLiteral("Alla")}));
    EXPECT_FALSE(attempt(*cw,
                         QStringLiteral("INSERT INTO inbox_views (owner, name, definition, created_by)"
                                        " VALUES (?, 'X', '{}', ?)"),
                         {login("cw"), login("admin")}));
    for (const char* role : {"service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT count(*) FROM inbox_views"))) << role;
        EXPECT_FALSE(attempt(*db, kView, {login(role), QVariant(), QStringLiteral("V")})) << role;
    }
    // Hostile names and definitions are refused by the table.
    for (const QString& name :
         {QString(), QStringLiteral(" padded "), QStringLiteral("two\nlines"), QString(61, QLatin1Char('x'))})
        EXPECT_FALSE(attempt(*cw, kView, {login("cw"), QVariant(), name})) << name.toStdString();
    EXPECT_FALSE(attempt(
        *cw, QStringLiteral("INSERT INTO inbox_views (owner, name, definition) VALUES (?, 'L', ?::jsonb)"),
        {login("cw"), QStringLiteral("[1, 2]")}));
    EXPECT_FALSE(attempt(
        *cw, QStringLiteral("INSERT INTO inbox_views (owner, name, definition) VALUES (?, 'L', ?::jsonb)"),
        {login("cw"), QStringLiteral("{\"search\": \"%1\"}").arg(QString(5000, QLatin1Char('a')))}));
    // The same name twice, in another case: refused.
    EXPECT_FALSE(attempt(*cw, kView, {login("cw"), QVariant(), QStringLiteral("MINA")}));

    // Another's view: not seen, not changed, not removed; one's own keeps whose it is.
    auto seen = colleague->exec(QStringLiteral("SELECT count(*) FROM inbox_views"));
    ASSERT_TRUE(seen.ok() && seen->next());
    EXPECT_EQ(seen->value(0).toInt(), 0);
    EXPECT_TRUE(attempt(*colleague, QStringLiteral("UPDATE inbox_views SET name = 'Stulen'")));
    EXPECT_TRUE(attempt(*colleague, QStringLiteral("DELETE FROM inbox_views")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM inbox_views WHERE name = 'Mina'")), 1);
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE inbox_views SET owner = ?"), {login("colleague")}));
    EXPECT_FALSE(attempt(
        *cw, QStringLiteral("UPDATE inbox_views SET owner = NULL, eservice_id = 'parkeringstillstand'")));

    // Published by the administrator: shown to whoever reads the e-service, changed by nobody else.
    ASSERT_TRUE(
        attempt(*admin, kView, {QVariant(), QStringLiteral("skolskjuts"), QStringLiteral("Skolans")}));
    const auto visible = [](Database& db) {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM inbox_views WHERE owner IS NULL"));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    EXPECT_EQ(visible(*cw), 1); // reads the school e-service
    EXPECT_EQ(visible(*rd), 0); // does not
    EXPECT_TRUE(attempt(*cw, QStringLiteral("UPDATE inbox_views SET name = 'Min nu' WHERE owner IS NULL")));
    EXPECT_TRUE(attempt(*cw, QStringLiteral("DELETE FROM inbox_views WHERE owner IS NULL")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM inbox_views WHERE name = 'Skolans'")), 1);

    // Through CaseDesk's service: a caseworker cannot publish; an administrator can, audited.
    auto own = InboxViewService(*cw).list();
    ASSERT_TRUE(own.ok());
    ASSERT_EQ(own->size(), 2); // "Mina" and the published one
    const qint64 mine = own->constFirst().row.id;
    EXPECT_FALSE(InboxViewService(*cw).publish(mine, QStringLiteral("parkeringstillstand")).ok());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM inbox_views WHERE owner IS NULL")), 1);
    auto adminsOwn = InboxViewService(*admin).create(QStringLiteral("Brådskande"), InboxViewDefinition{});
    ASSERT_TRUE(adminsOwn.ok()) << adminsOwn.error().describe().toStdString();
    auto published = InboxViewService(*admin).publish(*adminsOwn, QStringLiteral("parkeringstillstand"));
    ASSERT_TRUE(published.ok()) << published.error().describe().toStdString();
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'admin.view_published'")),
        1);
    auto readers = InboxViewService(*rd).list();
    ASSERT_TRUE(readers.ok());
    ASSERT_EQ(readers->size(), 1);
    EXPECT_EQ(readers->constFirst().row.name, QStringLiteral("Brådskande"));
    EXPECT_EQ(readers->constFirst().definition.eserviceId, QStringLiteral("parkeringstillstand"));
    EXPECT_FALSE(InboxViewService(*rd).remove(*published).ok());
    EXPECT_FALSE(InboxViewService(*rd).rename(*published, QStringLiteral("Mitt")).ok());
}
