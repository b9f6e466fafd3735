// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "db/TransactionGuard.h"
#include "intake/IntakeService.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "messaging/SupplementService.h"
#include "messaging/TemplateService.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

// The messaging tables' rights on a real PostgreSQL, as raw SQL under each role and through the
// services: the portal role holds nothing but the contract's functions. (SQLite enforces none.)
class MessagingAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_prefix = QStringLiteral("m%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
        Database& owner = m_database->db();
        auto receipt = IntakeService(owner).submit(sampleSubmission(QStringLiteral("acl-1")));
        ASSERT_TRUE(receipt.ok());
        m_ref = receipt->reference;
        Submission school = sampleSubmission(QStringLiteral("acl-2"));
        school.eserviceId = QStringLiteral("skolskjuts");
        school.eserviceName = QStringLiteral("Skolskjuts");
        auto other = IntakeService(owner).submit(school);
        ASSERT_TRUE(other.ok());
        m_schoolRef = other->reference;

        const AccessService access(owner);
        ASSERT_TRUE(access.addUser(user("cw"), QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("rd"), QStringLiteral("reader"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(user("admin"), QStringLiteral("admin"), QString(), false).ok());
        ASSERT_TRUE(
            access.grant(user("cw"), QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(user("cw"), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
        ASSERT_TRUE(
            access.grant(user("rd"), QStringLiteral("parkeringstillstand"), QStringLiteral("read")).ok());
        // The portal's own login, a member of casedesk_portal only.
        ASSERT_TRUE(owner
                        .exec(QStringLiteral("CREATE ROLE ") + user("portal") +
                              QStringLiteral(" LOGIN IN ROLE casedesk_portal"))
                        .ok());

        ASSERT_TRUE(MessageService(owner).addNote(m_ref, QStringLiteral("SECRET-NOTE")).ok());
        ASSERT_TRUE(MessageService(owner).send(m_ref, QStringLiteral("Hej från kommunen"), {}).ok());
    }

    QString user(const char* name) const { return m_prefix + QString::fromLatin1(name); }

    std::unique_ptr<Database> as(const char* name) { return m_database->openAs(user(name)); }

    std::unique_ptr<TestDatabase> m_database;
    QString m_prefix;
    QString m_ref;
    QString m_schoolRef;
};

TEST_F(MessagingAccessTest, PortalRoleHasNoTableRightsOnlyTheContract)
{
    auto portal = as("portal");
    ASSERT_TRUE(portal);
    for (const char* table : {"cases", "messages", "notes", "attachments", "case_events", "decisions",
                              "supplement_requests", "mail_outbox", "case_applicants", "eservices",
                              "audit_log", "message_templates", "decision_outcomes"}) {
        auto q = portal->exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        ASSERT_FALSE(q.ok()) << table;
        EXPECT_EQ(q.error().code, ErrorCode::PermissionDenied) << table;
    }
    EXPECT_FALSE(portal->exec(QStringLiteral("UPDATE messages SET read_at = now()")).ok());
    EXPECT_FALSE(
        portal->exec(QStringLiteral("SELECT casedesk_portal_write('191212121212', ?, 'x', false)"), {m_ref})
            .ok());
    EXPECT_FALSE(
        portal->exec(QStringLiteral("SELECT casedesk_portal_case_id('191212121212', ?)"), {m_ref}).ok());
    EXPECT_FALSE(portal->exec(QStringLiteral("SELECT casedesk_case_readable(1)")).ok());

    // The contract works for the portal and shows no note, no caseworker, no personal data.
    auto view = PortalService(*portal).messages(sampleApplicant(), m_ref);
    ASSERT_TRUE(view.ok()) << view.error().describe().toStdString();
    ASSERT_EQ(view->messages.size(), 1);
    const QString json = QString::fromUtf8(QJsonDocument(PortalService::toJson(*view)).toJson());
    EXPECT_FALSE(json.contains(QStringLiteral("SECRET-NOTE")));
    EXPECT_FALSE(json.contains(m_database->db().currentUser()));
    EXPECT_FALSE(json.contains(QStringLiteral("Tolvan")));
    EXPECT_FALSE(json.contains(QStringLiteral("19121212")));

    EXPECT_EQ(*PortalService(*portal).markRead(sampleApplicant(), m_ref), 1);
    auto reply = PortalService(*portal).reply(sampleApplicant(), m_ref, QStringLiteral("Tack"),
                                              {OutgoingFile{QStringLiteral("bilaga.pdf"), tinyPdf(), {}}});
    ASSERT_TRUE(reply.ok()) << reply.error().describe().toStdString();
    EXPECT_EQ(reply->attachments.size(), 1);
    // An attachment cannot be pinned on someone else's message, nor outside the writing transaction.
    auto pinned = portal->exec(
        QStringLiteral("SELECT casedesk_portal_attach('191212121212', ?, ?, 'x.pdf', 'application/pdf', ?)"),
        {m_ref, reply->id, tinyPdf()});
    EXPECT_FALSE(pinned.ok());
    auto noCase = PortalService(*portal).messages(sampleApplicant(), QStringLiteral("CD-1999-999999"));
    ASSERT_FALSE(noCase.ok());
    EXPECT_EQ(noCase.error().code, ErrorCode::NotFound);

    // What the portal did is on the case for the caseworker.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    auto thread = MessageService(*cw).thread(m_ref);
    ASSERT_TRUE(thread.ok()) << thread.error().describe().toStdString();
    ASSERT_EQ(thread->messages.size(), 2);
    EXPECT_TRUE(thread->messages.first().readAt.isValid());
    EXPECT_EQ(thread->messages.last().attachments.size(), 1);
}

// As the portal's login, raw SQL: every function answers only for the citizen whose identity
// it is given; another citizen's identity gets what a missing case gets. The reference-only
// functions of 0005 are gone, and every portal function pins its search_path with pg_temp last.
TEST_F(MessagingAccessTest, PortalFunctionsAnswerOnlyForTheCitizensOwnCases)
{
    Database& owner = m_database->db();
    DecisionInput decision;
    decision.outcomeId = QStringLiteral("approved");
    decision.text = QStringLiteral("Beviljas.");
    ASSERT_TRUE(DecisionService(owner).record(m_ref, decision).ok());
    qint64 documentId = 0;
    {
        auto d = owner.exec(QStringLiteral("SELECT a.id FROM attachments a JOIN cases c ON c.id = a.case_id"
                                           " WHERE c.reference = ? AND a.message_id IS NOT NULL"),
                            {m_ref});
        ASSERT_TRUE(d.ok() && d->next());
        documentId = d->value(0).toLongLong();
    }
    auto portal = as("portal");
    ASSERT_TRUE(portal);
    const QString applicant = QStringLiteral("191212121212");
    const QString guardian = QStringLiteral("20080808-0014"); // a party: '-' is accepted
    const QString stranger = QStringLiteral("198001011231");
    const QString missing = QStringLiteral("CD-1999-999999");

    auto rows = [&](const QString& sql, const QVariantList& params) {
        auto q = portal->exec(sql, params);
        EXPECT_TRUE(q.ok()) << sql.toStdString() << ": "
                            << (q.ok() ? std::string() : q.error().message().toStdString());
        int n = 0;
        while (q.ok() && q->next())
            ++n;
        return n;
    };
    const QStringList reads{QStringLiteral("SELECT * FROM casedesk_portal_case(?, ?)"),
                            QStringLiteral("SELECT * FROM casedesk_portal_messages(?, ?)"),
                            QStringLiteral("SELECT * FROM casedesk_portal_documents(?, ?)"),
                            QStringLiteral("SELECT * FROM casedesk_portal_decision(?, ?)")};
    for (const QString& sql : reads) {
        EXPECT_GT(rows(sql, {applicant, m_ref}), 0) << sql.toStdString();
        EXPECT_GT(rows(sql, {guardian, m_ref}), 0) << sql.toStdString();
        EXPECT_EQ(rows(sql, {stranger, m_ref}), 0) << sql.toStdString();
        EXPECT_EQ(rows(sql, {applicant, missing}), 0) << sql.toStdString();
    }
    const QString one = QStringLiteral("SELECT * FROM casedesk_portal_document(?, ?, ?)");
    EXPECT_EQ(rows(one, {applicant, m_ref, documentId}), 1);
    EXPECT_EQ(rows(one, {stranger, m_ref, documentId}), 0);
    const QString mine = QStringLiteral("SELECT * FROM casedesk_portal_cases(?)");
    EXPECT_EQ(rows(mine, {applicant}), 2);
    EXPECT_EQ(rows(mine, {guardian}), 2);
    EXPECT_EQ(rows(mine, {stranger}), 0);

    // Writes: the stranger's error is the missing case's error, word for word, and nothing changes.
    for (const QString& sql : {QStringLiteral("SELECT casedesk_portal_reply(?, ?, 'x')"),
                               QStringLiteral("SELECT casedesk_portal_supplement(?, ?, 'x')"),
                               QStringLiteral("SELECT casedesk_portal_read(?, ?)")}) {
        auto wrong = portal->exec(sql, {stranger, m_ref});
        auto absent = portal->exec(sql, {stranger, missing});
        ASSERT_FALSE(wrong.ok()) << sql.toStdString();
        ASSERT_FALSE(absent.ok()) << sql.toStdString();
        EXPECT_EQ(wrong.error().code, absent.error().code);
        EXPECT_EQ(QString(wrong.error().message()).replace(m_ref, QStringLiteral("REF")),
                  QString(absent.error().message()).replace(missing, QStringLiteral("REF")))
            << wrong.error().message().toStdString();
        EXPECT_TRUE(wrong.error().message().contains(QStringLiteral("no case with reference")))
            << wrong.error().message().toStdString();
    }
    EXPECT_FALSE(
        portal->exec(QStringLiteral("SELECT casedesk_portal_read('not-a-number', ?)"), {m_ref}).ok());
    auto unread =
        owner.exec(QStringLiteral("SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id"
                                  " WHERE c.reference = ? AND m.direction = 'out' AND m.read_at IS NULL"),
                   {m_ref});
    ASSERT_TRUE(unread.ok() && unread->next());
    EXPECT_EQ(unread->value(0).toInt(), 2); // the message and the decision, still unread
    auto inbound =
        owner.exec(QStringLiteral("SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id"
                                  " WHERE c.reference = ? AND m.direction = 'in'"),
                   {m_ref});
    ASSERT_TRUE(inbound.ok() && inbound->next());
    EXPECT_EQ(inbound->value(0).toInt(), 0);

    // The applicant's writes work; an attachment cannot go to the case under another identity.
    {
        TransactionGuard transaction(*portal); // rolled back at the end of the block
        ASSERT_TRUE(transaction.begun().ok());
        auto reply =
            portal->exec(QStringLiteral("SELECT casedesk_portal_reply(?, ?, 'Tack')"), {applicant, m_ref});
        ASSERT_TRUE(reply.ok() && reply->next());
        const qint64 messageId = reply->value(0).toLongLong();
        EXPECT_FALSE(portal
                         ->exec(QStringLiteral(
                                    "SELECT casedesk_portal_attach(?, ?, ?, 'x.pdf', 'application/pdf', ?)"),
                                {stranger, m_ref, messageId, tinyPdf()})
                         .ok());
    }

    // A temporary table of the caller's never stands in for CaseDesk's: PUBLIC may not create
    // one at all, and where a DBA granted TEMPORARY back, pg_temp still comes last.
    EXPECT_FALSE(portal->exec(QStringLiteral("CREATE TEMP TABLE case_parties (id bigint)")).ok());
    ASSERT_TRUE(m_database->db()
                    .exec(QStringLiteral("GRANT TEMPORARY ON DATABASE ") + m_database->url().databaseName +
                          QStringLiteral(" TO ") + user("portal"))
                    .ok());
    portal = as("portal");
    ASSERT_TRUE(portal);
    ASSERT_TRUE(
        portal
            ->exec(QStringLiteral("CREATE TEMP TABLE case_parties (id bigint, case_id bigint, role text,"
                                  " name text, personal_number text, required_signature boolean)"))
            .ok());
    ASSERT_TRUE(
        portal
            ->exec(QStringLiteral("INSERT INTO pg_temp.case_parties SELECT g, g, 'guardian', 'x', ?, true"
                                  " FROM generate_series(1, 1000) g"),
                   {QStringLiteral("19800101-1231")})
            .ok());
    for (const QString& sql : reads)
        EXPECT_EQ(rows(sql, {stranger, m_ref}), 0) << "temp table: " << sql.toStdString();
    EXPECT_EQ(rows(mine, {stranger}), 0);
    EXPECT_FALSE(portal->exec(QStringLiteral("SELECT casedesk_portal_read(?, ?)"), {stranger, m_ref}).ok());

    // The reference-only signatures of 0005 are gone.
    for (const char* old :
         {"casedesk_portal_case(text)", "casedesk_portal_messages(text)", "casedesk_portal_documents(text)",
          "casedesk_portal_document(text, bigint)", "casedesk_portal_decision(text)",
          "casedesk_portal_reply(text, text)", "casedesk_portal_supplement(text, text)",
          "casedesk_portal_attach(text, bigint, text, text, bytea)", "casedesk_portal_read(text)",
          "casedesk_portal_write(text, text, boolean)", "casedesk_portal_case_id(text)"}) {
        auto q = portal->exec(QStringLiteral("SELECT pg_catalog.to_regprocedure(?) IS NULL"),
                              {QString::fromLatin1(old)});
        ASSERT_TRUE(q.ok() && q->next()) << old;
        EXPECT_TRUE(q->value(0).toBool()) << old << " still exists";
    }
    EXPECT_FALSE(portal->exec(QStringLiteral("SELECT * FROM casedesk_portal_case(?)"), {m_ref}).ok());
    EXPECT_FALSE(portal->exec(QStringLiteral("SELECT * FROM casedesk_portal_messages(?)"), {m_ref}).ok());

    // Every portal function: SECURITY DEFINER, search_path pinned with pg_temp last.
    auto functions = portal->exec(QStringLiteral(
        "SELECT p.oid::regprocedure::text, p.prosecdef, coalesce(array_to_string(p.proconfig, ','), '')"
        " FROM pg_catalog.pg_proc p WHERE p.proname LIKE 'casedesk\\_portal\\_%'"));
    ASSERT_TRUE(functions.ok()) << functions.error().message().toStdString();
    int count = 0;
    while (functions->next()) {
        ++count;
        const std::string name = functions->value(0).toString().toStdString();
        EXPECT_TRUE(functions->value(1).toBool()) << name;
        const QString config = functions->value(2).toString();
        EXPECT_TRUE(config.startsWith(QStringLiteral("search_path=")) &&
                    config.endsWith(QStringLiteral("pg_temp")))
            << name << ": " << config.toStdString();
    }
    EXPECT_EQ(count, 14);
}

TEST_F(MessagingAccessTest, CaseworkersWriteOnlyOnWorkableCasesAndDecisionsAreFinal)
{
    auto cw = as("cw");
    auto rd = as("rd");
    ASSERT_TRUE(cw && rd);
    EXPECT_TRUE(MessageService(*cw).send(m_ref, QStringLiteral("Hej"), {}).ok());
    EXPECT_TRUE(MessageService(*cw).addNote(m_ref, QStringLiteral("notering")).ok());
    EXPECT_EQ(MessageService(*cw).send(m_schoolRef, QStringLiteral("Hej"), {}).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(MessageService(*rd).addNote(m_ref, QStringLiteral("x")).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(SupplementService(*rd)
                  .request(m_ref, QStringLiteral("x"), QDate::currentDate().addDays(3))
                  .error()
                  .code,
              ErrorCode::PermissionDenied);
    // Raw SQL: the database itself refuses, whatever the client checks.
    EXPECT_FALSE(
        rd->exec(QStringLiteral("INSERT INTO notes (case_id, author, body, created_at)"
                                " SELECT id, session_user, 'x', now() FROM cases WHERE reference = ?"),
                 {m_ref})
            .ok());
    auto schoolNote =
        cw->exec(QStringLiteral("INSERT INTO notes (case_id, author, body, created_at)"
                                " SELECT id, session_user, 'x', now() FROM cases WHERE reference = ?"),
                 {m_schoolRef});
    EXPECT_FALSE(schoolNote.ok());
    auto schoolUnread =
        cw->exec(QStringLiteral("UPDATE cases SET unread_count = 5 WHERE reference = ?"), {m_schoolRef});
    ASSERT_TRUE(schoolUnread.ok());
    EXPECT_EQ(schoolUnread->numRowsAffected(), 0); // RLS: not workable, so not visible for UPDATE

    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Beviljas.");
    auto decision = DecisionService(*cw).record(m_ref, input);
    ASSERT_TRUE(decision.ok()) << decision.error().describe().toStdString();
    for (Database* db : {cw.get(), rd.get(), &m_database->db()}) {
        EXPECT_FALSE(
            db->exec(QStringLiteral("UPDATE decisions SET body = 'x' WHERE id = ?"), {decision->id}).ok());
        EXPECT_FALSE(db->exec(QStringLiteral("DELETE FROM decisions WHERE id = ?"), {decision->id}).ok());
    }
    // decided_by must be the session user: nobody records a decision in another's name.
    EXPECT_FALSE(cw->exec(QStringLiteral(
                              "INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en,"
                              " body, decided_by, decided_at) SELECT id, 'approved', 'a', 'a', 'x',"
                              " 'someone_else', now() FROM cases WHERE reference = ?"),
                          {m_ref})
                     .ok());
}

TEST_F(MessagingAccessTest, OnlyAdministratorsChangeTemplatesAndOutcomes)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    const QString eservice = QStringLiteral("parkeringstillstand");
    EXPECT_EQ(TemplateService(*cw)
                  .setMessageTemplate(eservice, QStringLiteral("a"), QStringLiteral("b"))
                  .error()
                  .code,
              ErrorCode::PermissionDenied);
    EXPECT_FALSE(cw->exec(QStringLiteral("INSERT INTO message_templates (eservice_id, name, body, updated_at)"
                                         " VALUES ('parkeringstillstand', 'x', 'y', now())"))
                     .ok());
    EXPECT_TRUE(
        TemplateService(*admin).setMessageTemplate(eservice, QStringLiteral("a"), QStringLiteral("b")).ok());
    EXPECT_TRUE(TemplateService(*admin)
                    .setOutcome(eservice, QStringLiteral("referred"), QStringLiteral("Hänvisas"),
                                QStringLiteral("Referred"))
                    .ok());
    auto seen = TemplateService(*cw).outcomes(eservice);
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen->size(), 5);
    EXPECT_EQ(TemplateService(*cw).messageTemplates(eservice)->size(), 1);
}
