// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

using namespace casedesk;
using namespace casedesk::test;

// A caller's own objects are never resolved in place of CaseDesk's: PUBLIC may not create
// temporary objects or anything in the schema, and every CaseDesk function pins its
// search_path with pg_temp last (issue #11).

namespace {

struct View
{
    qint64 cases = -1;
    qint64 applicants = -1;
    qint64 protectedApplicants = -1;
    QString role;
    bool operator==(const View&) const = default;
};

View whatTheCallerSees(Database& db)
{
    View v;
    auto q = db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_applicant_names),"
                       " (SELECT count(*) FROM case_applicant_names WHERE name = 'Skyddad Person'), "
                       "casedesk_current_role()"));
    if (q.ok() && q->next())
        v = {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
             q->value(3).toString()};
    return v;
}

} // namespace

TEST_F(SecurityTest, NoRoleCreatesTemporaryObjectsOrObjectsInTheSchema)
{
    for (const char* role : {"admin", "cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("CREATE TEMP TABLE users (login text)"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("CREATE TABLE users_copy (login text)"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("CREATE FUNCTION casedesk_current_role_x() RETURNS text"
                                                 " LANGUAGE sql AS $$ SELECT 'owner' $$")))
            << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("CREATE FUNCTION pg_temp.casedesk_current_role() RETURNS text"
                                        " LANGUAGE sql AS $$ SELECT 'owner' $$")))
            << role;
    }
}

// Even where a DBA has granted TEMPORARY back, a caseworker who shadows every CaseDesk table and
// function with their own sees and may do exactly what they could before.
TEST_F(SecurityTest, ShadowingEveryTableAndFunctionChangesNothing)
{
    ASSERT_TRUE(attempt(
        owner(), QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2")
                     .arg(ownerValue(QStringLiteral("SELECT current_database()")).toString(), login("cw"))));
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const View before = whatTheCallerSees(*cw);
    ASSERT_EQ(before.role, QStringLiteral("caseworker"));
    ASSERT_EQ(before.protectedApplicants, 0);

    QStringList tables;
    auto t = owner().exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                         " ORDER BY 1"));
    ASSERT_TRUE(t.ok());
    while (t->next())
        tables << t->value(0).toString();
    ASSERT_GT(tables.size(), 20);
    QStringList functions;
    auto f =
        owner().exec(QStringLiteral("SELECT DISTINCT proname FROM pg_proc WHERE proname LIKE 'casedesk\\_%'"
                                    " AND pronamespace = current_schema()::regnamespace ORDER BY 1"));
    ASSERT_TRUE(f.ok());
    while (f->next())
        functions << f->value(0).toString();
    ASSERT_GT(functions.size(), 30);

    // The tables the access rules read get rows that would make the caller an owner who sees all.
    ASSERT_TRUE(attempt(*cw, QStringLiteral("CREATE TEMP TABLE users AS SELECT session_user::text AS login,"
                                            " 'X'::text AS display_name, 'admin'::text AS role,"
                                            " true AS can_see_protected, true AS active")));
    ASSERT_TRUE(
        attempt(*cw, QStringLiteral("CREATE TEMP TABLE user_access AS SELECT session_user::text AS login,"
                                    " e::text AS eservice_id, 'work'::text AS level"
                                    " FROM unnest(ARRAY['parkeringstillstand', 'skolskjuts']) e")));
    ASSERT_TRUE(
        attempt(*cw, QStringLiteral("CREATE TEMP TABLE eservices AS SELECT 'skolskjuts'::text AS id")));
    for (const QString& table : tables) {
        if (table == QLatin1String("users") || table == QLatin1String("user_access") ||
            table == QLatin1String("eservices"))
            continue;
        EXPECT_TRUE(
            attempt(*cw, QStringLiteral("CREATE TEMP TABLE %1 (id bigint, case_id bigint)").arg(table)))
            << table.toStdString();
    }
    for (const QString& function : functions)
        EXPECT_TRUE(attempt(*cw, QStringLiteral("CREATE FUNCTION pg_temp.%1() RETURNS text LANGUAGE sql"
                                                " AS $$ SELECT 'owner' $$")
                                     .arg(function)))
            << function.toStdString();

    // Unqualified names now resolve to the caller's tables in the caller's own queries, so read
    // through the qualified schema as an attacker's client would not; what matters is that
    // CaseDesk's functions and policies ignore the shadows.
    auto q = cw->exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM public.cases), (SELECT count(*) FROM public.case_applicant_names),"
        " (SELECT count(*) FROM public.case_applicant_names WHERE name = 'Skyddad Person'), "
        "public.casedesk_current_role(),"
        " public.casedesk_can_see_protected(), array_length(public.casedesk_workable_eservices(), 1)"));
    ASSERT_TRUE(q.ok()) << q.error().message().toStdString();
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toLongLong(), before.cases);
    EXPECT_EQ(q->value(1).toLongLong(), before.applicants);
    EXPECT_EQ(q->value(2).toLongLong(), 0);
    EXPECT_EQ(q->value(3).toString(), QStringLiteral("caseworker"));
    EXPECT_FALSE(q->value(4).toBool());
    EXPECT_EQ(q->value(5).toInt(), 1);
    // Nor can the caller now change what they could not change before.
    auto school = cw->exec(QStringLiteral("UPDATE public.cases SET needs_action = false WHERE reference = ?"),
                           {m_schoolRef});
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(school->numRowsAffected(), 0);
    EXPECT_FALSE(attempt(*cw, QStringLiteral("INSERT INTO public.settings (key, value) VALUES ('x', 'y')")));
    // The one with the protected identity stays hidden from the caseworker's writes too.
    auto hidden = cw->exec(QStringLiteral("UPDATE public.cases SET needs_action = false WHERE reference = ?"),
                           {m_protectedRef});
    ASSERT_TRUE(hidden.ok());
    EXPECT_EQ(hidden->numRowsAffected(), 0);
}
