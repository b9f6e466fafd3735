// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "access/AccessService.h"
#include "intake/FileTypes.h"
#include "messaging/MessageService.h"
#include "messaging/TemplateService.h"
#include "repositories/EServiceRepository.h"
#include "repositories/StatusRepository.h"
#include "workflow/CaseScreen.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

// casedesk_open_case_screen (migration 0017): the whole case view in one statement. It must show
// what the per-part readers show the same person, and, attacked as raw SQL under each role, leak
// nothing they would not: no case of an e-service the caller may not read, no conversation of a
// protected identity without the right, no other e-service's statuses or templates.

namespace {

// The screen document as `db` reads it with psql; `isNull` tells a NULL answer.
QJsonObject screenDocument(Database& db, const QString& reference, bool mark, bool* isNull = nullptr)
{
    auto q = db.exec(QStringLiteral("SELECT casedesk_open_case_screen(?, ?)"), {reference, mark});
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().message().toStdString());
    if (!q.ok() || !q->next())
        return {};
    if (isNull)
        *isNull = q->value(0).isNull();
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

QString asText(const QJsonObject& doc)
{
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

// Times through JSON carry milliseconds; through the driver they may carry the microseconds' rest.
void expectSameTime(const QDateTime& a, const QDateTime& b, const char* what)
{
    EXPECT_EQ(a.isValid(), b.isValid()) << what;
    if (a.isValid() && b.isValid()) {
        EXPECT_LE(std::abs(a.msecsTo(b)), 1) << what << ": " << a.toString(Qt::ISODateWithMs).toStdString()
                                             << " vs " << b.toString(Qt::ISODateWithMs).toStdString();
    }
}

void expectSameThread(const CaseThread& screen, const CaseThread& parts)
{
    EXPECT_EQ(screen.caseId, parts.caseId);
    EXPECT_EQ(screen.reference, parts.reference);
    ASSERT_EQ(screen.messages.size(), parts.messages.size());
    for (qsizetype i = 0; i < parts.messages.size(); ++i) {
        const ThreadMessage& a = screen.messages.at(i);
        const ThreadMessage& b = parts.messages.at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.direction, b.direction);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.author, b.author);
        EXPECT_EQ(a.body, b.body);
        expectSameTime(a.sentAt, b.sentAt, "sent_at");
        expectSameTime(a.readAt, b.readAt, "read_at");
        ASSERT_EQ(a.attachments.size(), b.attachments.size()) << "message " << b.id;
        for (qsizetype k = 0; k < b.attachments.size(); ++k) {
            EXPECT_EQ(a.attachments.at(k).id, b.attachments.at(k).id);
            EXPECT_EQ(a.attachments.at(k).fileName, b.attachments.at(k).fileName);
            EXPECT_EQ(a.attachments.at(k).mimeType, b.attachments.at(k).mimeType);
            EXPECT_EQ(a.attachments.at(k).size, b.attachments.at(k).size);
            EXPECT_EQ(a.attachments.at(k).sha256, b.attachments.at(k).sha256);
        }
    }
    ASSERT_EQ(screen.notes.size(), parts.notes.size());
    for (qsizetype i = 0; i < parts.notes.size(); ++i) {
        EXPECT_EQ(screen.notes.at(i).id, parts.notes.at(i).id);
        EXPECT_EQ(screen.notes.at(i).author, parts.notes.at(i).author);
        EXPECT_EQ(screen.notes.at(i).body, parts.notes.at(i).body);
        expectSameTime(screen.notes.at(i).createdAt, parts.notes.at(i).createdAt, "created_at");
    }
    ASSERT_EQ(screen.supplementRequests.size(), parts.supplementRequests.size());
    for (qsizetype i = 0; i < parts.supplementRequests.size(); ++i) {
        const SupplementRequest& a = screen.supplementRequests.at(i);
        const SupplementRequest& b = parts.supplementRequests.at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.caseId, b.caseId);
        EXPECT_EQ(a.messageId, b.messageId);
        EXPECT_EQ(a.text, b.text);
        EXPECT_EQ(a.dueDate, b.dueDate);
        EXPECT_EQ(a.requestedBy, b.requestedBy);
        expectSameTime(a.requestedAt, b.requestedAt, "requested_at");
        expectSameTime(a.answeredAt, b.answeredAt, "answered_at");
        EXPECT_EQ(a.answerMessageId, b.answerMessageId);
    }
    ASSERT_EQ(screen.decisions.size(), parts.decisions.size());
    for (qsizetype i = 0; i < parts.decisions.size(); ++i) {
        const Decision& a = screen.decisions.at(i);
        const Decision& b = parts.decisions.at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.caseId, b.caseId);
        EXPECT_EQ(a.outcomeId, b.outcomeId);
        EXPECT_EQ(a.outcomeNameSv, b.outcomeNameSv);
        EXPECT_EQ(a.outcomeNameEn, b.outcomeNameEn);
        EXPECT_EQ(a.text, b.text);
        EXPECT_EQ(a.documentAttachmentId, b.documentAttachmentId);
        EXPECT_EQ(a.documentFileName, b.documentFileName);
        EXPECT_EQ(a.messageId, b.messageId);
        EXPECT_EQ(a.decidedBy, b.decidedBy);
        expectSameTime(a.decidedAt, b.decidedAt, "decided_at");
        EXPECT_EQ(a.correctsDecisionId, b.correctsDecisionId);
    }
}

// What `db` is shown of the case by the one statement, compared with what the per-part readers
// (the SQLite path's services) return the same person right after it.
void expectScreenAsTheParts(const Database& db, const QString& reference)
{
    auto screen = readCaseScreen(db, reference, true);
    ASSERT_TRUE(screen.ok()) << screen.error().message().toStdString();
    const CaseSummary& summary = screen->detail.summary;

    auto thread = MessageService(db).thread(reference);
    ASSERT_TRUE(thread.ok()) << thread.error().message().toStdString();
    ASSERT_TRUE(screen->thread.has_value()) << screen->threadError.english().toStdString();
    expectSameThread(*screen->thread, *thread);

    auto next = StatusRepository(db).allowedNext(summary.statusId, summary.eserviceId);
    ASSERT_TRUE(next.ok());
    ASSERT_EQ(screen->allowedNext.size(), next->size());
    for (qsizetype i = 0; i < next->size(); ++i) {
        const Status& a = screen->allowedNext.at(i);
        const Status& b = next->at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.eserviceId, b.eserviceId);
        EXPECT_EQ(a.nameSv, b.nameSv);
        EXPECT_EQ(a.nameEn, b.nameEn);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.sortOrder, b.sortOrder);
        EXPECT_EQ(a.builtIn, b.builtIn);
    }

    const AccessService access(db);
    auto role = access.currentRole();
    ASSERT_TRUE(role.ok());
    EXPECT_EQ(screen->role, *role);
    auto canWork = access.canWork(summary.eserviceId);
    ASSERT_TRUE(canWork.ok());
    EXPECT_EQ(screen->canWork, *canWork);

    auto eservice = EServiceRepository(db).find(summary.eserviceId);
    ASSERT_TRUE(eservice.ok() && eservice->has_value());
    EXPECT_EQ(screen->allowedFileTypes, allowedFileTypes((*eservice)->allowedFileTypes));

    auto templates = TemplateService(db).messageTemplates(summary.eserviceId);
    ASSERT_TRUE(templates.ok());
    ASSERT_EQ(screen->messageTemplates.size(), templates->size());
    for (qsizetype i = 0; i < templates->size(); ++i) {
        EXPECT_EQ(screen->messageTemplates.at(i).eserviceId, templates->at(i).eserviceId);
        EXPECT_EQ(screen->messageTemplates.at(i).name, templates->at(i).name);
        EXPECT_EQ(screen->messageTemplates.at(i).body, templates->at(i).body);
    }
}

} // namespace

TEST_F(SecurityTest, TheScreenStatementShowsWhatThePartsShow)
{
    addParkingConversation();
    // A list of its own, so that the attachment types are not simply the default.
    ASSERT_TRUE(attempt(owner(),
                        QStringLiteral("UPDATE eservices SET allowed_file_types = 'pdf,png' WHERE id = ?"),
                        {QStringLiteral("parkeringstillstand")}));
    for (const char* role : {"cw", "colleague", "rd", "admin", "service"}) {
        SCOPED_TRACE(role);
        auto db = as(role);
        ASSERT_TRUE(db);
        expectScreenAsTheParts(*db, m_parkingRef);
        expectScreenAsTheParts(*db, m_protectedRef);
    }
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    expectScreenAsTheParts(*cw, m_schoolRef); // read, not worked

    auto screen = readCaseScreen(*cw, m_parkingRef, true);
    ASSERT_TRUE(screen.ok());
    EXPECT_EQ(screen->allowedFileTypes, (QStringList{QStringLiteral("pdf"), QStringLiteral("png")}));
    ASSERT_EQ(screen->thread->decisions.size(), 1);
    EXPECT_FALSE(screen->thread->decisions.first().documentFileName.isEmpty());
}

TEST_F(SecurityTest, OpeningTheScreenMarksTheApplicantsMessageReadAndShowsItRead)
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    auto screen = readCaseScreen(*cw, m_parkingRef, true);
    ASSERT_TRUE(screen.ok()) << screen.error().message().toStdString();
    EXPECT_EQ(screen->detail.summary.unreadCount, 0);
    ASSERT_TRUE(screen->thread.has_value());
    ASSERT_EQ(screen->thread->messages.size(), 1);
    EXPECT_EQ(screen->thread->messages.first().id, m_incomingMessageId);
    // The screen shows the time the database stored.
    const QDateTime stored =
        ownerValue(QStringLiteral("SELECT read_at FROM messages WHERE id = ?"), {m_incomingMessageId})
            .toDateTime();
    ASSERT_TRUE(stored.isValid());
    expectSameTime(screen->thread->messages.first().readAt, stored, "read_at");
    EXPECT_FALSE(
        ownerValue(QStringLiteral("SELECT needs_action FROM cases WHERE id = ?"), {caseId(m_parkingRef)})
            .toBool());
    // A reader opening a case leaves it unread for the caseworkers.
    ASSERT_TRUE(attempt(owner(), QStringLiteral("UPDATE messages SET read_at = NULL WHERE id = ?"),
                        {m_incomingMessageId}));
    ASSERT_TRUE(attempt(owner(), QStringLiteral("UPDATE cases SET unread_count = 1 WHERE id = ?"),
                        {caseId(m_parkingRef)}));
    auto rd = as("rd");
    ASSERT_TRUE(rd);
    auto read = readCaseScreen(*rd, m_parkingRef, true);
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read->thread->messages.first().readAt.isValid());
    EXPECT_EQ(read->canWork, false);
    EXPECT_EQ(read->role, Role::Reader);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND read_at IS NULL"),
                         {m_incomingMessageId}),
              1);
}

TEST_F(SecurityTest, TheScreenOfACaseTheCallerMayNotReadIsNull)
{
    addParkingConversation();
    // The colleague works parking only; the reader reads parking only.
    for (const char* role : {"colleague", "rd"}) {
        SCOPED_TRACE(role);
        auto db = as(role);
        ASSERT_TRUE(db);
        for (const bool mark : {false, true}) {
            bool isNull = false;
            screenDocument(*db, m_schoolRef, mark, &isNull);
            EXPECT_TRUE(isNull);
            screenDocument(*db, QStringLiteral("CD-1999-000001"), mark, &isNull);
            EXPECT_TRUE(isNull);
        }
        auto screen = readCaseScreen(*db, m_schoolRef, true);
        ASSERT_FALSE(screen.ok());
        EXPECT_EQ(screen.error().code, ErrorCode::NotFound);
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND case_id = ?"),
                             {login(role), caseId(m_schoolRef)}),
                  0);
    }
    // A login with no CaseDesk role at all (the portal) may not call it; nothing is written.
    auto portal = as("portal");
    ASSERT_TRUE(portal);
    EXPECT_FALSE(
        attempt(*portal, QStringLiteral("SELECT casedesk_open_case_screen(?, true)"), {m_parkingRef}));
    EXPECT_FALSE(
        attempt(*portal, QStringLiteral("SELECT casedesk_open_case_screen(?, false)"), {m_schoolRef}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ?"), {login("portal")}),
              0);
}

TEST_F(SecurityTest, WithoutTheProtectedRightTheScreenShowsNoConversation)
{
    // The protected case gets a conversation as the owner writes it (the portal contract and
    // CaseDesk would refuse the caseworker without the right).
    const qint64 hidden = caseId(m_protectedRef);
    auto out =
        owner().exec(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                                    " VALUES (?, 'out', 'supplement_request', 'x', 'HemligFråga', now())"
                                    " RETURNING id"),
                     {hidden});
    ASSERT_TRUE(out.ok() && out->next());
    const qint64 messageId = out->value(0).toLongLong();
    ASSERT_TRUE(attempt(
        owner(),
        QStringLiteral("INSERT INTO supplement_requests (case_id, message_id, body, due_date,"
                       " requested_by, requested_at) VALUES (?, ?, 'HemligBegäran', current_date, 'x',"
                       " now())"),
        {hidden, messageId}));
    ASSERT_TRUE(attempt(owner(),
                        QStringLiteral("INSERT INTO notes (case_id, author, body, created_at)"
                                       " VALUES (?, 'x', 'HemligAnteckning', now())"),
                        {hidden}));
    ASSERT_TRUE(
        attempt(owner(),
                QStringLiteral("INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en,"
                               " body, decided_by, decided_at) VALUES (?, 'approved', 'Beviljas', 'Approved',"
                               " 'HemligtBeslut', 'x', now())"),
                {hidden}));
    const QString number =
        ownerValue(QStringLiteral("SELECT applicant_personal_number FROM cases WHERE id = ?"), {hidden})
            .toString();
    ASSERT_FALSE(number.isEmpty());
    const QStringList secrets{QStringLiteral("Skyddad"),
                              QStringLiteral("HemligFråga"),
                              QStringLiteral("HemligBegäran"),
                              QStringLiteral("HemligAnteckning"),
                              QStringLiteral("HemligtBeslut"),
                              number,
                              number.left(8)};
    for (const char* role : {"cw", "colleague", "rd"}) {
        SCOPED_TRACE(role);
        auto db = as(role);
        ASSERT_TRUE(db);
        for (const bool mark : {false, true}) {
            const QJsonObject doc = screenDocument(*db, m_protectedRef, mark);
            ASSERT_FALSE(doc.isEmpty()) << "the case itself is visible, as in the inbox";
            const QString text = asText(doc);
            for (const QString& secret : secrets)
                EXPECT_FALSE(text.contains(secret)) << secret.toStdString();
            for (const char* part : {"messages", "notes", "supplement_requests", "decisions"})
                EXPECT_TRUE(doc.value(QLatin1String(part)).toArray().isEmpty()) << part;
        }
        auto screen = readCaseScreen(*db, m_protectedRef, true);
        ASSERT_TRUE(screen.ok());
        EXPECT_TRUE(screen->detail.contentHidden);
        ASSERT_TRUE(screen->thread.has_value());
        EXPECT_TRUE(screen->thread->messages.isEmpty());
        EXPECT_TRUE(screen->thread->supplementRequests.isEmpty());
        EXPECT_TRUE(screen->thread->decisions.isEmpty());
    }
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read'")),
        0);
    // The administrator has the right: the same call shows all of it, logged once.
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    const QString text = asText(screenDocument(*admin, m_protectedRef, false));
    for (const QString& secret : secrets)
        EXPECT_TRUE(text.contains(secret)) << secret.toStdString();
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.personal_data_read'"
                                  " AND actor = ? AND case_id = ?"),
                   {login("admin"), hidden}),
        1);
}

TEST_F(SecurityTest, TheScreenShowsOnlyTheCasesOwnEServicesStatusesAndTemplates)
{
    addParkingConversation();
    // The school e-service gets a status of its own reachable from "decided", and a template.
    ASSERT_TRUE(attempt(
        owner(), QStringLiteral("INSERT INTO statuses (id, eservice_id, name_sv, name_en, kind, sort_order,"
                                " built_in) VALUES ('skol_omprovning', 'skolskjuts', 'Omprövning',"
                                " 'Review', 'in_progress', 85, false)")));
    ASSERT_TRUE(
        attempt(owner(), QStringLiteral("INSERT INTO status_transitions (from_status_id, to_status_id)"
                                        " VALUES ('decided', 'skol_omprovning'),"
                                        " ('submitted', 'skol_omprovning')")));
    ASSERT_TRUE(
        attempt(owner(), QStringLiteral("INSERT INTO message_templates (eservice_id, name, body, updated_at)"
                                        " VALUES ('skolskjuts', 'Skolmall', 'SkolText', now())")));
    for (const char* role : {"cw", "colleague", "rd", "admin", "service"}) {
        SCOPED_TRACE(role);
        auto db = as(role);
        ASSERT_TRUE(db);
        const QJsonObject doc = screenDocument(*db, m_parkingRef, false);
        ASSERT_FALSE(doc.isEmpty());
        const QString text = asText(doc);
        EXPECT_FALSE(text.contains(QStringLiteral("skol_omprovning")));
        EXPECT_FALSE(text.contains(QStringLiteral("SkolText")));
        const QJsonArray templates = doc.value(QStringLiteral("message_templates")).toArray();
        ASSERT_EQ(templates.size(), 1);
        EXPECT_EQ(templates.first().toObject().value(QStringLiteral("eservice_id")).toString(),
                  QStringLiteral("parkeringstillstand"));
        EXPECT_FALSE(doc.value(QStringLiteral("allowed_next")).toArray().isEmpty());
    }
    // The caseworker reads the school e-service: its case shows its own status and template.
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    const QString school = asText(screenDocument(*cw, m_schoolRef, false));
    EXPECT_TRUE(school.contains(QStringLiteral("skol_omprovning")));
    EXPECT_TRUE(school.contains(QStringLiteral("SkolText")));
    EXPECT_FALSE(school.contains(QStringLiteral("Påminnelse")));
}

TEST_F(SecurityTest, OpeningTheScreenIsLoggedAsAnOpeningAndOneReadOfPersonalData)
{
    addParkingConversation();
    // The colleague, who works parking too, has not touched the case yet.
    auto colleague = as("colleague");
    ASSERT_TRUE(colleague);
    const qint64 parking = caseId(m_parkingRef);
    const QString rows =
        QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND case_id = ? AND action = ?");
    const auto count = [&](const char* action) {
        return ownerCount(rows, {login("colleague"), parking, QString::fromLatin1(action)});
    };
    ASSERT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ?"), {login("colleague")}),
        0);
    for (int i = 0; i < 3; ++i) {
        auto screen = readCaseScreen(*colleague, m_parkingRef, true);
        ASSERT_TRUE(screen.ok()) << screen.error().message().toStdString();
        ASSERT_EQ(screen->thread->decisions.size(), 1);
    }
    // One case.opened and one case.personal_data_read for the three opens (the conversation's
    // readers add none: the same access within five minutes); no case.thread_read: those two
    // rows already say who read the case, its conversation included, and when.
    EXPECT_EQ(count("case.opened"), 1);
    EXPECT_EQ(count("case.personal_data_read"), 1);
    EXPECT_EQ(count("case.thread_read"), 0);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ?"), {login("colleague")}),
        2);
}
