// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "SavedView.h"
#include "access/AccessService.h"
#include "domain/InboxColumns.h"
#include "intake/IntakeService.h"
#include "intake/PersonalNumber.h"
#include "repositories/CaseRepository.h"
#include "repositories/CaseSearch.h"
#include "repositories/EServiceRepository.h"
#include "retention/RetentionService.h"
#include "workflow/CaseService.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <random>

using namespace casedesk;
using namespace casedesk::test;

// Readable failures for Qt strings and sets of them (found by argument-dependent lookup).
static void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

// Search over the full-text index of migration 0007 and the maintained view counters, on both
// backends: every kind of field, every written form of a personal number, filters, sorts and
// keyset pages, index upkeep on status changes and purges, hostile text; and on PostgreSQL the
// same row-level security as the cases themselves.

namespace {

const QString kParking = QStringLiteral("parkeringstillstand");
const QString kSchool = QStringLiteral("skolskjuts");
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

std::string text(const Error& e)
{
    return e.describe().toStdString();
}

// A valid personal number "YYYYMMDD-NNNC" for a date and serial.
QString personalNumber(const QString& yyyymmdd, const QString& serial)
{
    const QString nine = yyyymmdd.mid(2) + serial;
    return yyyymmdd + QLatin1Char('-') + serial + QString::number(PersonalNumber::checkDigit(nine));
}

qint64 scalar(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error()));
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

struct NewCase
{
    QString name;
    QString personalNumber;
    QString regNo = QStringLiteral("ABC123");
    QString eservice = kParking;
    bool protectedIdentity = false;
    QDateTime submittedAt;
};

NewCase person(const QString& name, const QString& number = {},
               const QString& regNo = QStringLiteral("ABC123"))
{
    NewCase c;
    c.name = name;
    c.personalNumber = number;
    c.regNo = regNo;
    return c;
}

} // namespace

class SearchTest : public BackendTest
{
protected:
    QString submit(const NewCase& c)
    {
        Submission s = sampleSubmission(QStringLiteral("s-%1").arg(++m_serial), c.submittedAt);
        s.applicant.name = c.name;
        s.applicant.protectedIdentity = c.protectedIdentity;
        if (!c.personalNumber.isEmpty())
            s.applicant.personalNumber = c.personalNumber;
        s.signatures.clear(); // the sample's signer is Tolvan; these tests are about search
        for (FormField& field : s.pages[0].fields) {
            if (field.id == QLatin1String("regNo")) {
                field.value = c.regNo;
                field.valueText = c.regNo;
            }
        }
        if (c.eservice != kParking) {
            s.eserviceId = c.eservice;
            s.eserviceName = QStringLiteral("Skolskjuts");
        }
        auto receipt = IntakeService(db()).submit(s);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : text(receipt.error()));
        if (!receipt.ok())
            return {};
        m_ids.insert(receipt->reference, receipt->caseId);
        return receipt->reference;
    }

    void addMessage(const QString& reference, const QString& direction, const QString& body)
    {
        auto q =
            db().exec(QStringLiteral("INSERT INTO messages (case_id, direction, author, body, sent_at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {m_ids.value(reference), direction, QStringLiteral("test"), body, toSqlTime(kNow)});
        ASSERT_TRUE(q.ok()) << text(q.error());
    }

    QSet<QString> found(const QString& search, CaseQuery query = {})
    {
        query.search = search;
        query.limit = 1000;
        auto rows = CaseRepository(db()).list(query);
        EXPECT_TRUE(rows.ok()) << search.toStdString() << ": "
                               << (rows.ok() ? std::string() : text(rows.error()));
        QSet<QString> references;
        if (rows.ok())
            for (const CaseSummary& row : *rows)
                references.insert(row.reference);
        auto counted = CaseRepository(db()).count(query);
        EXPECT_TRUE(counted.ok());
        if (counted.ok()) {
            EXPECT_EQ(*counted, references.size()) << search.toStdString();
        }
        return references;
    }

    qint64 indexedRows(qint64 caseId)
    {
        return scalar(db(),
                      db().dialect() == Dialect::Sqlite
                          ? QStringLiteral("SELECT count(*) FROM case_search WHERE rowid = ?")
                          : QStringLiteral("SELECT count(*) FROM case_search WHERE case_id = ?"),
                      {caseId});
    }

    int m_serial = 0;
    QHash<QString, qint64> m_ids;
};

TEST_P(SearchTest, FindsByNameWordPrefixPersonalNumberReferenceFieldAndMessage)
{
    const QString anders = submit(person(QStringLiteral("Anders Andersson"),
                                         personalNumber(QStringLiteral("19850101"), QStringLiteral("123"))));
    const QString karin = submit(person(QStringLiteral("Karin Öberg-Åström"),
                                        personalNumber(QStringLiteral("19900215"), QStringLiteral("456")),
                                        QStringLiteral("XYZ789")));
    const QString other = submit(person(QStringLiteral("Tolvan Tolvansson")));
    using Refs = QSet<QString>;

    EXPECT_EQ(found(QStringLiteral("anders")), Refs({anders}));
    EXPECT_EQ(found(QStringLiteral("ANDERSSON")), Refs({anders}));
    EXPECT_EQ(found(QStringLiteral("andersson anders")), Refs({anders}));
    EXPECT_EQ(found(QStringLiteral("anders karin")), Refs());
    EXPECT_EQ(found(QStringLiteral("öberg")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("ÖBERG")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("åström")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("Öberg-Åström")), Refs({karin}));
    // A form field's value, by word and by prefix.
    EXPECT_EQ(found(QStringLiteral("xyz789")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("XYZ")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("abc123")), Refs({anders, other}));
    EXPECT_EQ(found(QStringLiteral("storgatan")), Refs({anders, karin, other}));

    // The personal number in every written form.
    const QString pn = personalNumber(QStringLiteral("19850101"), QStringLiteral("123"));
    const QString twelve = QString(pn).remove(QLatin1Char('-'));
    const QStringList forms{pn, twelve, twelve.mid(2), pn.mid(2), QString(QStringLiteral(" ") + pn.mid(2))};
    for (const QString& form : forms)
        EXPECT_EQ(found(form), Refs({anders})) << form.toStdString();
    EXPECT_EQ(found(QStringLiteral("19850101")), Refs({anders})); // the date part as typed

    // The reference: whole, in lower case, and as a prefix.
    EXPECT_EQ(found(karin), Refs({karin}));
    EXPECT_EQ(found(karin.toLower()), Refs({karin}));
    EXPECT_EQ(found(karin.left(karin.size() - 1)).contains(karin), true);

    // Messages in and out.
    addMessage(anders, QStringLiteral("in"), QStringLiteral("Jag bifogar läkarintyget från vårdcentralen."));
    addMessage(karin, QStringLiteral("out"), QStringLiteral("Vänligen komplettera med ett foto."));
    EXPECT_EQ(found(QStringLiteral("läkarint")), Refs({anders}));
    EXPECT_EQ(found(QStringLiteral("vårdcentralen")), Refs({anders}));
    EXPECT_EQ(found(QStringLiteral("komplettera foto")), Refs({karin}));
    EXPECT_EQ(found(QStringLiteral("zzzz")), Refs());
}

TEST_P(SearchTest, CombinesWithEveryFilterSortAndKeysetPage)
{
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
    QSet<QString> lindParking;
    QSet<QString> lindAll;
    for (int i = 0; i < 14; ++i) {
        NewCase c = person(QStringLiteral("Lisa Lind %1").arg(QChar(u'a' + i)));
        c.eservice = i % 2 ? kSchool : kParking;
        c.submittedAt = start.addSecs(60 * i);
        const QString ref = submit(c);
        lindAll.insert(ref);
        if (c.eservice == kParking)
            lindParking.insert(ref);
        if (i % 3 == 0) {
            ASSERT_TRUE(CaseService(db()).changeStatus(ref, QStringLiteral("registered"), 1, {}).ok());
        }
    }
    submit(person(QStringLiteral("Per Persson")));

    EXPECT_EQ(found(QStringLiteral("lind")), lindAll);
    CaseQuery parking;
    parking.eserviceId = kParking;
    EXPECT_EQ(found(QStringLiteral("lind")), lindAll);
    EXPECT_EQ(found(QStringLiteral("lind"), parking), lindParking);
    CaseQuery registered;
    registered.statusId = QStringLiteral("registered");
    EXPECT_EQ(found(QStringLiteral("lind"), registered).size(), 5); // 0, 3, 6, 9, 12
    CaseQuery closedKind;
    closedKind.statusKind = StatusKind::Closed;
    EXPECT_TRUE(found(QStringLiteral("lind"), closedKind).isEmpty());
    CaseQuery unassigned = queryForView(SavedView::Unassigned, QStringLiteral("me"));
    EXPECT_EQ(found(QStringLiteral("lind"), unassigned), lindAll);
    CaseQuery early;
    early.submittedTo = start.addSecs(60 * 4);
    EXPECT_EQ(found(QStringLiteral("lind"), early).size(), 4);

    // Every sort, both directions, three rows a page: each case once, in order.
    const CaseRepository cases(db());
    for (CaseSort sort : {CaseSort::Submitted, CaseSort::Reference, CaseSort::EService, CaseSort::Applicant,
                          CaseSort::Status, CaseSort::Assignee, CaseSort::LastActivity}) {
        for (bool descending : {true, false}) {
            CaseQuery query;
            query.search = QStringLiteral("lind");
            query.sort = sort;
            query.descending = descending;
            query.limit = 3;
            QList<CaseSummary> all;
            for (int page = 0; page < 10; ++page) {
                auto rows = cases.list(query);
                ASSERT_TRUE(rows.ok()) << text(rows.error());
                if (rows->isEmpty())
                    break;
                all += *rows;
                continueAfter(query, rows->constLast());
            }
            QSet<QString> seen;
            for (const CaseSummary& row : std::as_const(all))
                seen.insert(row.reference);
            EXPECT_EQ(all.size(), 14) << int(sort) << descending;
            EXPECT_EQ(seen, lindAll) << int(sort) << descending;
            if (sort == CaseSort::Applicant) {
                for (qsizetype i = 1; i < all.size(); ++i)
                    EXPECT_EQ(descending, all[i - 1].applicantName > all[i].applicantName);
            }
        }
    }
    auto quick = cases.quickCount([] {
        CaseQuery q;
        q.search = QStringLiteral("lind");
        return q;
    }());
    ASSERT_TRUE(quick.ok());
    EXPECT_EQ(quick->value, 14);
    EXPECT_TRUE(quick->exact);
}

// A search reads its pages either from the words' matches or by walking the cases in the
// page's order (SearchPlan; on PostgreSQL a chunk of cases per statement, continued where the
// chunk ended). Whatever the plan, the pages are the same: every filter, every ordering in both
// directions, a word most cases hold, a rarer one, a word with a reference prefix, paged three
// rows at a time; the walk with chunks of one page (continued many times) and of a thousand.
TEST_P(SearchTest, WalkingAndReadingTheMatchesListTheSamePages)
{
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
    QStringList references;
    for (int i = 0; i < 24; ++i) {
        NewCase c = person(i % 4 == 2 ? QStringLiteral("Per Persson") : QStringLiteral("Lisa Lind"), {},
                           i % 5 == 0 ? QStringLiteral("CD9") : QStringLiteral("ABC123"));
        c.eservice = i % 2 ? kSchool : kParking;
        // Some share a submission time: the id decides their order.
        c.submittedAt = start.addSecs(60 * (i / 3));
        const QString ref = submit(c);
        references << ref;
        if (i % 3 == 0) {
            ASSERT_TRUE(CaseService(db()).changeStatus(ref, QStringLiteral("registered"), 1, {}).ok());
        }
        if (i % 7 == 1)
            addMessage(ref, QStringLiteral("in"), QStringLiteral("Hej, här kommer intyget från Lind"));
    }
    CaseQuery none;
    CaseQuery parking;
    parking.eserviceId = kParking;
    CaseQuery submittedKind; // two statuses: the page is read one index range per status
    submittedKind.statusKind = StatusKind::Submitted;
    CaseQuery open;
    open.openOnly = true;
    open.assignee = QString();
    const std::pair<SearchRead, const char*> plans[] = {
        {{SearchPlan::ReadMatches, 0}, "read the matches"},
        {{SearchPlan::WalkOrder, 3}, "walk, chunks of 3"},
        {{SearchPlan::WalkOrder, 1000}, "walk, chunks of 1000"},
    };
    for (const QString& words :
         {QStringLiteral("lind"), QStringLiteral("persson"), QStringLiteral("intyget lind"),
          QStringLiteral("cd9"), QStringLiteral("nobody")}) {
        for (const CaseQuery& filter : {none, parking, submittedKind, open}) {
            for (const CaseSortKey& sort : caseSorts()) {
                for (bool descending : {true, false}) {
                    QList<QStringList> listed;
                    for (const auto& [plan, planName] : plans) {
                        CaseRepository cases(db());
                        cases.readSearchesWith(plan);
                        CaseQuery query = filter;
                        query.search = words;
                        query.sort = sort.sort;
                        query.descending = descending;
                        query.limit = 3;
                        QStringList pages;
                        for (int page = 0; page < 12; ++page) {
                            auto rows = cases.list(query);
                            ASSERT_TRUE(rows.ok()) << text(rows.error());
                            if (rows->isEmpty())
                                break;
                            EXPECT_LE(rows->size(), 3);
                            for (const CaseSummary& row : std::as_const(*rows))
                                pages << row.reference;
                            continueAfter(query, rows->constLast());
                        }
                        EXPECT_EQ(QSet<QString>(pages.cbegin(), pages.cend()).size(), pages.size())
                            << planName << ": a case twice";
                        listed << pages;
                    }
                    const QString context =
                        QStringLiteral("%1, sort %2 %3").arg(words, QLatin1String(sort.name)).arg(descending);
                    EXPECT_FALSE(listed[0].isEmpty() && words != QLatin1String("nobody"))
                        << context.toStdString();
                    EXPECT_EQ(listed[1], listed[0])
                        << context.toStdString() << " (" << plans[1].second << ")";
                    EXPECT_EQ(listed[2], listed[0])
                        << context.toStdString() << " (" << plans[2].second << ")";
                }
            }
        }
    }
}

// The plan follows how common the words are: the estimate for a word most cases hold chooses
// the walk, for a word one case holds the matches.
TEST_P(SearchTest, TheEstimateChoosesTheWalkForCommonWords)
{
    // Forty cases with a vocabulary of a few hundred words, as real cases have (PostgreSQL's
    // planner estimates a word prefix from its statistics only when they hold 100 words or more).
    for (int i = 0; i < 40; ++i) {
        const QString letters = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26);
        const QString ref = submit(person(i == 0 ? QStringLiteral("Ada Unik") : QStringLiteral("Lisa Lind"),
                                          {}, QStringLiteral("reg%1x").arg(letters)));
        addMessage(ref, QStringLiteral("in"), QStringLiteral("ord%1a ord%1b ord%1c ord%1d").arg(letters));
    }
    if (db().dialect() == Dialect::Postgres) {
        // The planner's statistics, as autovacuum keeps them on a server.
        ASSERT_TRUE(db().exec(QStringLiteral("ANALYZE case_search")).ok());
    }
    const SearchIndex index(db());
    const QString lind = db().sql().fullTextQuery({QStringLiteral("lind")}, false);
    const QString unik = db().sql().fullTextQuery({QStringLiteral("unik")}, false);
    auto common = index.estimate(lind, 3);
    auto rare = index.estimate(unik, 3);
    ASSERT_TRUE(common.ok()) << text(common.error());
    ASSERT_TRUE(rare.ok()) << text(rare.error());
    EXPECT_EQ(common->cases, 40);
    // SQLite stops counting where walking pays (√(3 × 40 / 2), rounded up, and one more).
    EXPECT_GT(common->matches, walkingMatches(40, 3));
    EXPECT_LE(rare->matches, 2);
    EXPECT_EQ(cheaperSearchPlan(*common, 3), SearchPlan::WalkOrder);
    EXPECT_EQ(cheaperSearchPlan(*rare, 3), SearchPlan::ReadMatches);
    // Each plan lists the same first page.
    CaseQuery query;
    query.search = QStringLiteral("lind");
    query.limit = 3;
    auto chosen = CaseRepository(db()).list(query);
    CaseRepository matches(db());
    matches.readSearchesWith(SearchRead{SearchPlan::ReadMatches, 0});
    auto read = matches.list(query);
    ASSERT_TRUE(chosen.ok() && read.ok());
    ASSERT_EQ(chosen->size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(chosen->at(i).reference, read->at(i).reference);
}

TEST(SearchPlanTest, WalksWhenTheMatchesOutnumberThePageTimesTheCases)
{
    // A million cases, pages of 200: reading the matches pays up to √(200 × 1,000,000 / 2) = 10,000.
    EXPECT_EQ(walkingMatches(1'000'000, 200), 10'000);
    EXPECT_EQ(cheaperSearchPlan({9'000, 1'000'000}, 200), SearchPlan::ReadMatches);
    EXPECT_EQ(cheaperSearchPlan({18'000, 1'000'000}, 200), SearchPlan::WalkOrder);
    EXPECT_EQ(cheaperSearchPlan({0, 1'000'000}, 200), SearchPlan::ReadMatches);
    EXPECT_EQ(cheaperSearchPlan({5, 0}, 200), SearchPlan::ReadMatches);
    // The chunk: the page at the estimated rate and a quarter more, never less than the page
    // and never more than kMaxWalkChunk.
    EXPECT_EQ(walkChunk({18'000, 1'000'000}, 200), 13'889);
    EXPECT_EQ(walkChunk({1'000'000, 1'000'000}, 200), 250);
    EXPECT_EQ(walkChunk({2'000'000, 1'000'000}, 200), 250);
    EXPECT_EQ(walkChunk({1, 1'000'000}, 200), kMaxWalkChunk);
    EXPECT_EQ(walkChunk({0, 0}, 200), 250);
}

TEST_P(SearchTest, IndexFollowsStatusChangesApplicantChangesAndPurge)
{
    const QString kept = submit(person(QStringLiteral("Gustav Kvar")));
    const QString gone = submit(person(QStringLiteral("Greta Gallrad")));
    addMessage(gone, QStringLiteral("in"), QStringLiteral("Hälsningar från Greta"));
    CaseQuery registered;
    registered.statusId = QStringLiteral("registered");
    EXPECT_TRUE(found(QStringLiteral("gustav"), registered).isEmpty());
    ASSERT_TRUE(CaseService(db()).changeStatus(kept, QStringLiteral("registered"), 1, {}).ok());
    EXPECT_EQ(found(QStringLiteral("gustav"), registered), QSet<QString>({kept}));

    // Closed long ago in an e-service that keeps cases 30 days: the purge takes it, and with it
    // its row in the index and its count.
    ASSERT_TRUE(EServiceRepository(db()).setRetention(kParking, 30).ok());
    const qint64 goneId = m_ids.value(gone);
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ? WHERE id = ?"),
                          {toSqlTime(kNow.addDays(-40)), goneId})
                    .ok());
    EXPECT_EQ(indexedRows(goneId), 1);
    EXPECT_EQ(found(QStringLiteral("greta")), QSet<QString>({gone}));
    CaseQuery closed = queryForView(SavedView::Closed, {});
    EXPECT_EQ(*CaseRepository(db()).count(closed), 1);
    auto report = RetentionService(db()).purge(kNow);
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_EQ(report->purged, 1);
    EXPECT_EQ(indexedRows(goneId), 0);
    EXPECT_TRUE(found(QStringLiteral("greta")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("hälsningar")).isEmpty());
    EXPECT_EQ(*CaseRepository(db()).count(closed), 0);
    EXPECT_EQ(*CaseRepository(db()).count(CaseQuery()), 1);
    EXPECT_EQ(indexedRows(m_ids.value(kept)), 1);

    // A changed applicant (the owner corrects a name) is found by the new name only.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET applicant_name = ? WHERE id = ?"),
                          {QStringLiteral("Gösta Rättad"), m_ids.value(kept)})
                    .ok());
    EXPECT_TRUE(found(QStringLiteral("gustav")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("gösta")), QSet<QString>({kept}));
    // A changed message body too.
    addMessage(kept, QStringLiteral("out"), QStringLiteral("Första utkastet"));
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE messages SET body = ? WHERE case_id = ?"),
                          {QStringLiteral("Andra versionen"), m_ids.value(kept)})
                    .ok());
    EXPECT_TRUE(found(QStringLiteral("utkastet")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("versionen")), QSet<QString>({kept}));
}

TEST_P(SearchTest, HostileTextIsOnlyText)
{
    const QString anders = submit(person(QStringLiteral("Anders Andersson")));
    const QStringList hostile{
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("*"),
        QStringLiteral("anders\""),
        QStringLiteral("\"anders\" OR \"tolvan\""),
        QStringLiteral("NEAR(anders tolvan)"),
        QStringLiteral("anders:* | tolvan:*"),
        QStringLiteral("!anders & (x | y)"),
        QStringLiteral("applicant:anders"),
        QStringLiteral("-anders"),
        QStringLiteral("^anders"),
        QStringLiteral("'); DROP TABLE cases; --"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("anders\tandersson\n"),
        QString(2000, QLatin1Char('a')),
        QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"),
        QString::fromUtf8("anders \xF0\x9F\x98\x80"),
        QString(QChar(0)) + QStringLiteral("anders"),
        QString(QChar(0xD800)),
    };
    for (const QString& input : hostile) {
        CaseQuery query;
        query.search = input;
        auto rows = CaseRepository(db()).list(query);
        EXPECT_TRUE(rows.ok()) << input.toStdString() << ": "
                               << (rows.ok() ? std::string() : text(rows.error()));
        EXPECT_TRUE(CaseRepository(db()).count(query).ok()) << input.toStdString();
    }
    // Syntax characters are separators: the words still find the case.
    EXPECT_EQ(found(QStringLiteral("anders\"")), QSet<QString>({anders}));
    EXPECT_EQ(found(QStringLiteral("NEAR(anders")), QSet<QString>());
    EXPECT_EQ(found(QStringLiteral("anders:*")), QSet<QString>({anders}));
    EXPECT_EQ(found(QStringLiteral("(andersson)")), QSet<QString>({anders}));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM cases")), 1);
}

TEST_P(SearchTest, WordsAreSplitAsTheIndexSplitsThem)
{
    EXPECT_EQ(searchWords(QStringLiteral("  Öberg-Åström, anna@example.se ")),
              QStringList({QStringLiteral("öberg"), QStringLiteral("åström"), QStringLiteral("anna"),
                           QStringLiteral("example"), QStringLiteral("se")}));
    EXPECT_EQ(searchWords(QStringLiteral("121212-1212")), QStringList({QStringLiteral("1212121212")}));
    EXPECT_EQ(searchWords(QStringLiteral("1212121212")), QStringList({QStringLiteral("1212121212")}));
    EXPECT_EQ(searchWords(QStringLiteral("19121212+1212")), QStringList({QStringLiteral("191212121212")}));
    EXPECT_TRUE(searchWords(QStringLiteral(" - ; ")).isEmpty());
    // A reference is looked up as a reference only.
    const auto reference = searchCondition(QStringLiteral("CD-2026-0001"), db().sql());
    ASSERT_TRUE(reference.has_value());
    EXPECT_EQ(reference->params.size(), 2);
    // The word index: the table on SQLite, on PostgreSQL through casedesk_search_cases (0014).
    const QLatin1String wordIndex(db().dialect() == Dialect::Postgres ? "casedesk_search_cases"
                                                                      : "case_search");
    EXPECT_FALSE(reference->sql.contains(wordIndex));
    EXPECT_TRUE(searchCondition(QStringLiteral("anders"), db().sql())->sql.contains(wordIndex));
    EXPECT_FALSE(searchCondition(QStringLiteral("   "), db().sql()).has_value());
}

// The counters against counting rows, after a random mix of intake, status changes,
// assignments, needs-action changes and purges.
TEST_P(SearchTest, CountersEqualCountedRowsAfterRandomOperations)
{
    ASSERT_TRUE(EServiceRepository(db()).ensure(kSchool, QStringLiteral("Skolskjuts")).ok());
    ASSERT_TRUE(EServiceRepository(db()).setRetention(kSchool, 10).ok());
    std::mt19937 random(20261128);
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const QStringList people{QString(), QStringLiteral("anna"), QStringLiteral("bert")};
    const QStringList statuses{QStringLiteral("registered"), QStringLiteral("in_progress"),
                               QStringLiteral("waiting_supplement"), QStringLiteral("supplemented"),
                               QStringLiteral("closed")};
    QStringList refs;
    const CaseRepository cases(db());
    const CaseService service(db());

    const auto check = [&](int step) {
        QList<CaseQuery> queries;
        for (SavedView view : allSavedViews())
            for (const QString& who : {QStringLiteral("anna"), QStringLiteral("bert")})
                queries << queryForView(view, who);
        for (const QString& e : {kParking, kSchool}) {
            CaseQuery q;
            q.eserviceId = e;
            queries << q;
            for (const QString& s : statuses) {
                q.statusId = s;
                queries << q;
            }
        }
        for (const CaseQuery& q : std::as_const(queries)) {
            // (The due views are counted from the due-day counters, the Flagged view from the
            // person's marks, not the case counters.)
            ASSERT_EQ(CaseRepository::countedByCounters(q),
                      !q.dueFrom.isValid() && !q.dueTo.isValid() && !q.markedOnly);
            auto counted = cases.count(q);
            ASSERT_TRUE(counted.ok()) << text(counted.error());
            CaseQuery all = q;
            all.limit = 10000;
            auto rows = cases.list(all);
            ASSERT_TRUE(rows.ok());
            EXPECT_EQ(*counted, rows->size()) << "step " << step;
        }
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT coalesce(sum(n), 0) FROM case_counts")),
                  scalar(db(), QStringLiteral("SELECT count(*) FROM cases")))
            << "step " << step;
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM case_counts WHERE n < 0")), 0);
    };

    for (int step = 0; step < 80; ++step) {
        const int op = refs.size() < 4 ? 0 : pick(6);
        if (op == 0) {
            NewCase c = person(QStringLiteral("Person %1").arg(step));
            c.eservice = pick(2) ? kSchool : kParking;
            refs << submit(c);
        } else if (op == 1 || op == 2) {
            auto r =
                service.changeStatus(refs.at(pick(int(refs.size()))), statuses.at(pick(5)), std::nullopt, {});
            if (!r.ok()) {
                EXPECT_EQ(r.error().code, ErrorCode::InvalidInput)
                    << text(r.error()); // a transition not allowed
            }
        } else if (op == 3) {
            auto r = service.assign(refs.at(pick(int(refs.size()))), people.at(pick(3)), std::nullopt);
            ASSERT_TRUE(r.ok()) << text(r.error());
        } else if (op == 4) {
            const QString ref = refs.at(pick(int(refs.size())));
            ASSERT_TRUE(cases.setNeedsAction(m_ids.value(ref), pick(2) == 1).ok());
        } else {
            // Close a few school cases long ago and purge them.
            auto q = db().exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ?"
                                              " WHERE eservice_id = ? AND status_id = 'registered'"),
                               {toSqlTime(kNow.addDays(-20)), kSchool});
            ASSERT_TRUE(q.ok());
            auto report = RetentionService(db()).purge(kNow);
            ASSERT_TRUE(report.ok()) << text(report.error());
            QStringList left;
            for (const QString& ref : std::as_const(refs))
                if (cases.findSummary(ref)->has_value())
                    left << ref;
            refs = left;
        }
        if (step % 10 == 9)
            check(step);
    }
    check(80);
}

CASEDESK_INSTANTIATE_BACKENDS(SearchTest);

// PostgreSQL only: search and counts obey the same row-level security as the cases.
class SearchAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_prefix = QStringLiteral("srch%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
        Database& owner = m_database->db();
        m_plain = submit(owner, QStringLiteral("x-1"), QStringLiteral("Anders Synlig"), false, kParking);
        m_protected = submit(owner, QStringLiteral("x-2"), QStringLiteral("Hemlig Skyddad"), true, kParking);
        m_school = submit(owner, QStringLiteral("x-3"), QStringLiteral("Sara Skolelev"), false, kSchool);
        const AccessService access(owner);
        ASSERT_TRUE(access.addUser(user("cw"), QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("cwp"), QStringLiteral("caseworker"), QString(), true).ok());
        ASSERT_TRUE(access.grant(user("cw"), kParking, QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(user("cwp"), kParking, QStringLiteral("work")).ok());
    }

    static QString submit(Database& db, const QString& id, const QString& name, bool isProtected,
                          const QString& eservice)
    {
        Submission s = sampleSubmission(id);
        s.applicant.name = name;
        s.applicant.protectedIdentity = isProtected;
        s.signatures.clear();
        if (eservice != kParking) {
            s.eserviceId = eservice;
            s.eserviceName = QStringLiteral("Skolskjuts");
        }
        auto receipt = IntakeService(db).submit(s);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : text(receipt.error()));
        return receipt.ok() ? receipt->reference : QString();
    }

    QString user(const char* name) const { return m_prefix + QString::fromLatin1(name); }

    std::unique_ptr<Database> as(const char* name) { return m_database->openAs(user(name)); }

    static QSet<QString> found(Database& db, const QString& search)
    {
        CaseQuery query;
        query.search = search;
        auto rows = CaseRepository(db).list(query);
        EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : text(rows.error()));
        QSet<QString> refs;
        if (rows.ok())
            for (const CaseSummary& row : *rows)
                refs.insert(row.reference);
        return refs;
    }

    QString m_prefix;
    std::unique_ptr<TestDatabase> m_database;
    QString m_plain;
    QString m_protected;
    QString m_school;
};

TEST_F(SearchAccessTest, CaseworkersFindOnlyWhatTheyMayRead)
{
    auto cw = as("cw");
    auto cwp = as("cwp");
    ASSERT_TRUE(cw && cwp);
    using Refs = QSet<QString>;
    EXPECT_EQ(found(*cw, QStringLiteral("anders")), Refs({m_plain}));
    // Neither by the protected applicant's name, nor by its number or form...
    EXPECT_EQ(found(*cw, QStringLiteral("hemlig")), Refs());
    EXPECT_EQ(found(*cw, QStringLiteral("skyddad")), Refs());
    EXPECT_EQ(found(*cw, QStringLiteral("storgatan")), Refs({m_plain}));
    // ...but its reference, as the row itself is visible ("Skyddad identitet").
    EXPECT_EQ(found(*cw, m_protected), Refs({m_protected}));
    // Nothing of an e-service without rights, not even by reference.
    EXPECT_EQ(found(*cw, QStringLiteral("sara")), Refs());
    EXPECT_EQ(found(*cw, m_school), Refs());
    // With the right to see protected identities.
    EXPECT_EQ(found(*cwp, QStringLiteral("hemlig")), Refs({m_protected}));
    EXPECT_EQ(found(*cwp, QStringLiteral("sara")), Refs());

    // The same as raw SQL under the role.
    // The search table itself is not readable (0015): its words are personal data, matched only
    // through casedesk_search_cases, which returns ids under the caller's rules.
    EXPECT_FALSE(cw->exec(QStringLiteral("SELECT count(*) FROM case_search")).ok());
    EXPECT_FALSE(cwp->exec(QStringLiteral("SELECT document FROM case_search")).ok());
    EXPECT_EQ(scalar(*cw, QStringLiteral("SELECT count(*) FROM casedesk_search_cases('hemlig:*')")), 0);
    EXPECT_EQ(scalar(*cwp, QStringLiteral("SELECT count(*) FROM casedesk_search_cases('hemlig:*')")), 1);
    EXPECT_EQ(scalar(*cw, QStringLiteral("SELECT count(*) FROM casedesk_search_cases('anders:*')")), 1);
    EXPECT_EQ(
        scalar(*cw, QStringLiteral("SELECT count(*) FROM case_counts WHERE eservice_id = ?"), {kSchool}), 0);
    EXPECT_FALSE(cw->exec(QStringLiteral("DELETE FROM case_search")).ok());
    EXPECT_FALSE(cw->exec(QStringLiteral("UPDATE case_counts SET n = n + 1")).ok());
    EXPECT_FALSE(
        cw->exec(QStringLiteral("INSERT INTO case_counts VALUES ('x', 'submitted', '', true, 5)")).ok());
    EXPECT_FALSE(cw->exec(QStringLiteral("UPDATE search_maintenance SET deferred = true")).ok());
    EXPECT_FALSE(cw->exec(QStringLiteral("SELECT casedesk_search_refresh(ARRAY[1::bigint])")).ok());
}

TEST_F(SearchAccessTest, CountsAreTheCountsOfTheVisibleRows)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const CaseRepository asCaseworker(*cw);
    for (SavedView view : allSavedViews()) {
        const CaseQuery query = queryForView(view, user("cw"));
        CaseQuery all = query;
        all.limit = 1000;
        EXPECT_EQ(*asCaseworker.count(query), asCaseworker.list(all)->size()) << int(view);
    }
    EXPECT_EQ(*asCaseworker.count(CaseQuery()), 2); // both parking cases, the protected one included
    EXPECT_EQ(*CaseRepository(m_database->db()).count(CaseQuery()), 3);

    // A caseworker's own change moves the counters (the trigger writes with the owner's rights).
    ASSERT_TRUE(CaseService(*cw).assign(m_plain, user("cw"), std::nullopt).ok());
    EXPECT_EQ(*asCaseworker.count(queryForView(SavedView::Mine, user("cw"))), 1);
    EXPECT_EQ(*asCaseworker.count(queryForView(SavedView::Unassigned, user("cw"))), 1);
    ASSERT_TRUE(CaseService(*cw).changeStatus(m_plain, QStringLiteral("registered"), std::nullopt, {}).ok());
    CaseQuery registered;
    registered.statusId = QStringLiteral("registered");
    EXPECT_EQ(*asCaseworker.count(registered), 1);
}
