// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"

#include "mail/MailTemplates.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "messaging/SupplementService.h"
#include "repositories/EServiceRepository.h"
#include "retention/RetentionService.h"
#include "workflow/CaseService.h"

using namespace casedesk;
using namespace casedesk::test;

// Attacks on the rules of case work, as each role with psql would try them (issue #11).

namespace {

const char* const kRoles[] = {"admin", "cw", "rd", "service", "portal"};

} // namespace

// A caseworker closes a case "years ago" by hand, so that the next retention run deletes it
// without a decision, a history event or an audit row.
TEST_F(SecurityTest, NobodyClosesACaseInThePastOrOutsideTheWorkflow)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const qint64 id = caseId(m_parkingRef);
    // Without the history event the commit is refused.
    EXPECT_FALSE(attempt(*cw,
                         QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = now() - interval "
                                        "'400 days' WHERE id = ?"),
                         {id}));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("submitted"));
    // Not an allowed transition (submitted -> supplemented) even with an event.
    EXPECT_FALSE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET status_id = 'supplemented' WHERE id = ?"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, to_status_id)"
                        " VALUES (?, now(), 'x', 'status_changed', 'supplemented')")},
        {id}));
    // 'decided' only with a decision.
    EXPECT_FALSE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET status_id = 'decided' WHERE id = ?"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, to_status_id)"
                        " VALUES (?, now(), 'x', 'status_changed', 'decided')")},
        {id}));
    // With its event, closing works, but at the database's time and with the version bumped by one.
    ASSERT_TRUE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = now() - interval '400 days',"
                        " updated_at = now() - interval '400 days', version = version + 40 WHERE id = ?"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, to_status_id)"
                        " VALUES (?, now() - interval '400 days', 'portal', 'status_changed', 'closed')")},
        {id}));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM cases WHERE id = ? AND closed_at > now() - interval "
                                  "'1 hour' AND updated_at > now() - interval '1 hour' AND version = 2"),
                   {id}),
        1);
    EXPECT_EQ(ownerCount(QStringLiteral(
                             "SELECT count(*) FROM case_events WHERE case_id = ? AND kind = "
                             "'status_changed' AND actor = ? AND occurred_at > now() - interval '1 hour'"),
                         {id, login("cw")}),
              1);
    // So retention does not take it, whoever runs it and whatever time they name.
    ASSERT_TRUE(attempt(owner(), QStringLiteral("UPDATE eservices SET retention_days = 30")));
    auto service = as("service");
    ASSERT_TRUE(service);
    auto purged = RetentionService(*service).purge(QDateTime::currentDateTimeUtc().addYears(5));
    ASSERT_TRUE(purged.ok()) << purged.error().describe().toStdString();
    EXPECT_EQ(purged->purged, 0);
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    EXPECT_TRUE(attempt(*admin, QStringLiteral("DELETE FROM cases")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM cases")), 3);
}

TEST_F(SecurityTest, CaseRowsKeepWhatTheApplicantSubmittedAndTheirBookkeeping)
{
    auto cw = as("cw");
    auto service = as("service");
    ASSERT_TRUE(cw && service);
    const qint64 id = caseId(m_parkingRef);
    const QString before =
        ownerValue(QStringLiteral("SELECT row(c.*)::text FROM cases c WHERE id = ?"), {id}).toString();
    for (const QString& sql :
         {QStringLiteral("UPDATE cases SET applicant_email = 'attacker@example.net' WHERE id = ?"),
          QStringLiteral("UPDATE cases SET protected_identity = true WHERE id = ?"),
          QStringLiteral("UPDATE cases SET signature_state = 'valid' WHERE id = ?"),
          QStringLiteral("UPDATE cases SET unread_count = unread_count + 5 WHERE id = ?"),
          QStringLiteral("UPDATE cases SET version = version + 7 WHERE id = ?"),
          QStringLiteral("UPDATE cases SET submitted_at = now() - interval '9 years' WHERE id = ?")}) {
        EXPECT_FALSE(attempt(*cw, sql, {id})) << sql.toStdString();
        EXPECT_FALSE(attempt(*service, sql, {id})) << sql.toStdString();
    }
    // Assigned only to someone who may work the e-service, and only with the event.
    EXPECT_FALSE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ?"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind) VALUES (?, now(), 'x', "
                        "'assigned')")},
        {login("rd"), id}));
    EXPECT_FALSE(
        attempt(*cw, QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ?"), {login("colleague"), id}));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT row(c.*)::text FROM cases c WHERE id = ?"), {id}).toString(),
              before);
}

// Rewriting what the applicant wrote, writing in the applicant's or a colleague's name,
// backdating history.
TEST_F(SecurityTest, NobodyWritesInAnotherNameOrRewritesWhatTheApplicantSent)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    const qint64 id = caseId(m_parkingRef);
    for (Database* db : {cw.get(), admin.get()}) {
        EXPECT_FALSE(attempt(
            *db, QStringLiteral("UPDATE messages SET body = 'Jag drar tillbaka min ansökan.' WHERE id = ?"),
            {m_incomingMessageId}));
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("DELETE FROM messages WHERE id = ?"), {m_incomingMessageId}));
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                                   " VALUES (?, 'in', 'message', 'applicant', 'Jag återkallar.', now())"),
                    {id}));
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("UPDATE form_fields SET value_text = 'Nej', value_json = '\"Nej\"'"
                                   " WHERE case_id = ?"),
                    {id}));
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("INSERT INTO form_fields (case_id, page_index, field_index, field_key,"
                                   " label, field_type, value_json, value_text) VALUES (?, 0, 99, 'x',"
                                   " 'x', 'text', '\"x\"', 'x')"),
                    {id}));
        EXPECT_FALSE(attempt(
            *db, QStringLiteral("INSERT INTO case_parties (case_id, role, name) VALUES (?, 'guardian', 'X')"),
            {id}));
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("INSERT INTO signatures (case_id, role, name, signed_at, provider,"
                                   " signed_digest, kind) VALUES (?, 'applicant', 'X', now(), 'bankid',"
                                   " 'x', 'oep')"),
                    {id}));
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM case_events WHERE case_id = ?"), {id}));
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("UPDATE case_events SET actor = 'portal' WHERE case_id = ?"), {id}));
    }
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT body FROM messages WHERE id = ?"), {m_incomingMessageId})
                  .toString(),
              QStringLiteral("Jag bifogar intyget."));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE case_id = ? AND direction = 'in'"),
                   {id}),
        1);
    EXPECT_EQ(ownerCount(
                  QStringLiteral("SELECT count(*) FROM form_fields WHERE case_id = ? AND value_text = 'Nej'"),
                  {id}),
              0);

    // What a caseworker may write is written in their name, at the database's time.
    ASSERT_TRUE(attempt(*cw,
                        QStringLiteral("INSERT INTO notes (case_id, author, body, created_at)"
                                       " VALUES (?, ?, 'forged note', now() - interval '5 years')"),
                        {id, login("colleague")}));
    ASSERT_TRUE(
        attempt(*cw,
                QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind)"
                               " VALUES (?, now() - interval '3 years', 'portal', 'message_received')"),
                {id}));
    ASSERT_TRUE(attempt(
        *cw,
        QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                       " VALUES (?, 'out', 'message', 'applicant', 'hej', now() - interval '1 year')"),
        {id}));
    const QString recent = QStringLiteral(" > now() - interval '1 hour'");
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM notes WHERE body = 'forged note' AND author = ?"
                                        " AND created_at") +
                             recent,
                         {login("cw")}),
              1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE kind = 'message_received'"
                                        " AND actor = ? AND occurred_at") +
                             recent,
                         {login("cw")}),
              1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE body = 'hej' AND author = ?"
                                        " AND sent_at") +
                             recent,
                         {login("cw")}),
              1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE actor = 'portal'")), 0);
    // Notes stay as written.
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE notes SET body = 'x'")));
    EXPECT_FALSE(attempt(*cw, QStringLiteral("DELETE FROM notes")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM notes WHERE body = 'forged note'")), 1);

    // The one change to a message: a caseworker marks the applicant's message read, now.
    EXPECT_FALSE(attempt(*cw, QStringLiteral("UPDATE messages SET read_at = now() - interval '1 year'"
                                             " WHERE direction = 'out'")));
    ASSERT_TRUE(
        attempt(*cw, QStringLiteral("UPDATE messages SET read_at = now() - interval '1 year' WHERE id = ?"),
                {m_incomingMessageId}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND read_at") + recent,
                         {m_incomingMessageId}),
              1);
}

// A decision (or any row) of one case pointing into another: once that other case is due, every
// purge run would abort on the foreign key.
TEST_F(SecurityTest, ACasesRowsPointOnlyIntoTheSameCase)
{
    const qint64 parking = caseId(m_parkingRef);
    const qint64 school = caseId(m_schoolRef);
    const qint64 schoolAttachment =
        ownerCount(QStringLiteral("SELECT min(id) FROM attachments WHERE case_id = ?"), {school});
    ASSERT_GT(schoolAttachment, 0);
    // Not even the owner can link the cases.
    EXPECT_FALSE(
        attempt(owner(),
                QStringLiteral("INSERT INTO decisions (case_id, outcome_id, outcome_name_sv,"
                               " outcome_name_en, body, document_attachment_id, decided_by, decided_at)"
                               " VALUES (?, 'approved', 'Beviljas', 'Approved', 'x', ?, 'x', now())"),
                {parking, schoolAttachment}));
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    EXPECT_FALSE(attemptTransaction(
        *cw,
        {QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                        " VALUES (?, 'out', 'decision', 'x', 'Beviljas', now())"),
         QStringLiteral(
             "INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en, body,"
             " document_attachment_id, message_id, decided_by, decided_at) SELECT ?, 'approved', 'a',"
             " 'a', 'x', ?, max(id), 'x', now() FROM messages WHERE kind = 'decision'")},
        {parking, schoolAttachment}));
    EXPECT_FALSE(attempt(owner(),
                         QStringLiteral("INSERT INTO attachments (case_id, message_id, file_name, mime_type,"
                                        " size_bytes, sha256, content, created_at) VALUES (?, ?, 'a.txt',"
                                        " 'text/plain', 1, 'x', 'x', now())"),
                         {school, m_incomingMessageId}));
    EXPECT_FALSE(
        attempt(owner(),
                QStringLiteral("INSERT INTO supplement_requests (case_id, message_id, body, due_date,"
                               " requested_by, requested_at) VALUES (?, ?, 'x', current_date, 'x', now())"),
                {school, m_incomingMessageId}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM decisions")), 0);

    // Both cases purge, each on its own.
    ASSERT_TRUE(
        attempt(owner(), QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = now() - interval "
                                        "'90 days'")));
    auto service = as("service");
    ASSERT_TRUE(service);
    auto purged = RetentionService(*service).purge(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(purged.ok()) << purged.error().describe().toStdString();
    EXPECT_EQ(purged->purged, 3);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM purge_log WHERE purged_by = ?"), {login("service")}),
        3);
}

// A mail to any address with any text, sent from the municipality's sender address.
TEST_F(SecurityTest, OnlyTheSystemQueuesMailToTheCasesOwnAddresses)
{
    const qint64 id = caseId(m_parkingRef);
    const qint64 before = ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox"));
    const QString phishing = QStringLiteral(
        "INSERT INTO mail_outbox (case_id, kind, recipient, subject, body, created_at, next_attempt_at)"
        " VALUES (?, ?, ?, 'Betala avgiften', 'Betala till konto 1234', now(), now())");
    for (const char* role : kRoles) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(
            attempt(*db, phishing, {id, QStringLiteral("new_message"), QStringLiteral("victim@example.net")}))
            << role;
        EXPECT_FALSE(attempt(*db, phishing,
                             {QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("test"),
                              QStringLiteral("victim@example.net")}))
            << role;
        // To the applicant, but with nothing happening to the case.
        EXPECT_FALSE(
            attempt(*db, phishing, {id, QStringLiteral("new_message"), QStringLiteral("tolvan@example.se")}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE mail_outbox SET recipient = 'victim@example.net',"
                                                 " body = 'x'")))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM mail_outbox"))) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox")), before);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE recipient = 'victim@example.net'"
                                  " OR body LIKE '%konto%'")),
        0);

    // With a real change to the case, the mail to the applicant carries the template's text,
    // not the caller's.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    ASSERT_TRUE(attemptTransaction(
        *cw,
        {QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                        " VALUES (?, 'out', 'message', 'x', 'Hej', now())"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind) VALUES (?, now(), 'x',"
                        " 'message_sent')"),
         phishing},
        {id, QStringLiteral("new_message"), QStringLiteral("tolvan@example.se")}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE body LIKE '%konto%'")), 0);
    EXPECT_EQ(ownerCount(
                  QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'new_message'"
                                 " AND recipient = 'tolvan@example.se' AND subject LIKE 'Nytt meddelande%'")),
              1);
    // A test mail goes only to the municipality's own address, with the fixed text.
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    EXPECT_TRUE(attempt(*admin, phishing,
                        {QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("test"),
                         QStringLiteral("noreply@kommun.example.se")}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'test' AND body LIKE "
                                        "'%provmeddelande%'")),
              1);
}

// The database renders mail texts from the same built-in texts as the client: compare them for
// every kind and language.
TEST_F(SecurityTest, TheDatabasesMailTextsAreTheClientsTexts)
{
    const qint64 id = caseId(m_parkingRef);
    ASSERT_TRUE(
        attempt(owner(),
                QStringLiteral("INSERT INTO supplement_requests (case_id, message_id, body, due_date,"
                               " requested_by, requested_at) SELECT ?, id, 'x', DATE '2027-01-15', 'x',"
                               " now() FROM messages WHERE case_id = ? AND direction = 'in'"),
                {id, id}));
    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        ASSERT_TRUE(
            EServiceRepository(owner()).setLanguage(QStringLiteral("parkeringstillstand"), language).ok());
        for (const char* kind : {"confirmation", "functional_mailbox", "new_message", "supplement_requested",
                                 "decision_available", "case_closed"}) {
            auto q = owner().exec(QStringLiteral("SELECT subject, body FROM casedesk_render_mail(?, ?)"),
                                  {id, QString::fromLatin1(kind)});
            ASSERT_TRUE(q.ok() && q->next()) << kind;
            const auto builtIn = MailTemplates::builtIn(QString::fromLatin1(kind), language);
            ASSERT_TRUE(builtIn) << kind;
            const QDate due =
                QLatin1String(kind) == QLatin1String("supplement_requested") ? QDate(2027, 1, 15) : QDate();
            const MailText expected = MailTemplates::fill(
                *builtIn, m_parkingRef, QStringLiteral("Parkeringstillstånd för rörelsehindrade"), due);
            EXPECT_EQ(q->value(0).toString().toStdString(), expected.subject.toStdString()) << kind;
            EXPECT_EQ(q->value(1).toString().toStdString(), expected.body.toStdString()) << kind;
        }
    }
}

// The service login deletes the whole audit log, or backdates rows.
TEST_F(SecurityTest, TheLogsAreAppendOnlyForEveryLogin)
{
    ASSERT_TRUE(attempt(owner(), QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES"
                                                " (now() - interval '800 days', 'x', 'ancient'),"
                                                " (now() - interval '10 days', 'x', 'recent')")));
    ASSERT_TRUE(attempt(
        owner(), QStringLiteral("INSERT INTO purge_log (reference, eservice_id, closed_at, purged_at,"
                                " field_count, attachment_count, message_count, note_count,"
                                " signature_count, event_count, mail_count) VALUES ('CD-1', 'x', now(),"
                                " now(), 0, 0, 0, 0, 0, 0, 0)")));
    const qint64 audit = ownerCount(QStringLiteral("SELECT count(*) FROM audit_log"));
    for (const char* role : kRoles) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM audit_log"))) << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("UPDATE audit_log SET occurred_at = now() - interval '9 years'")))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM purge_log"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE purge_log SET reference = 'x'"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("TRUNCATE audit_log, purge_log"))) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM purge_log WHERE reference = 'CD-1'")), 1);

    // Backdated rows get the database's time and the session's login.
    auto service = as("service");
    ASSERT_TRUE(service);
    ASSERT_TRUE(attempt(*service, QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES"
                                                 " (now() - interval '5 years', 'anna.lind', 'backdated')")));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backdated' AND actor = ?"
                                  " AND occurred_at > now() - interval '1 hour'"),
                   {login("service")}),
        1);
    // Expiry removes only what is older than audit.retention_days, whatever time the service names.
    auto expired = service->exec(
        QStringLiteral("SELECT casedesk_expire_audit_log(now() + interval '10 years', 100000)"));
    ASSERT_TRUE(expired.ok() && expired->next());
    EXPECT_EQ(expired->value(0).toInt(), 1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recent'")), 1);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ancient'")), 0);
}

TEST_F(SecurityTest, AReaderChangesNothing)
{
    auto rd = as("rd");
    ASSERT_TRUE(rd);
    const qint64 id = caseId(m_parkingRef);
    const QString snapshot = QStringLiteral(
        "SELECT (SELECT row(c.*)::text FROM cases c WHERE id = ?) || (SELECT count(*) FROM messages)"
        " || (SELECT count(*) FROM notes) || (SELECT count(*) FROM case_events) || (SELECT count(*) FROM "
        "mail_outbox)"
        " || (SELECT count(*) FROM decisions) || (SELECT count(*) FROM supplement_requests)");
    const QString before = ownerValue(snapshot, {id}).toString();
    for (const QString& sql :
         {QStringLiteral("UPDATE cases SET needs_action = false WHERE id = ?"),
          QStringLiteral("UPDATE cases SET assignee = NULL WHERE id = ?"),
          QStringLiteral("INSERT INTO notes (case_id, author, body, created_at) VALUES (?, 'x', 'x', now())"),
          QStringLiteral(
              "INSERT INTO messages (case_id, direction, kind, author, body, sent_at) VALUES (?, 'out',"
              " 'message', 'x', 'x', now())"),
          QStringLiteral(
              "INSERT INTO case_events (case_id, occurred_at, actor, kind) VALUES (?, now(), 'x', 'x')"),
          QStringLiteral("UPDATE messages SET read_at = now() WHERE case_id = ?"),
          QStringLiteral("DELETE FROM cases WHERE id = ?")})
        EXPECT_FALSE(attempt(*rd, sql, {id})) << sql.toStdString();
    EXPECT_EQ(ownerValue(snapshot, {id}).toString(), before);
}

// An e-service's functional mailbox is the administrators' choice: intake (the service) cannot
// set one, not for a new e-service and not for an existing one.
TEST_F(SecurityTest, TheFunctionalMailboxIsSetByAdministratorsOnly)
{
    auto service = as("service");
    auto cw = as("cw");
    ASSERT_TRUE(service && cw);
    ASSERT_TRUE(attempt(*service, QStringLiteral("INSERT INTO eservices (id, name, functional_mailbox) VALUES"
                                                 " ('nytt', 'Nytt', 'attacker@example.net')")));
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT functional_mailbox FROM eservices WHERE id = 'nytt'")).isNull());
    EXPECT_FALSE(attempt(*service,
                         QStringLiteral("UPDATE eservices SET functional_mailbox = 'attacker@example.net'")));
    EXPECT_FALSE(
        attempt(*cw, QStringLiteral("UPDATE eservices SET functional_mailbox = 'attacker@example.net'")));
    EXPECT_EQ(ownerCount(
                  QStringLiteral("SELECT count(*) FROM eservices WHERE functional_mailbox LIKE 'attacker%'")),
              0);
}

// The guards refuse what CaseDesk would refuse, and nothing CaseDesk does: a caseworker's whole
// day through the services, as their own login, lands with every mail queued.
TEST_F(SecurityTest, ACaseworkersWholeWorkflowPassesTheGuards)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const auto ok = [](const auto& result) {
        return result.ok() ? std::string() : result.error().describe().toStdString();
    };
    auto opened = CaseService(*cw).open(m_parkingRef, true);
    ASSERT_TRUE(opened.ok()) << ok(opened);
    auto taken = CaseService(*cw).assign(m_parkingRef, login("cw"), opened->summary.version);
    ASSERT_TRUE(taken.ok()) << ok(taken);
    auto registered =
        CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("registered"), taken->version, {});
    ASSERT_TRUE(registered.ok()) << ok(registered);
    auto read = MessageService(*cw).markInboundRead(m_parkingRef);
    ASSERT_TRUE(read.ok()) << ok(read); // opening marked it read already; either way it is read now
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND read_at IS NOT NULL"),
                         {m_incomingMessageId}),
              1);
    OutgoingFile file;
    file.fileName = QStringLiteral("information.pdf");
    file.content = tinyPdf();
    auto sent =
        MessageService(*cw).send(m_parkingRef, QStringLiteral("Hej! Här kommer information."), {file});
    ASSERT_TRUE(sent.ok()) << ok(sent);
    auto note = MessageService(*cw).addNote(m_parkingRef, QStringLiteral("Ringde sökanden."));
    ASSERT_TRUE(note.ok()) << ok(note);
    auto supplement = SupplementService(*cw).request(m_parkingRef, QStringLiteral("Skicka läkarintyget."),
                                                     QDate::currentDate().addDays(14));
    ASSERT_TRUE(supplement.ok()) << ok(supplement);
    auto working =
        CaseService(*cw).changeStatus(m_parkingRef, QStringLiteral("in_progress"), std::nullopt, {});
    ASSERT_TRUE(working.ok()) << ok(working);
    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Ansökan beviljas.");
    auto decision = DecisionService(*cw).record(m_parkingRef, input);
    ASSERT_TRUE(decision.ok()) << ok(decision);
    auto corrected = DecisionService(*cw).correct(m_parkingRef, decision->id, input);
    ASSERT_TRUE(corrected.ok()) << ok(corrected);

    const qint64 id = caseId(m_parkingRef);
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("decided"));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE case_id = ? AND kind IN"
                                        " ('new_message', 'supplement_requested', 'decision_available')"),
                         {id}),
              4);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND actor = ?"),
                         {id, login("cw")}),
              8); // assigned, registered, message, note, supplement, in progress, decision, correction
}

// "Väntar på komplettering" by hand left the applicant unasked (issue #15): no message, no due
// date, no mail. A case waits only while a supplement request is open.
TEST_F(SecurityTest, ACaseWaitsForASupplementOnlyWithAnOpenRequest)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const qint64 id = caseId(m_parkingRef);
    // submitted -> waiting_supplement is an allowed transition, and the event is there.
    EXPECT_FALSE(attemptTransaction(
        *cw,
        {QStringLiteral("UPDATE cases SET status_id = 'waiting_supplement' WHERE id = ?"),
         QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, to_status_id)"
                        " VALUES (?, now(), 'x', 'status_changed', 'waiting_supplement')")},
        {id}));
    // The database's own status change: the statement itself is refused (0030 runs the commit's
    // check before the function answers), with the reason's code.
    const int version = ownerValue(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {id}).toInt();
    EXPECT_FALSE(attempt(*cw,
                         QStringLiteral("SELECT casedesk_change_status(?, 'waiting_supplement', ?, 'x')"),
                         {m_parkingRef, version}));
    {
        auto refused =
            cw->exec(QStringLiteral("SELECT casedesk_change_status(?, 'waiting_supplement', ?, 'x')"),
                     {m_parkingRef, version});
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().describe().contains(QStringLiteral("by requesting one")))
            << refused.error().describe().toStdString();
    }
    // The function's body called directly: its refusal comes at the commit, after the row it
    // returned, so what counts is what is stored.
    (void)attempt(*cw,
                  QStringLiteral("SELECT casedesk_change_status_unchecked(?, 'waiting_supplement', ?, 'x')"),
                  {m_parkingRef, version});
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("submitted"));
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("submitted"));
    const CaseService service(*cw);
    auto moved = service.changeStatus(m_parkingRef, QStringLiteral("waiting_supplement"), std::nullopt, {});
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("submitted"));
    // The request moves it, with its message and due date.
    auto requested = SupplementService(*cw).request(m_parkingRef, QStringLiteral("Skicka läkarintyget."),
                                                    QDate::currentDate().addDays(14), std::nullopt);
    ASSERT_TRUE(requested.ok()) << requested.error().describe().toStdString();
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT status_id FROM cases WHERE id = ?"), {id}).toString(),
              QStringLiteral("waiting_supplement"));
}
