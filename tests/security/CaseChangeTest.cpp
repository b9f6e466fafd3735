// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "workflow/CaseService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

// casedesk_change_status and casedesk_assign_case (migration 0013), attacked as raw SQL under
// each role: who may call them, and that calling them does no more than the table guards let
// the caller do with plain UPDATEs (no other e-service's case, no protected case blind, no
// transition the e-service does not allow, no 'decided' without a decision, no other actor).

namespace {

const QString kChange = QStringLiteral("SELECT casedesk_change_status(?, ?, ?, ?)");
const QString kAssign = QStringLiteral("SELECT casedesk_assign_case(?, ?, ?)");

// The function's answer as `db` gets it; an empty object when the call itself was refused.
QJsonObject call(Database& db, const QString& sql, const QVariantList& params)
{
    auto q = db.exec(sql, params);
    if (!q.ok() || !q->next())
        return {};
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

QString refusalCode(const QJsonObject& answer)
{
    return answer.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QVariant noVersion()
{
    return QVariant(QMetaType(QMetaType::Int));
}

} // namespace

class CaseChangeTest : public SecurityTest
{
protected:
    // What a change would leave behind, read as the owner.
    QString statusOf(const QString& reference)
    {
        return ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE reference = ?"), {reference})
            .toString();
    }
    QString assigneeOf(const QString& reference)
    {
        return ownerValue(QStringLiteral("SELECT assignee FROM cases WHERE reference = ?"), {reference})
            .toString();
    }
    qint64 eventsOf(const QString& reference)
    {
        return ownerCount(QStringLiteral("SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id"
                                         " WHERE c.reference = ?"),
                          {reference});
    }
    void expectUnchanged(const QString& reference, qint64 events, const char* who)
    {
        EXPECT_EQ(statusOf(reference), QStringLiteral("submitted")) << who;
        EXPECT_TRUE(assigneeOf(reference).isEmpty()) << who;
        EXPECT_EQ(eventsOf(reference), events) << who;
    }
};

TEST_F(CaseChangeTest, TheFunctionsRunWithTheCallersRightsAndAPinnedSearchPath)
{
    for (const char* function :
         {"casedesk_change_status", "casedesk_assign_case", "casedesk_case_for_change",
          "casedesk_case_summary", "casedesk_change_refusal", "casedesk_change_status_unchecked",
          "casedesk_assign_case_unchecked", "casedesk_check_case_history_now"}) {
        EXPECT_FALSE(ownerValue(QStringLiteral("SELECT bool_or(prosecdef) FROM pg_proc WHERE proname = ?"),
                                {QString::fromLatin1(function)})
                         .toBool())
            << function;
        EXPECT_TRUE(ownerValue(QStringLiteral("SELECT bool_and(array_to_string(proconfig, ',') LIKE"
                                              " 'search_path=%pg_temp') FROM pg_proc WHERE proname = ?"),
                               {QString::fromLatin1(function)})
                        .toBool())
            << function;
    }
}

TEST_F(CaseChangeTest, ThePortalAndTheServiceCannotCallThem)
{
    const qint64 events = eventsOf(m_parkingRef);
    for (const char* role : {"portal", "service"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(
            attempt(*db, kChange, {m_parkingRef, QStringLiteral("registered"), noVersion(), QString()}))
            << role;
        EXPECT_FALSE(attempt(*db, kAssign, {m_parkingRef, login("cw"), noVersion()})) << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT * FROM casedesk_case_for_change(?, NULL)"), {m_parkingRef}))
            << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT casedesk_change_status_unchecked(?, 'registered', NULL, '')"),
                    {m_parkingRef}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT casedesk_assign_case_unchecked(?, ?, NULL)"),
                             {m_parkingRef, login("cw")}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT casedesk_check_case_history_now()"))) << role;
        auto changed =
            CaseService(*db).changeStatus(m_parkingRef, QStringLiteral("registered"), {}, QString());
        ASSERT_FALSE(changed.ok()) << role;
        EXPECT_EQ(changed.error().code, ErrorCode::PermissionDenied) << role;
        expectUnchanged(m_parkingRef, events, role);
    }
}

TEST_F(CaseChangeTest, AReaderMayCallButChangesNothing)
{
    const qint64 events = eventsOf(m_parkingRef);
    auto rd = as("rd");
    ASSERT_TRUE(rd);
    EXPECT_EQ(
        refusalCode(call(*rd, kChange, {m_parkingRef, QStringLiteral("registered"), noVersion(), QString()})),
        QStringLiteral("permission_denied"));
    EXPECT_EQ(refusalCode(call(*rd, kAssign, {m_parkingRef, login("rd"), noVersion()})),
              QStringLiteral("permission_denied"));
    // The row lock the function takes needs the right to update: the reader cannot hold cases.
    EXPECT_FALSE(attemptTransaction(
        *rd, {QStringLiteral("SELECT id FROM cases WHERE reference = ? FOR UPDATE")}, {m_parkingRef}));
    auto changed = CaseService(*rd).changeStatus(m_parkingRef, QStringLiteral("registered"), {}, QString());
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, ErrorCode::PermissionDenied);
    expectUnchanged(m_parkingRef, events, "reader");
}

TEST_F(CaseChangeTest, AnotherEServicesCaseIsMissingOrReadOnly)
{
    const qint64 events = eventsOf(m_schoolRef);
    // The colleague does not read the school e-service: the case does not exist for them.
    auto colleague = as("colleague");
    ASSERT_TRUE(colleague);
    EXPECT_EQ(refusalCode(call(*colleague, kChange,
                               {m_schoolRef, QStringLiteral("registered"), noVersion(), QString()})),
              QStringLiteral("not_found"));
    auto missing =
        CaseService(*colleague).changeStatus(m_schoolRef, QStringLiteral("registered"), {}, QString());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().field, QStringLiteral("reference"));
    // The caseworker reads it but does not work it.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    EXPECT_EQ(
        refusalCode(call(*cw, kChange, {m_schoolRef, QStringLiteral("registered"), noVersion(), QString()})),
        QStringLiteral("permission_denied"));
    EXPECT_EQ(refusalCode(call(*cw, kAssign, {m_schoolRef, login("cw"), noVersion()})),
              QStringLiteral("permission_denied"));
    auto denied = CaseService(*cw).assign(m_schoolRef, login("cw"), {});
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    // Nor does a plain UPDATE do more: row-level security leaves the row out, whatever it answers.
    (void)attemptTransaction(
        *cw, {QStringLiteral("UPDATE cases SET status_id = 'registered' WHERE reference = ?")},
        {m_schoolRef});
    expectUnchanged(m_schoolRef, events, "caseworker");
}

TEST_F(CaseChangeTest, AProtectedCaseIsNotWorkedBlind)
{
    const qint64 events = eventsOf(m_protectedRef);
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const QJsonObject answer =
        call(*cw, kChange, {m_protectedRef, QStringLiteral("registered"), noVersion(), QString()});
    EXPECT_EQ(refusalCode(answer), QStringLiteral("permission_denied"));
    EXPECT_EQ(refusalCode(call(*cw, kAssign, {m_protectedRef, login("cw"), noVersion()})),
              QStringLiteral("permission_denied"));
    expectUnchanged(m_protectedRef, events, "caseworker without the protected right");
    // Nothing of the person in the refusal.
    EXPECT_FALSE(QString::fromUtf8(QJsonDocument(answer).toJson()).contains(QStringLiteral("Skyddad")));
}

TEST_F(CaseChangeTest, OnlyTheEServicesTransitionsAndNeverDecidedWithoutADecision)
{
    const qint64 events = eventsOf(m_parkingRef);
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    // 'supplemented' is not reachable from 'submitted'; 'decided' needs a decision; 'nowhere' is none.
    for (const char* status : {"supplemented", "decided", "nowhere"}) {
        const QJsonObject answer =
            call(*cw, kChange, {m_parkingRef, QString::fromLatin1(status), noVersion(), QString()});
        EXPECT_EQ(refusalCode(answer), QStringLiteral("invalid_input")) << status;
        EXPECT_EQ(answer.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                  QStringLiteral("status"))
            << status;
    }
    auto refused = CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("supplemented"), {}, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().message(),
              QStringLiteral(
                  "a case in 'submitted' cannot move to 'supplemented'; allowed: registered, in_progress,"
                  " waiting_supplement, decided, closed"));
    // Called inside a transaction of the caller's own, with a plain UPDATE after it that skips the
    // history: the guards refuse the whole transaction at the commit.
    EXPECT_FALSE(attemptTransaction(
        *cw, {kChange, QStringLiteral("UPDATE cases SET status_id = 'in_progress' WHERE reference = ?")},
        {m_parkingRef, QStringLiteral("registered"), noVersion(), QString()}));
    expectUnchanged(m_parkingRef, events, "caseworker");
}

TEST_F(CaseChangeTest, TheActorIsTheSessionsLoginWhateverTheCallerSets)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    // As the group role, in a transaction of the caller's own: still the caseworker's change.
    ASSERT_TRUE(
        attemptTransaction(*cw, {QStringLiteral("SET LOCAL ROLE casedesk_caseworker"), kChange},
                           {m_parkingRef, QStringLiteral("registered"), noVersion(), QStringLiteral("x")}));
    EXPECT_EQ(statusOf(m_parkingRef), QStringLiteral("registered"));
    EXPECT_EQ(
        ownerValue(QStringLiteral("SELECT string_agg(actor, ',') FROM case_events e JOIN cases c ON"
                                  " c.id = e.case_id WHERE c.reference = ? AND e.kind = 'status_changed'"),
                   {m_parkingRef})
            .toString(),
        login("cw"));
    // A case goes only to someone who may work its e-service (the guard of 0008): not the reader.
    const qint64 events = eventsOf(m_parkingRef);
    EXPECT_FALSE(attempt(*cw, kAssign, {m_parkingRef, login("rd"), noVersion()}));
    auto denied = CaseService(*cw).assign(m_parkingRef, login("rd"), {});
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(assigneeOf(m_parkingRef).isEmpty());
    EXPECT_EQ(eventsOf(m_parkingRef), events);
}

TEST_F(CaseChangeTest, AStaleVersionIsAConflictThatNamesTheLastChange)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    auto colleague = as("colleague");
    ASSERT_TRUE(colleague);
    const int version =
        int(ownerCount(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {m_parkingRef}));
    auto first =
        CaseService(*colleague).changeStatus(m_parkingRef, QStringLiteral("in_progress"), version, QString());
    ASSERT_TRUE(first.ok()) << first.error().message().toStdString();
    EXPECT_EQ(first->version, version + 1);
    EXPECT_EQ(first->statusNameEn, QStringLiteral("In progress"));
    const qint64 events = eventsOf(m_parkingRef);
    auto second = CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("closed"), version, QString());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(second.error().message().contains(QStringLiteral("last change: status in_progress by ") +
                                                  login("colleague")))
        << second.error().message().toStdString();
    EXPECT_EQ(statusOf(m_parkingRef), QStringLiteral("in_progress"));
    EXPECT_EQ(eventsOf(m_parkingRef), events);
}
