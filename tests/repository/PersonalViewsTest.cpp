// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"
#include "repositories/CaseRepository.h"
#include "views/InboxViews.h"
#include "workflow/CaseMarks.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// The person's own flags, priorities and inbox views (issue #16 §2) through CaseDesk's
// services, on both backends: what they store, what they refuse and name, and how the Flagged
// view lists high-priority cases first page after page.
class PersonalViewsTest : public BackendTest
{
protected:
    // `n` cases, one a minute; their references, oldest first.
    QStringList submit(int n)
    {
        QStringList refs;
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < n; ++i) {
            auto receipt = IntakeService(db()).submit(
                sampleSubmission(QStringLiteral("v-%1").arg(i), start.addSecs(60 * i)));
            EXPECT_TRUE(receipt.ok());
            refs << (receipt.ok() ? receipt->reference : QString());
        }
        return refs;
    }
    QString me() { return db().currentUser(); }
};

TEST_P(PersonalViewsTest, TheFlaggedViewListsHighPriorityFirstAcrossPages)
{
    const QStringList refs = submit(12);
    const CaseMarkService marks(db());
    // Flagged: 0, 2, 4, 6, 8, 10; high priority: 3 and 6 (3 without a flag is marked too).
    for (int i = 0; i < refs.size(); i += 2)
        ASSERT_TRUE(marks.setFlagged(refs.at(i), true).ok());
    ASSERT_TRUE(marks.setHighPriority(refs.at(3), true).ok());
    ASSERT_TRUE(marks.setHighPriority(refs.at(6), true).ok());
    EXPECT_TRUE(marks.mark(refs.at(6))->flagged && marks.mark(refs.at(6))->highPriority);

    const CaseRepository cases(db());
    CaseQuery query = queryForView(SavedView::Flagged, me());
    EXPECT_EQ(*cases.count(query), 7);
    // Pages of 2: the high ones newest first, then the others newest first; each case once.
    query.limit = 2;
    QStringList listed;
    for (int page = 0; page < 6; ++page) {
        auto rows = cases.list(query);
        ASSERT_TRUE(rows.ok()) << rows.error().describe().toStdString();
        for (const CaseSummary& row : *rows) {
            listed << row.reference;
            EXPECT_EQ(row.highPriority, row.reference == refs.at(3) || row.reference == refs.at(6));
        }
        if (rows->size() < query.limit)
            break;
        continueAfter(query, rows->constLast());
    }
    EXPECT_EQ(listed, (QStringList{refs.at(6), refs.at(3), refs.at(10), refs.at(8), refs.at(4), refs.at(2),
                                   refs.at(0)}));

    // Unmarking removes the row; the case leaves the view.
    ASSERT_TRUE(marks.setHighPriority(refs.at(3), false).ok());
    EXPECT_EQ(*cases.count(queryForView(SavedView::Flagged, me())), 6);
    EXPECT_FALSE(marks.setFlagged(QStringLiteral("CD-1999-000001"), true).ok()); // no such case
}

TEST_P(PersonalViewsTest, AViewStoresWhatTheInboxShowsAndRefusesNonsenseByName)
{
    submit(3);
    const InboxViewService views(db());
    InboxViewDefinition definition;
    definition.base = SavedView::Mine;
    definition.eserviceId = QStringLiteral("parkeringstillstand");
    definition.assignee = QString::fromLatin1(InboxViewDefinition::kMe);
    definition.periodDays = 30;
    definition.search = QStringLiteral("Łukasz Żółć");
    definition.sort = CaseSort::StatusDue;
    definition.descending = false;
    definition.highPriorityFirst = true;
    auto first = views.create(QStringLiteral("  Mina parkeringar  "), definition);
    ASSERT_TRUE(first.ok()) << first.error().describe().toStdString();
    auto second = views.create(QStringLiteral("Alla öppna"), InboxViewDefinition{});
    ASSERT_TRUE(second.ok());

    auto listed = views.list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).row.name, QStringLiteral("Mina parkeringar")); // trimmed
    EXPECT_EQ(listed->at(0).definition, definition);
    EXPECT_EQ(listed->at(1).row.name, QStringLiteral("Alla öppna"));
    const CaseQuery query = listed->at(0).definition.query(me());
    EXPECT_EQ(query.assignee, me());
    EXPECT_EQ(query.sort, CaseSort::StatusDue);
    EXPECT_TRUE(query.submittedFrom.isValid());

    // Names: empty, control characters, too long, the same as another (in any case).
    for (const QString& name :
         {QString(), QStringLiteral("   "), QStringLiteral("a\tb"), QString(61, QLatin1Char('n'))}) {
        auto refused = views.create(name, InboxViewDefinition{});
        ASSERT_FALSE(refused.ok()) << name.toStdString();
        EXPECT_EQ(refused.error().field, QStringLiteral("name")) << name.toStdString();
    }
    auto twice = views.create(QStringLiteral("ALLA ÖPPNA"), InboxViewDefinition{});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(views.rename(*first, QStringLiteral("alla öppna")).ok());
    EXPECT_TRUE(views.rename(*first, QStringLiteral("Parkering")).ok());

    // Reordering: the second first; moving past the end changes nothing.
    ASSERT_TRUE(views.move(*second, -1).ok());
    ASSERT_TRUE(views.move(*second, -1).ok());
    listed = views.list();
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).row.id, *second);
    EXPECT_EQ(listed->at(1).row.name, QStringLiteral("Parkering"));

    // Redefine, remove.
    ASSERT_TRUE(views.redefine(*second, definition).ok());
    EXPECT_EQ(views.list()->at(0).definition, definition);
    ASSERT_TRUE(views.remove(*second).ok());
    EXPECT_EQ(views.list()->size(), 1);
    EXPECT_EQ(views.remove(*second).error().code, ErrorCode::NotFound);

    // Publishing for an e-service that does not exist: refused by name, nothing stored.
    auto nowhere = views.publish(*first, QStringLiteral("no-such-eservice"));
    ASSERT_FALSE(nowhere.ok());
    EXPECT_EQ(nowhere.error().field, QStringLiteral("eservice"));
    auto published = views.publish(*first, QStringLiteral("parkeringstillstand"));
    ASSERT_TRUE(published.ok()) << published.error().describe().toStdString();
    listed = views.list();
    ASSERT_EQ(listed->size(), 2);
    EXPECT_TRUE(listed->at(1).row.published());
    EXPECT_EQ(listed->at(1).definition.eserviceId, QStringLiteral("parkeringstillstand"));
}

TEST_P(PersonalViewsTest, AStoredDefinitionIsReadStrictlyAndNamesWhatIsWrong)
{
    const auto field = [](const char* json) {
        auto read = InboxViewDefinition::fromJson(QByteArray(json));
        return read.ok() ? QStringLiteral("ok") : read.error().field;
    };
    EXPECT_EQ(field("{}"), QStringLiteral("ok"));
    EXPECT_EQ(field(R"({"base":"flagged","newerKey":[1,2]})"), QStringLiteral("ok")); // a newer CaseDesk's
    EXPECT_EQ(field("[]"), QStringLiteral("definition"));
    EXPECT_EQ(field("{"), QStringLiteral("definition"));
    EXPECT_EQ(field(R"({"base":"everything"})"), QStringLiteral("definition.base"));
    EXPECT_EQ(field(R"({"sort":"sideways"})"), QStringLiteral("definition.sort"));
    EXPECT_EQ(field(R"({"periodDays":-1})"), QStringLiteral("definition.periodDays"));
    EXPECT_EQ(field(R"({"periodDays":1.5})"), QStringLiteral("definition.periodDays"));
    EXPECT_EQ(field(R"({"periodDays":"7"})"), QStringLiteral("definition.periodDays"));
    EXPECT_EQ(field(R"({"descending":"yes"})"), QStringLiteral("definition.descending"));
    EXPECT_EQ(field(R"({"search":42})"), QStringLiteral("definition.search"));
    const QByteArray longSearch = "{\"search\":\"" + QByteArray(201, 'a') + "\"}";
    EXPECT_EQ(field(longSearch.constData()), QStringLiteral("definition.search"));

    // A view stored with a definition this CaseDesk cannot read is listed, saying why.
    auto id = InboxViewService(db()).create(QStringLiteral("Trasig"), InboxViewDefinition{});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        db().exec(db().dialect() == Dialect::Postgres
                      ? QStringLiteral(
                            "UPDATE inbox_views SET definition = '{\"sort\":\"x\"}'::jsonb WHERE id = ?")
                      : QStringLiteral("UPDATE inbox_views SET definition = '{\"sort\":\"x\"}' WHERE id = ?"),
                  {*id})
            .ok());
    auto listed = InboxViewService(db()).list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    ASSERT_TRUE(listed->constFirst().problem.has_value());
    EXPECT_EQ(listed->constFirst().problem->field, QStringLiteral("definition.sort"));
}

CASEDESK_INSTANTIATE_BACKENDS(PersonalViewsTest);
