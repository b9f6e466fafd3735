// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "repositories/CaseRepository.h"

#include <QSqlRecord>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;

// The inbox's applicant column on the case row (0007 applicant_sort_name, 0014
// applicant_list_number) and the policies that evaluate the caller's rights once per statement
// (0014), attacked as raw SQL and through the repository: a caseworker without an e-service
// learns nothing of its cases, one without the protected-identity right never learns a
// protected applicant's name or number, whether by reading the columns, sorting by them or
// searching (issue #13).

namespace {

QVariantList column(Database& db, const QString& sql, const QVariantList& params = {})
{
    QVariantList values;
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().describe().toStdString());
    while (q.ok() && q->next())
        values << q->value(0);
    return values;
}

const CaseSummary* findRow(const QList<CaseSummary>& rows, const QString& reference)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const CaseSummary& row) { return row.reference == reference; });
    return it == rows.end() ? nullptr : &*it;
}

} // namespace

TEST_F(SecurityTest, TheCaseRowsListColumnsNeverNameAProtectedApplicant)
{
    const qint64 hidden = caseId(m_protectedRef);
    const qint64 parking = caseId(m_parkingRef);
    // What there is to hide: the owner sees the protected applicant's name and number.
    ASSERT_EQ(
        ownerValue(QStringLiteral("SELECT applicant_name FROM cases WHERE id = ?"), {hidden}).toString(),
        QStringLiteral("Skyddad Person"));
    ASSERT_EQ(ownerValue(QStringLiteral("SELECT applicant_personal_number FROM cases WHERE id = ?"), {hidden})
                  .toString(),
              QStringLiteral("19121212-1212"));

    for (const char* role : {"cw", "rd", "admin"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        // The columns themselves: '' for a protected identity, whoever reads them (the
        // administrator holds the right, and still reads '' here: the column is the list's).
        EXPECT_EQ(column(*db,
                         QStringLiteral("SELECT applicant_sort_name || '|' || applicant_list_number"
                                        " FROM cases WHERE id = ?"),
                         {hidden}),
                  QVariantList{QStringLiteral("|")})
            << role;
        // Not personal data beyond the list's: the name and the masked number, as
        // case_applicant_names has them.
        EXPECT_EQ(column(*db,
                         QStringLiteral("SELECT applicant_sort_name || '|' || applicant_list_number"
                                        " FROM cases WHERE id = ?"),
                         {parking}),
                  QVariantList{QStringLiteral("Tolvan Tolvansson|19121212-****")})
            << role;
        // Filtering or sorting by them: the protected case is '' (first in ascending order,
        // where its name would put it after "Tolvan"), and no value matches its name.
        EXPECT_EQ(
            column(*db, QStringLiteral("SELECT count(*) FROM cases WHERE applicant_sort_name LIKE 'Skyddad%'"
                                       " OR applicant_list_number LIKE '19121212-12%'")),
            QVariantList{0LL})
            << role;
        const QVariantList order = column(
            *db, QStringLiteral("SELECT id FROM cases WHERE id IN (?, ?) ORDER BY applicant_sort_name, id"),
            {hidden, parking});
        EXPECT_EQ(order, (QVariantList{hidden, parking})) << role;
        // Nobody writes them.
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE cases SET applicant_list_number = 'x' WHERE id = ?"),
                             {parking}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE cases SET applicant_sort_name = 'x' WHERE id = ?"),
                             {parking}))
            << role;
    }
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT applicant_list_number FROM cases WHERE id = ?"), {parking})
                  .toString(),
              QStringLiteral("19121212-****"));
}

TEST_F(SecurityTest, TheInboxShowsAProtectedApplicantOnlyWithTheRight)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    for (const CaseSort sort : {CaseSort::Submitted, CaseSort::Applicant}) {
        CaseQuery query;
        query.sort = sort;
        query.descending = false;
        // Without the right: the protected case is listed (its row is readable), with no name
        // and no number; sorted by applicant it comes first, as '' does.
        auto rows = CaseRepository(*cw).list(query);
        ASSERT_TRUE(rows.ok()) << rows.error().describe().toStdString();
        const CaseSummary* hidden = findRow(*rows, m_protectedRef);
        ASSERT_TRUE(hidden);
        EXPECT_TRUE(hidden->applicantName.isEmpty());
        EXPECT_TRUE(hidden->personalNumber.isEmpty());
        if (sort == CaseSort::Applicant) {
            EXPECT_EQ(rows->constFirst().reference, m_protectedRef);
        }
        const CaseSummary* parking = findRow(*rows, m_parkingRef);
        ASSERT_TRUE(parking);
        EXPECT_EQ(parking->applicantName, QStringLiteral("Tolvan Tolvansson"));
        EXPECT_EQ(parking->personalNumber, QStringLiteral("19121212-****"));
        // With the right: the name and the masked number, and still sorted as '' (the order
        // is the same for everybody).
        auto all = CaseRepository(*admin).list(query);
        ASSERT_TRUE(all.ok()) << all.error().describe().toStdString();
        const CaseSummary* shown = findRow(*all, m_protectedRef);
        ASSERT_TRUE(shown);
        EXPECT_EQ(shown->applicantName, QStringLiteral("Skyddad Person"));
        EXPECT_EQ(shown->personalNumber, QStringLiteral("19121212-****"));
        if (sort == CaseSort::Applicant) {
            EXPECT_EQ(all->constFirst().reference, m_protectedRef);
        }
    }
    // One case looked up by reference reads the same columns.
    auto one = CaseRepository(*cw).findSummary(m_protectedRef);
    ASSERT_TRUE(one.ok() && one->has_value());
    EXPECT_TRUE((*one)->applicantName.isEmpty());
    auto named = CaseRepository(*admin).findSummary(m_protectedRef);
    ASSERT_TRUE(named.ok() && named->has_value());
    EXPECT_EQ((*named)->applicantName, QStringLiteral("Skyddad Person"));
    // Listing writes no audit row: the masked columns are not a read of personal data.
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read'")),
        0);
}

TEST_F(SecurityTest, WithoutTheEServiceOrTheRightNoColumnSortOrSearchFindsTheCase)
{
    // The colleague works parking only: the school case's row, list columns included, is not
    // there for them, neither by id, by sort nor by search.
    auto colleague = as("colleague");
    auto cw = as("cw");
    ASSERT_TRUE(colleague && cw);
    const qint64 school = caseId(m_schoolRef);
    EXPECT_TRUE(
        column(*colleague,
               QStringLiteral("SELECT applicant_sort_name || applicant_list_number FROM cases WHERE id = ?"),
               {school})
            .isEmpty());
    EXPECT_TRUE(column(*colleague,
                       QStringLiteral("SELECT id FROM cases WHERE id = ? ORDER BY applicant_sort_name"),
                       {school})
                    .isEmpty());
    // The change feed follows the same rule (case_changes_read, 0014).
    EXPECT_TRUE(
        column(*colleague, QStringLiteral("SELECT case_id FROM case_changes WHERE case_id = ?"), {school})
            .isEmpty());
    EXPECT_FALSE(column(*cw, QStringLiteral("SELECT case_id FROM case_changes WHERE case_id = ?"), {school})
                     .isEmpty());
    CaseQuery everything;
    everything.sort = CaseSort::Applicant;
    auto rows = CaseRepository(*colleague).list(everything);
    ASSERT_TRUE(rows.ok());
    EXPECT_FALSE(findRow(*rows, m_schoolRef));
    EXPECT_TRUE(findRow(*rows, m_parkingRef));
    CaseQuery byReference;
    byReference.search = m_schoolRef;
    EXPECT_EQ(CaseRepository(*colleague).count(byReference).value(), 0);
    EXPECT_EQ(CaseRepository(*cw).count(byReference).value(), 1)
        << "the caseworker who reads school finds it";

    // Without the protected right: searching the protected name or the number finds the
    // parking case (same person's number, not protected) but never the protected one.
    for (const QString& term : {QStringLiteral("Skyddad"), QStringLiteral("Skyddad Person")}) {
        CaseQuery search;
        search.search = term;
        auto found = CaseRepository(*cw).list(search);
        ASSERT_TRUE(found.ok());
        EXPECT_TRUE(found->isEmpty()) << term.toStdString();
    }
    CaseQuery byNumber;
    byNumber.search = QStringLiteral("19121212-1212");
    auto numbered = CaseRepository(*cw).list(byNumber);
    ASSERT_TRUE(numbered.ok());
    EXPECT_FALSE(findRow(*numbered, m_protectedRef));
    EXPECT_TRUE(findRow(*numbered, m_parkingRef));
    // The search table is not readable at all (0015), protected or not.
    EXPECT_FALSE(attempt(*cw, QStringLiteral("SELECT count(*) FROM case_search WHERE case_id = ?"),
                         {caseId(m_parkingRef)}));
    // The search function (0014) as raw SQL: the caller's rules, whoever owns the function.
    const QString searched =
        QStringLiteral("SELECT count(*) FROM casedesk_search_cases(?) f(id) WHERE f.id = ?");
    EXPECT_EQ(column(*cw, searched, {QStringLiteral("skyddad:*"), caseId(m_protectedRef)}),
              QVariantList{0LL});
    EXPECT_EQ(column(*colleague, searched, {QStringLiteral("tolvan:*"), school}), QVariantList{0LL});
    EXPECT_EQ(column(*cw, searched, {QStringLiteral("tolvan:*"), school}), QVariantList{1LL});
    EXPECT_EQ(column(*colleague, searched, {QStringLiteral("tolvan:*"), caseId(m_parkingRef)}),
              QVariantList{1LL});
    auto portal = as("portal");
    ASSERT_TRUE(portal);
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT * FROM casedesk_search_cases('tolvan:*')")));
    // The same statement as someone with the right finds it: the rights are evaluated for each
    // execution, by whoever runs it.
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    EXPECT_EQ(column(*admin, searched, {QStringLiteral("skyddad:*"), caseId(m_protectedRef)}),
              QVariantList{1LL});
    CaseQuery named;
    named.search = QStringLiteral("Skyddad");
    auto byAdmin = CaseRepository(*admin).list(named);
    ASSERT_TRUE(byAdmin.ok());
    EXPECT_TRUE(findRow(*byAdmin, m_protectedRef));
}

// The two functions of a common word's walk (0018) as raw SQL, as each login would send them.
// casedesk_search_filter answers only for cases the caller reads (a protected identity only with
// the right), whatever ids it is handed; casedesk_search_estimate plans, it names no case; the
// portal has neither. The inbox's walk through them finds what the search by matches finds.
TEST_F(SecurityTest, TheWalksFunctionsAnswerOnlyForCasesTheCallerReads)
{
    auto colleague = as("colleague");
    auto cw = as("cw");
    auto rd = as("rd");
    auto admin = as("admin");
    auto portal = as("portal");
    ASSERT_TRUE(colleague && cw && rd && admin && portal);
    const qint64 school = caseId(m_schoolRef);
    const qint64 parking = caseId(m_parkingRef);
    const qint64 protectedCase = caseId(m_protectedRef);
    const QString filter =
        QStringLiteral("SELECT f.id FROM casedesk_search_filter(?, ?::bigint[]) f(id) ORDER BY f.id");
    const QString everyCase = QStringLiteral("{%1,%2,%3}").arg(school).arg(parking).arg(protectedCase);
    // Tolvan applied for parking and school; the colleague reads parking only.
    EXPECT_EQ(column(*colleague, filter, {QStringLiteral("tolvan:*"), everyCase}), QVariantList{parking});
    EXPECT_EQ(column(*cw, filter, {QStringLiteral("tolvan:*"), everyCase}),
              (QVariantList{std::min(parking, school), std::max(parking, school)}));
    EXPECT_EQ(column(*rd, filter, {QStringLiteral("tolvan:*"), everyCase}), QVariantList{parking});
    // The protected identity's name: only with the right.
    EXPECT_TRUE(column(*cw, filter, {QStringLiteral("skyddad:*"), everyCase}).isEmpty());
    EXPECT_TRUE(column(*rd, filter, {QStringLiteral("skyddad:*"), everyCase}).isEmpty());
    EXPECT_EQ(column(*admin, filter, {QStringLiteral("skyddad:*"), everyCase}), QVariantList{protectedCase});
    // Ids of no case, or of every id there could be, reveal nothing more.
    EXPECT_TRUE(column(*colleague, filter, {QStringLiteral("tolvan:*"), QStringLiteral("{-1,0,999999999}")})
                    .isEmpty());
    EXPECT_FALSE(attempt(*portal,
                         QStringLiteral("SELECT * FROM casedesk_search_filter('tolvan:*', ?::bigint[])"),
                         {everyCase}));

    const QString estimate = QStringLiteral("SELECT matches, cases FROM casedesk_search_estimate(?)");
    for (Database* staff : {colleague.get(), cw.get(), rd.get(), admin.get()}) {
        auto q = staff->exec(estimate, {QStringLiteral("tolvan:*")});
        ASSERT_TRUE(q.ok()) << q.error().describe().toStdString();
        ASSERT_TRUE(q->next());
        EXPECT_GE(q->value(0).toLongLong(), 0);
        EXPECT_GE(q->value(1).toLongLong(), 0);
        EXPECT_EQ(q->record().count(), 2) << "numbers only, no case";
    }
    EXPECT_FALSE(attempt(*portal, estimate, {QStringLiteral("tolvan:*")}));
    // Neither runs its text as SQL: the query is a literal to the planner, a tsquery to the match.
    EXPECT_FALSE(attempt(*cw, estimate, {QStringLiteral("x'); DROP TABLE cases; --")}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases")), 3);

    // The inbox's walk as the colleague and the caseworker: the same cases as reading the matches.
    for (Database* reader : {colleague.get(), cw.get()}) {
        for (const QString& words : {QStringLiteral("Tolvan"), QStringLiteral("Skyddad")}) {
            CaseQuery query;
            query.search = words;
            CaseRepository walking(*reader);
            walking.readSearchesWith(SearchRead{SearchPlan::WalkOrder, 1});
            CaseRepository matching(*reader);
            matching.readSearchesWith(SearchRead{SearchPlan::ReadMatches, 0});
            auto walked = walking.list(query);
            auto matched = matching.list(query);
            ASSERT_TRUE(walked.ok() && matched.ok());
            QStringList walkedRefs;
            QStringList matchedRefs;
            for (const CaseSummary& row : std::as_const(*walked))
                walkedRefs << row.reference;
            for (const CaseSummary& row : std::as_const(*matched))
                matchedRefs << row.reference;
            EXPECT_EQ(walkedRefs, matchedRefs) << words.toStdString();
            EXPECT_FALSE(walkedRefs.contains(m_protectedRef)) << "without the protected right";
            if (words == QLatin1String("Tolvan")) {
                EXPECT_EQ(walkedRefs.contains(m_schoolRef), reader == cw.get())
                    << "school: read by the caseworker only";
                EXPECT_TRUE(walkedRefs.contains(m_parkingRef));
            }
        }
    }
}

TEST_F(SecurityTest, TheCaseworkersWritePolicyStillNeedsWorkAndTheRight)
{
    // cases_update with its rights as InitPlans (0014): still only workable e-services, and a
    // protected case only with the right.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const QString touch = QStringLiteral("UPDATE cases SET needs_action = NOT needs_action WHERE id = ?");
    for (const QString& reference : {m_schoolRef, m_protectedRef}) {
        const qint64 id = caseId(reference);
        const QVariant before =
            ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {id});
        auto q = cw->exec(touch, {id});
        if (q.ok()) {
            EXPECT_EQ(q->numRowsAffected(), 0) << reference.toStdString();
        }
        EXPECT_EQ(ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {id}), before)
            << reference.toStdString();
    }
    auto worked = cw->exec(touch, {caseId(m_parkingRef)});
    ASSERT_TRUE(worked.ok()) << worked.error().describe().toStdString();
    EXPECT_EQ(worked->numRowsAffected(), 1);
}
