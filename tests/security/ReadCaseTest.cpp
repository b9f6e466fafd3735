// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RoundTripCounter.h"
#include "SecurityFixture.h"

#include "workflow/CaseService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

// casedesk_read_case and casedesk_open_case (migration 0012): a case in one statement, under the
// same rules as row-level security and the logged per-table reads of 0011, attacked as raw SQL
// under each role; and opening a case in at most three round trips (issue #13).

namespace {

// The case document as `db` reads it with psql; a null document when the database returned NULL.
QJsonObject readCase(Database& db, const QString& reference, bool* isNull = nullptr)
{
    auto q = db.exec(QStringLiteral("SELECT casedesk_read_case(?)"), {reference});
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().message().toStdString());
    if (!q.ok() || !q->next())
        return {};
    if (isNull)
        *isNull = q->value(0).isNull();
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

const QString kAccessRows =
    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read' AND actor = ?"
                   " AND case_id = ?");

} // namespace

TEST_F(SecurityTest, ACaseworkerWithoutTheEServiceGetsWhatAMissingCaseGets)
{
    // The colleague works parking only: the school case does not exist for them.
    auto colleague = as("colleague");
    ASSERT_TRUE(colleague);
    bool isNull = false;
    readCase(*colleague, m_schoolRef, &isNull);
    EXPECT_TRUE(isNull);
    readCase(*colleague, QStringLiteral("CD-1999-000001"), &isNull);
    EXPECT_TRUE(isNull);
    auto opened = CaseService(*colleague).open(m_schoolRef, true);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotFound);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND case_id = ?"),
                         {login("colleague"), caseId(m_schoolRef)}),
              0);
}

TEST_F(SecurityTest, WithoutTheProtectedRightTheCaseDocumentNamesNobody)
{
    const QString number =
        ownerValue(QStringLiteral("SELECT applicant_personal_number FROM cases WHERE id = ?"),
                   {caseId(m_protectedRef)})
            .toString();
    const QString street = ownerValue(QStringLiteral("SELECT applicant_street FROM cases WHERE id = ?"),
                                      {caseId(m_protectedRef)})
                               .toString();
    ASSERT_FALSE(number.isEmpty());
    ASSERT_FALSE(street.isEmpty());
    for (const char* role : {"cw", "colleague", "rd"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        const QJsonObject doc = readCase(*db, m_protectedRef);
        ASSERT_FALSE(doc.isEmpty()) << role << ": the case itself is visible, as in the inbox";
        const QString text = QString::fromUtf8(QJsonDocument(doc).toJson());
        EXPECT_FALSE(text.contains(QStringLiteral("Skyddad"))) << role;
        EXPECT_FALSE(text.contains(number)) << role;
        EXPECT_FALSE(text.contains(number.left(8))) << role;
        EXPECT_FALSE(text.contains(street)) << role;
        EXPECT_FALSE(doc.value(QStringLiteral("content")).toBool()) << role;
        EXPECT_TRUE(doc.value(QStringLiteral("applicant")).isNull()) << role;
        EXPECT_TRUE(doc.value(QStringLiteral("fields")).toArray().isEmpty()) << role;
        // CaseDesk shows it as a case whose content is hidden.
        auto detail = CaseService(*db).open(m_protectedRef, true);
        ASSERT_TRUE(detail.ok()) << role;
        EXPECT_TRUE(detail->contentHidden) << role;
        EXPECT_TRUE(detail->applicant.name.isEmpty()) << role;
        EXPECT_TRUE(detail->summary.applicantName.isEmpty()) << role;
        EXPECT_TRUE(detail->pages.isEmpty()) << role;
    }
    // Nobody read personal data, so no such row; the administrator has the right and sees it.
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read'")),
        0);
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    const QJsonObject doc = readCase(*admin, m_protectedRef);
    EXPECT_EQ(doc.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Skyddad Person"));
    EXPECT_EQ(ownerCount(kAccessRows, {login("admin"), caseId(m_protectedRef)}), 1);
}

TEST_F(SecurityTest, ThePortalCannotReadOrOpenACase)
{
    auto portal = as("portal");
    ASSERT_TRUE(portal);
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT casedesk_read_case(?)"), {m_parkingRef}));
    EXPECT_FALSE(attempt(*portal, QStringLiteral("SELECT casedesk_open_case(?, true)"), {m_parkingRef}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ?"), {login("portal")}),
              0);
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {caseId(m_parkingRef)})
            .toBool());
}

TEST_F(SecurityTest, ReadingACaseIsLoggedOncePerFewMinutes)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const qint64 parking = caseId(m_parkingRef);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject doc = readCase(*cw, m_parkingRef);
        EXPECT_FALSE(doc.value(QStringLiteral("applicant"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString()
                         .isEmpty());
        EXPECT_TRUE(
            QString::fromUtf8(QJsonDocument(doc).toJson()).contains(QStringLiteral("Jag bifogar intyget.")));
    }
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), parking}), 1);
    // Reading is no opening: the case still needs action, nothing was marked.
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {parking}).toBool());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.opened'")), 0);
    // The reader's read is logged as the reader's.
    auto rd = as("rd");
    ASSERT_TRUE(rd);
    readCase(*rd, m_parkingRef);
    EXPECT_EQ(ownerCount(kAccessRows, {login("rd"), parking}), 1);
}

TEST_F(SecurityTest, OpeningACaseAsACaseworkerIsAtMostThreeRoundTrips)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const qint64 parking = caseId(m_parkingRef);
    // The first open on a connection prepares its statement; every later one only executes it.
    for (int round = 0; round < 2; ++round) {
        RoundTripCounter counter(*cw);
        ASSERT_TRUE(counter.ok());
        auto detail = CaseService(*cw).open(m_parkingRef, true);
        const QStringList queries = counter.stop();
        ASSERT_TRUE(detail.ok()) << detail.error().message().toStdString();
        EXPECT_LE(queries.size(), 3) << queries.join(QLatin1Char('\n')).toStdString();
        EXPECT_GE(queries.size(), 1);
        EXPECT_TRUE(detail->notMarked.isEmpty()) << detail->notMarked.english().toStdString();
        EXPECT_FALSE(detail->applicant.name.isEmpty());
        EXPECT_FALSE(detail->pages.isEmpty());
        EXPECT_FALSE(detail->signatures.isEmpty());
        EXPECT_EQ(detail->signatures.first().check, SignatureCheck::Valid);
        EXPECT_FALSE(detail->events.isEmpty());
        EXPECT_EQ(detail->messages.size(), 1);
        EXPECT_EQ(detail->summary.unreadCount, 0);
        EXPECT_FALSE(detail->source.isEmpty());
        EXPECT_EQ(detail->externalId, QStringLiteral("sec-1"));
    }
    // What opening marks, as the caseworker: needs action cleared, the message read, one
    // case.opened and one personal_data_read row for the two opens.
    EXPECT_FALSE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {parking}).toBool());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT unread_count FROM cases WHERE id = ?"), {parking}), 0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND read_at IS NOT NULL"),
                         {m_incomingMessageId}),
              1);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.opened' AND actor = ?"
                                  " AND case_id = ?"),
                   {login("cw"), parking}),
        1);
    EXPECT_EQ(ownerCount(kAccessRows, {login("cw"), parking}), 1);
}

TEST_F(SecurityTest, AWriterHoldingTheCaseDoesNotHoldItsView)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const qint64 parking = caseId(m_parkingRef);
    // Another session is changing the case and keeps its row locked.
    ASSERT_TRUE(attempt(owner(), QStringLiteral("BEGIN")));
    ASSERT_TRUE(
        attempt(owner(), QStringLiteral("UPDATE cases SET assignee = assignee WHERE id = ?"), {parking}));
    QElapsedTimer timer;
    timer.start();
    auto detail = CaseService(*cw).open(m_parkingRef, true);
    const qint64 waited = timer.elapsed();
    ASSERT_TRUE(attempt(owner(), QStringLiteral("ROLLBACK")));
    ASSERT_TRUE(detail.ok()) << detail.error().message().toStdString();
    EXPECT_LT(waited, 3000);
    EXPECT_FALSE(detail->applicant.name.isEmpty());
    EXPECT_FALSE(detail->notMarked.isEmpty()) << "the failed marking is reported";
    // Nothing of the marking stayed: it is one subtransaction.
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {parking}).toBool());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND read_at IS NOT NULL"),
                         {m_incomingMessageId}),
              0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.opened'")), 0);
    // Once the writer is gone, opening marks it.
    auto again = CaseService(*cw).open(m_parkingRef, true);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->notMarked.isEmpty()) << again->notMarked.english().toStdString();
    EXPECT_FALSE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {parking}).toBool());
}
