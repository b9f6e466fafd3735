// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "admin/AdminService.h"
#include "intake/IntakeService.h"
#include "messaging/ApplicantMail.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "messaging/SupplementService.h"
#include "messaging/TemplateService.h"
#include "repositories/CaseRepository.h"
#include "repositories/OutboxRepository.h"
#include "retention/RetentionService.h"
#include "workflow/CaseService.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

std::string describe(const Error& e)
{
    return e.describe().toStdString();
}

} // namespace

// Messages, notes, supplement requests, decisions and the portal contract through the service
// classes, on SQLite and PostgreSQL.
class MessagingServiceTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("msg-1")));
        ASSERT_TRUE(receipt.ok()) << describe(receipt.error());
        m_ref = receipt->reference;
        m_caseId = receipt->caseId;
    }

    CaseSummary summary()
    {
        auto s = CaseRepository(db()).findSummary(m_ref);
        EXPECT_TRUE(s.ok() && s->has_value());
        return s.ok() && s->has_value() ? **s : CaseSummary{};
    }

    QList<OutgoingMail> mailsOfKind(const QString& kind)
    {
        auto mails = OutboxRepository(db()).forCase(m_caseId);
        EXPECT_TRUE(mails.ok());
        QList<OutgoingMail> result;
        for (const OutgoingMail& m : *mails)
            if (m.kind == kind)
                result << m;
        return result;
    }

    qint64 count(const QString& sql)
    {
        auto q = db().exec(sql, {m_caseId});
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    static void expectNoPersonalData(const QString& text)
    {
        for (const char* secret : {"Tolvan", "Tolvansson", "19121212", "1212-1212", "Storgatan",
                                   "070-1234567", "tolvan@example.se", "Helsingborg"})
            EXPECT_FALSE(text.contains(QString::fromLatin1(secret), Qt::CaseInsensitive)) << secret;
    }

    QString m_ref;
    qint64 m_caseId = 0;
};

TEST_P(MessagingServiceTest, MessageWithAttachmentQueuesOneMailWithoutPersonalData)
{
    const CaseSummary before = summary();
    auto sent =
        MessageService(db()).send(m_ref, QStringLiteral("Hej Tolvan! Vi behöver veta mer om ditt behov."),
                                  {OutgoingFile{QStringLiteral("intyg.pdf"), tinyPdf(), {}}}, before.version);
    ASSERT_TRUE(sent.ok()) << describe(sent.error());
    ASSERT_EQ(sent->attachments.size(), 1);
    EXPECT_EQ(sent->attachments.first().mimeType, QStringLiteral("application/pdf"));

    const QList<OutgoingMail> mails = mailsOfKind(QStringLiteral("new_message"));
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().recipient, QStringLiteral("tolvan@example.se"));
    EXPECT_TRUE(mails.first().body.contains(m_ref));
    EXPECT_TRUE(mails.first().body.contains(QStringLiteral("Min sida")));
    expectNoPersonalData(mails.first().subject);
    expectNoPersonalData(mails.first().body);
    EXPECT_FALSE(mails.first().body.contains(QStringLiteral("behov")));

    const CaseSummary after = summary();
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_GE(after.lastActivityAt, before.lastActivityAt);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'message_sent'")),
        1);

    // A stale version is a conflict and sends nothing.
    auto stale = MessageService(db()).send(m_ref, QStringLiteral("again"), {}, before.version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(mailsOfKind(QStringLiteral("new_message")).size(), 1);
}

TEST_P(MessagingServiceTest, HostileAttachmentsAreRefusedAndNothingIsStored)
{
    const qint64 messagesBefore = count(QStringLiteral("SELECT count(*) FROM messages WHERE case_id = ?"));
    const QByteArray elf = QByteArrayLiteral("\x7f"
                                             "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    struct Case
    {
        OutgoingFile file;
        const char* field;
    };
    const QList<Case> hostile{
        {{QStringLiteral("virus.exe"), QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00"), {}},
         "attachments[0].content"},
        {{QStringLiteral("report.pdf"), elf, {}}, "attachments[0].content"},
        {{QStringLiteral("tom.txt"), QByteArray(), {}}, "attachments[0].content"},
        {{QStringLiteral("bild.png"), QByteArrayLiteral("not a png at all"), {}}, "attachments[0].content"},
        {{QStringLiteral("x.pdf"), tinyPdf(), QStringLiteral("no type")}, "attachments[0].mimeType"},
    };
    for (const Case& c : hostile) {
        auto sent = MessageService(db()).send(m_ref, QStringLiteral("text"), {c.file});
        ASSERT_FALSE(sent.ok()) << c.file.fileName.toStdString();
        EXPECT_EQ(sent.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(sent.error().field, QString::fromLatin1(c.field)) << c.file.fileName.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE case_id = ?")), messagesBefore);

    // Names from outside are reduced to safe base names, and duplicates made unique.
    auto sent = MessageService(db()).send(
        m_ref, QStringLiteral("två filer"),
        {OutgoingFile{QStringLiteral("../../etc/passwd.txt"), QByteArrayLiteral("hej"), {}},
         OutgoingFile{QStringLiteral("C:\\Windows\\CON.txt"), QByteArrayLiteral("hej"), {}},
         OutgoingFile{QStringLiteral("passwd.txt"), QByteArrayLiteral("hej"), {}}});
    ASSERT_TRUE(sent.ok()) << describe(sent.error());
    QStringList names;
    for (const AttachmentInfo& a : sent->attachments) {
        EXPECT_FALSE(a.fileName.contains(QLatin1Char('/')));
        EXPECT_FALSE(a.fileName.contains(QLatin1Char('\\')));
        EXPECT_NE(a.fileName.compare(QStringLiteral("CON.txt"), Qt::CaseInsensitive), 0);
        names << a.fileName.toLower();
    }
    names.removeDuplicates();
    EXPECT_EQ(names.size(), 3);

    // Empty and control-character texts.
    auto empty = MessageService(db()).send(m_ref, QStringLiteral("   "), {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("text"));
    auto control = MessageService(db()).addNote(m_ref, QStringLiteral("bell\x07"));
    ASSERT_FALSE(control.ok());
    EXPECT_EQ(control.error().field, QStringLiteral("text"));
}

TEST_P(MessagingServiceTest, PortalNeverSeesNotesOrCaseworkerData)
{
    ASSERT_TRUE(MessageService(db()).addNote(m_ref, QStringLiteral("INTERNAL-NOTE-7 misstänkt fusk")).ok());
    ASSERT_TRUE(CaseService(db()).assign(m_ref, QStringLiteral("handlaggare.hemlig"), std::nullopt).ok());
    ASSERT_TRUE(MessageService(db()).send(m_ref, QStringLiteral("Till sökanden"), {}).ok());

    auto view = PortalService(db()).messages(sampleApplicant(), m_ref);
    ASSERT_TRUE(view.ok()) << describe(view.error());
    ASSERT_EQ(view->messages.size(), 1);
    EXPECT_EQ(view->messages.first().from, QStringLiteral("municipality"));
    EXPECT_EQ(view->messages.first().body, QStringLiteral("Till sökanden"));

    const QString json = QString::fromUtf8(QJsonDocument(PortalService::toJson(*view)).toJson());
    EXPECT_FALSE(json.contains(QStringLiteral("INTERNAL-NOTE-7")));
    EXPECT_FALSE(json.contains(QStringLiteral("handlaggare.hemlig")));
    EXPECT_FALSE(json.contains(db().currentUser())) << "the caseworker's login must not reach the portal";
    expectNoPersonalData(json);
    EXPECT_TRUE(json.contains(m_ref));
}

TEST_P(MessagingServiceTest, ReadReceiptsAndUnreadCount)
{
    ASSERT_TRUE(MessageService(db()).send(m_ref, QStringLiteral("Fråga"), {}).ok());
    auto read = PortalService(db()).markRead(sampleApplicant(), m_ref);
    ASSERT_TRUE(read.ok()) << describe(read.error());
    EXPECT_EQ(*read, 1);
    EXPECT_EQ(*PortalService(db()).markRead(sampleApplicant(), m_ref), 0);
    auto thread = MessageService(db()).thread(m_ref);
    ASSERT_TRUE(thread.ok());
    ASSERT_EQ(thread->messages.size(), 1);
    EXPECT_TRUE(thread->messages.first().readAt.isValid());

    auto reply = PortalService(db()).reply(sampleApplicant(), m_ref, QStringLiteral("Svar från sökanden"),
                                           {OutgoingFile{QStringLiteral("foto.pdf"), tinyPdf(), {}}});
    ASSERT_TRUE(reply.ok()) << describe(reply.error());
    EXPECT_EQ(summary().unreadCount, 1);
    EXPECT_TRUE(summary().needsAction);

    // A caseworker opening the case has read it.
    auto opened = CaseService(db()).open(m_ref, true);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(summary().unreadCount, 0);
    auto after = MessageService(db()).thread(m_ref);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->messages.last().inbound());
    EXPECT_TRUE(after->messages.last().readAt.isValid());
    ASSERT_EQ(after->messages.last().attachments.size(), 1);
}

TEST_P(MessagingServiceTest, SupplementRoundTrip)
{
    ASSERT_TRUE(CaseService(db()).changeStatus(m_ref, QStringLiteral("in_progress"), std::nullopt, {}).ok());
    const QDate due = QDate::currentDate().addDays(14);
    auto request = SupplementService(db()).request(m_ref, QStringLiteral("Läkarintyg saknas"), due);
    ASSERT_TRUE(request.ok()) << describe(request.error());
    CaseSummary s = summary();
    EXPECT_EQ(s.statusId, QStringLiteral("waiting_supplement"));
    EXPECT_EQ(s.supplementDueDate, due);
    EXPECT_FALSE(s.supplementOverdue(QDate::currentDate()));
    EXPECT_TRUE(s.supplementOverdue(due.addDays(1)));
    const QList<OutgoingMail> mails = mailsOfKind(QStringLiteral("supplement_requested"));
    ASSERT_EQ(mails.size(), 1);
    EXPECT_TRUE(mails.first().body.contains(due.toString(Qt::ISODate)));
    EXPECT_FALSE(mails.first().body.contains(QStringLiteral("Läkarintyg")));

    // A second request while one is open is a conflict; a past due date is refused.
    EXPECT_EQ(SupplementService(db()).request(m_ref, QStringLiteral("mer"), due).error().code,
              ErrorCode::Conflict);
    auto past =
        SupplementService(db()).request(m_ref, QStringLiteral("mer"), QDate::currentDate().addDays(-1));
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.error().field, QStringLiteral("due"));

    auto view = PortalService(db()).messages(sampleApplicant(), m_ref);
    ASSERT_TRUE(view.ok());
    ASSERT_TRUE(view->openSupplement.has_value());
    EXPECT_EQ(view->openSupplement->dueDate, due);
    EXPECT_EQ(view->openSupplement->text, QStringLiteral("Läkarintyg saknas"));

    // Neither text nor files: refused.
    EXPECT_EQ(PortalService(db()).supplement(sampleApplicant(), m_ref, QString(), {}).error().code,
              ErrorCode::InvalidInput);
    auto answer = PortalService(db()).supplement(sampleApplicant(), m_ref, QStringLiteral("Här är intyget"),
                                                 {OutgoingFile{QStringLiteral("intyg.pdf"), tinyPdf(), {}}});
    ASSERT_TRUE(answer.ok()) << describe(answer.error());
    s = summary();
    EXPECT_EQ(s.statusId, QStringLiteral("supplemented"));
    EXPECT_EQ(s.statusKind, StatusKind::Submitted);
    EXPECT_TRUE(s.needsAction);
    EXPECT_EQ(s.unreadCount, 1);
    EXPECT_FALSE(s.supplementDueDate.isValid());

    auto requests = SupplementService(db()).requests(m_ref);
    ASSERT_TRUE(requests.ok());
    ASSERT_EQ(requests->size(), 1);
    EXPECT_FALSE(requests->first().open());
    EXPECT_EQ(requests->first().answerMessageId, answer->id);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM attachments WHERE case_id = ? AND message_id IS NOT NULL")),
              1);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'supplement_received'"
                  " AND to_status_id = 'supplemented'")),
              1);
    // Nothing open any more.
    EXPECT_EQ(
        PortalService(db()).supplement(sampleApplicant(), m_ref, QStringLiteral("igen"), {}).error().code,
        ErrorCode::NotFound);

    // A request left open when the case is decided is no longer offered to the applicant.
    ASSERT_TRUE(CaseService(db()).changeStatus(m_ref, QStringLiteral("in_progress"), std::nullopt, {}).ok());
    ASSERT_TRUE(SupplementService(db()).request(m_ref, QStringLiteral("Ett foto"), due).ok());
    DecisionInput input;
    input.outcomeId = QStringLiteral("rejected");
    input.text = QStringLiteral("Avslås.");
    ASSERT_TRUE(DecisionService(db()).record(m_ref, input).ok());
    EXPECT_FALSE(summary().supplementDueDate.isValid());
    auto closed = PortalService(db()).messages(sampleApplicant(), m_ref);
    ASSERT_TRUE(closed.ok());
    EXPECT_FALSE(closed->openSupplement.has_value());
    EXPECT_EQ(
        PortalService(db()).supplement(sampleApplicant(), m_ref, QStringLiteral("sent"), {}).error().code,
        ErrorCode::NotFound);
}

TEST_P(MessagingServiceTest, DecisionClosesCaseShowsInPortalAndCannotBeChanged)
{
    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Ansökan om parkeringstillstånd beviljas till och med 2027-12-31.");
    auto unknown = input;
    unknown.outcomeId = QStringLiteral("maybe");
    EXPECT_EQ(DecisionService(db()).record(m_ref, unknown).error().field, QStringLiteral("outcome"));

    auto decision = DecisionService(db()).record(m_ref, input);
    ASSERT_TRUE(decision.ok()) << describe(decision.error());
    EXPECT_GT(decision->documentAttachmentId, 0);
    EXPECT_TRUE(decision->documentFileName.endsWith(QStringLiteral(".pdf")));
    const CaseSummary s = summary();
    EXPECT_EQ(s.statusId, QStringLiteral("decided"));
    EXPECT_EQ(s.statusKind, StatusKind::Closed);
    EXPECT_TRUE(s.closedAt.isValid());
    ASSERT_EQ(mailsOfKind(QStringLiteral("decision_available")).size(), 1);
    expectNoPersonalData(mailsOfKind(QStringLiteral("decision_available")).first().body);

    auto portal = PortalService(db()).decisions(sampleApplicant(), m_ref);
    ASSERT_TRUE(portal.ok());
    ASSERT_EQ(portal->size(), 1);
    EXPECT_EQ(portal->first().text, input.text);
    ASSERT_TRUE(portal->first().document.has_value());
    auto pdf = PortalService(db()).document(sampleApplicant(), m_ref, portal->first().document->id);
    ASSERT_TRUE(pdf.ok());
    EXPECT_TRUE(pdf->content.startsWith("%PDF-1.4"));

    // A second decision is refused; the database refuses changing or deleting one.
    EXPECT_EQ(DecisionService(db()).record(m_ref, input).error().code, ErrorCode::Conflict);
    EXPECT_FALSE(
        db().exec(QStringLiteral("UPDATE decisions SET body = 'ändrad' WHERE id = ?"), {decision->id}).ok());
    EXPECT_FALSE(db().exec(QStringLiteral("DELETE FROM decisions WHERE id = ?"), {decision->id}).ok());
    auto stored = DecisionService(db()).decisions(m_ref);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().text, input.text);

    // A correction is a new decision linked to the first.
    DecisionInput correction;
    correction.outcomeId = QStringLiteral("partly_approved");
    correction.text = QStringLiteral("Rättelse: beviljas till och med 2027-06-30.");
    correction.document = OutgoingFile{QStringLiteral("rättelse.pdf"), tinyPdf(), {}};
    auto corrected = DecisionService(db()).correct(m_ref, decision->id, correction);
    ASSERT_TRUE(corrected.ok()) << describe(corrected.error());
    EXPECT_EQ(corrected->correctsDecisionId, decision->id);
    EXPECT_EQ(DecisionService(db()).correct(m_ref, decision->id, correction).error().field,
              QStringLiteral("corrects"));
    auto both = PortalService(db()).decisions(sampleApplicant(), m_ref);
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(1).correctsDecisionId, decision->id);
    EXPECT_EQ(both->at(0).text, input.text);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'decision_corrected'")),
              1);

    // Purging the case is the one way a decision goes.
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM cases WHERE id = ?"), {m_caseId}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM decisions WHERE case_id = ?")), 0);
}

TEST_P(MessagingServiceTest, DecisionDocumentMustBeAPdf)
{
    DecisionInput input;
    input.outcomeId = QStringLiteral("rejected");
    input.text = QStringLiteral("Avslås.");
    input.document = OutgoingFile{QStringLiteral("beslut.txt"), QByteArrayLiteral("text"), {}};
    auto refused = DecisionService(db()).record(m_ref, input);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("document"));
    EXPECT_EQ(summary().statusId, QStringLiteral("submitted"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM decisions WHERE case_id = ?")), 0);
}

TEST_P(MessagingServiceTest, TemplatesPlaceholdersAndOverrides)
{
    TemplateContext context{m_ref, QStringLiteral("Parkering"), QStringLiteral("anna"), QDate(2026, 12, 24)};
    auto text =
        TemplateService::expand(QStringLiteral("{reference}/{eservice}/{caseworker}/{due_date}"), context);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(*text, m_ref + QStringLiteral("/Parkering/anna/2026-12-24"));
    // A value that looks like a placeholder is not expanded again.
    context.caseworker = QStringLiteral("{reference}");
    EXPECT_EQ(*TemplateService::expand(QStringLiteral("{caseworker}"), context),
              QStringLiteral("{reference}"));
    for (const char* bad : {"Hej {namn}", "Hej {reference", "Hej }", "{{reference}}", "{personnummer}"})
        EXPECT_FALSE(TemplateService::validate(QString::fromUtf8(bad)).ok()) << bad;

    const TemplateService templates(db());
    const QString eservice = QStringLiteral("parkeringstillstand");
    ASSERT_TRUE(templates
                    .setMessageTemplate(eservice, QStringLiteral("Komplettering"),
                                        QStringLiteral("Hej! Ärende {reference}, {caseworker}"))
                    .ok());
    auto unknown =
        templates.setMessageTemplate(eservice, QStringLiteral("Dålig"), QStringLiteral("Hej {namn}"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, QStringLiteral("body"));
    EXPECT_EQ(templates.messageTemplates(eservice)->size(), 1);

    auto caseworkerInMail = templates.setMailTemplate(eservice, MailKind::NewMessage, QStringLiteral("sv"),
                                                      QStringLiteral("Nytt"), QStringLiteral("{caseworker}"));
    EXPECT_FALSE(caseworkerInMail.ok());
    ASSERT_TRUE(templates
                    .setMailTemplate(eservice, MailKind::NewMessage, QStringLiteral("sv"),
                                     QStringLiteral("Eget ämne {reference}"),
                                     QStringLiteral("Egen text för {eservice}."))
                    .ok());
    ASSERT_TRUE(MessageService(db()).send(m_ref, QStringLiteral("hej"), {}).ok());
    const QList<OutgoingMail> mails = mailsOfKind(QStringLiteral("new_message"));
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().subject, QStringLiteral("Eget ämne ") + m_ref);
    EXPECT_TRUE(mails.first().body.startsWith(QStringLiteral("Egen text för Parkeringstillstånd")));
    ASSERT_TRUE(templates.resetMailTemplate(eservice, MailKind::NewMessage, QStringLiteral("sv")).ok());
    EXPECT_FALSE(templates.mailTemplate(eservice, MailKind::NewMessage, QStringLiteral("sv"))->overridden);

    // Outcomes: the built-in list until the e-service gets its own.
    auto outcomes = templates.outcomes(eservice);
    ASSERT_TRUE(outcomes.ok());
    ASSERT_EQ(outcomes->size(), 4);
    ASSERT_TRUE(templates
                    .setOutcome(eservice, QStringLiteral("referred"), QStringLiteral("Hänvisas"),
                                QStringLiteral("Referred"))
                    .ok());
    ASSERT_TRUE(templates.setOutcomeActive(eservice, QStringLiteral("dismissed"), false).ok());
    outcomes = templates.outcomes(eservice);
    ASSERT_TRUE(outcomes.ok());
    QStringList ids;
    for (const DecisionOutcome& o : *outcomes)
        ids << o.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("approved"), QStringLiteral("partly_approved"),
                                QStringLiteral("rejected"), QStringLiteral("referred")}));
    EXPECT_FALSE(
        templates.setOutcome(eservice, QStringLiteral("Bad Id"), QStringLiteral("x"), QStringLiteral("x"))
            .ok());

    // Every administrative change is in the audit log, naming what changed but not the text.
    auto audited = db().exec(QStringLiteral("SELECT action, detail FROM audit_log WHERE action IN"
                                            " ('admin.mail_template_changed', 'admin.mail_template_reset',"
                                            " 'admin.outcome_changed') ORDER BY id"));
    ASSERT_TRUE(audited.ok());
    QStringList rows;
    while (audited->next())
        rows << audited->value(0).toString() + QLatin1Char(' ') + audited->value(1).toString();
    EXPECT_EQ(rows,
              (QStringList{QStringLiteral("admin.mail_template_changed parkeringstillstand: new_message/sv"),
                           QStringLiteral("admin.mail_template_reset parkeringstillstand: new_message/sv"),
                           QStringLiteral("admin.outcome_changed parkeringstillstand: referred"),
                           QStringLiteral("admin.outcome_changed parkeringstillstand: dismissed retired")}));
}

TEST_P(MessagingServiceTest, ClosingIsAnnouncedOnlyWhenTheEServiceSaysSo)
{
    const CaseSummary s = summary();
    auto quiet = queueStatusAnnouncement(db(), s, StatusKind::Closed);
    ASSERT_TRUE(quiet.ok());
    EXPECT_FALSE(*quiet);
    ASSERT_TRUE(TemplateService(db()).setAnnouncesClosed(s.eserviceId, true).ok());
    EXPECT_FALSE(*queueStatusAnnouncement(db(), s, StatusKind::InProgress));
    auto announced = queueStatusAnnouncement(db(), s, StatusKind::Closed);
    ASSERT_TRUE(announced.ok());
    EXPECT_TRUE(*announced);
    const QList<OutgoingMail> mails = mailsOfKind(QStringLiteral("case_closed"));
    ASSERT_EQ(mails.size(), 1);
    EXPECT_TRUE(mails.first().subject.contains(m_ref));
    expectNoPersonalData(mails.first().subject + mails.first().body);
}

TEST_P(MessagingServiceTest, RetentionPurgesDecidedCasesWithEverythingTheyHold)
{
    ASSERT_TRUE(SupplementService(db()).request(m_ref, QStringLiteral("Foto"), QDate::currentDate()).ok());
    ASSERT_TRUE(PortalService(db()).supplement(sampleApplicant(), m_ref, QStringLiteral("Här"), {}).ok());
    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Beviljas.");
    auto first = DecisionService(db()).record(m_ref, input);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(DecisionService(db()).correct(m_ref, first->id, input).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM decisions WHERE case_id = ?")), 2);

    // The decision started the retention time (30 days for a new e-service).
    auto early = RetentionService(db()).purge(QDateTime::currentDateTimeUtc().addDays(29));
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(early->purged, 0);
    auto report = RetentionService(db()).purge(QDateTime::currentDateTimeUtc().addDays(31));
    ASSERT_TRUE(report.ok()) << describe(report.error());
    EXPECT_EQ(report->purged, 1);
    for (const char* table : {"decisions", "supplement_requests", "messages", "attachments", "case_events"})
        EXPECT_EQ(
            count(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = ?").arg(QLatin1String(table))), 0)
            << table;
}

// Caseworkers' own attachments meet the intake rule: the e-service's allowlist, and a name
// that says what the content is.
TEST_P(MessagingServiceTest, OutgoingAttachmentsFollowTheAllowlistAndTheirContentsType)
{
    const QByteArray gif("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xFF\xFF\xFF,\0\0\0\0\x01\0\x01\0\0\x02\x02"
                         "D\x01\0;",
                         35);
    auto refused = MessageService(db()).send(m_ref, QStringLiteral("karta"),
                                             {OutgoingFile{QStringLiteral("karta.gif"), gif, {}}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(
        refused.error().describe(),
        QStringLiteral("attachments[0].fileName: type gif is not allowed for e-service parkeringstillstand"));

    auto sent = MessageService(db()).send(
        m_ref, QStringLiteral("intyg"),
        {OutgoingFile{QStringLiteral("läkarintyg.pdf.js"), tinyPdf(), {}},
         OutgoingFile{
             QStringLiteral("intyg.hta"), QByteArrayLiteral("<html><script>x()</script></html>"), {}}});
    ASSERT_TRUE(sent.ok()) << describe(sent.error());
    ASSERT_EQ(sent->attachments.size(), 2);
    EXPECT_EQ(sent->attachments[0].fileName, QStringLiteral("läkarintyg.pdf.pdf"));
    EXPECT_EQ(sent->attachments[1].fileName, QStringLiteral("intyg.txt"));
    EXPECT_EQ(sent->attachments[1].mimeType, QStringLiteral("text/plain"));
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM case_events WHERE case_id = ? AND kind = 'attachment_renamed'")),
              2);

    ASSERT_TRUE(AdminService(db())
                    .setAllowedFileTypes(QStringLiteral("parkeringstillstand"), {QStringLiteral("gif")})
                    .ok());
    EXPECT_TRUE(
        MessageService(db())
            .send(m_ref, QStringLiteral("karta"), {OutgoingFile{QStringLiteral("karta.gif"), gif, {}}})
            .ok());
    auto pdfNow = MessageService(db()).send(m_ref, QStringLiteral("intyg"),
                                            {OutgoingFile{QStringLiteral("intyg.pdf"), tinyPdf(), {}}});
    ASSERT_FALSE(pdfNow.ok());
    EXPECT_EQ(pdfNow.error().field, QStringLiteral("attachments[0].fileName"));

    // The decision document is a PDF whatever the list says; its name is made to say so.
    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Beviljas.");
    input.document = OutgoingFile{QStringLiteral("beslut.pdf.exe"), tinyPdf(), {}};
    auto decision = DecisionService(db()).record(m_ref, input);
    ASSERT_TRUE(decision.ok()) << describe(decision.error());
    EXPECT_EQ(decision->documentFileName, QStringLiteral("beslut.pdf.pdf"));
}

CASEDESK_INSTANTIATE_BACKENDS(MessagingServiceTest);
