// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"

#include "access/AccessService.h"
#include "intake/IntakeService.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "messaging/SupplementService.h"
#include "messaging/TemplateService.h"
#include "repositories/SettingsRepository.h"

#include <QUuid>

namespace casedesk::test {

namespace {

QString submit(Database& db, const Submission& s)
{
    auto receipt = IntakeService(db).submit(s);
    EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : receipt.error().describe().toStdString());
    return receipt.ok() ? receipt->reference : QString();
}

} // namespace

void SecurityTest::SetUp()
{
    m_prefix = QStringLiteral("sec_") + QUuid::createUuid().toString(QUuid::Id128).left(8) + QLatin1Char('_');
    m_database = std::make_unique<TestDatabase>(Backend::Postgres);
    ASSERT_TRUE(m_database->ok()) << "PostgreSQL is required for the security tests";

    Submission parking = sampleSubmission(QStringLiteral("sec-1"));
    ASSERT_TRUE(configureSampleEService(owner(), parking));
    Submission hidden = sampleSubmission(QStringLiteral("sec-2"));
    hidden.applicant.name = QStringLiteral("Skyddad Person");
    hidden.applicant.protectedIdentity = true;
    Submission school = sampleSubmission(QStringLiteral("sec-3"));
    school.eserviceId = QStringLiteral("skolskjuts");
    school.eserviceName = QStringLiteral("Skolskjuts");
    m_parkingRef = submit(owner(), parking);
    m_protectedRef = submit(owner(), hidden);
    m_schoolRef = submit(owner(), school);
    ASSERT_FALSE(m_parkingRef.isEmpty() || m_protectedRef.isEmpty() || m_schoolRef.isEmpty());
    ASSERT_TRUE(SettingsRepository(owner())
                    .set(QStringLiteral("smtp.from"), QStringLiteral("noreply@kommun.example.se"))
                    .ok());

    const AccessService access(owner());
    ASSERT_TRUE(access.addUser(login("admin"), QStringLiteral("admin"), QStringLiteral("Admin"), true).ok());
    ASSERT_TRUE(
        access.addUser(login("cw"), QStringLiteral("caseworker"), QStringLiteral("Case Worker"), false).ok());
    ASSERT_TRUE(access.addUser(login("colleague"), QStringLiteral("caseworker"), QString(), false).ok());
    ASSERT_TRUE(access.addUser(login("rd"), QStringLiteral("reader"), QString(), false).ok());
    for (const char* worker : {"cw", "colleague"})
        ASSERT_TRUE(
            access.grant(login(worker), QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
    ASSERT_TRUE(access.grant(login("cw"), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
    ASSERT_TRUE(
        access.grant(login("rd"), QStringLiteral("parkeringstillstand"), QStringLiteral("read")).ok());
    ASSERT_TRUE(attempt(
        owner(), QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE casedesk_service").arg(login("service"))));
    ASSERT_TRUE(attempt(owner(),
                        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE casedesk_portal").arg(login("portal"))));

    // What the applicant wrote on Min sida (the owner stands in for the portal contract here).
    auto q =
        owner().exec(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                                    " VALUES (?, 'in', 'message', 'applicant', 'Jag bifogar intyget.', now())"
                                    " RETURNING id"),
                     {caseId(m_parkingRef)});
    ASSERT_TRUE(q.ok() && q->next());
    m_incomingMessageId = q->value(0).toLongLong();
    ASSERT_TRUE(attempt(owner(),
                        QStringLiteral("UPDATE cases SET unread_count = unread_count + 1 WHERE id = ?"),
                        {caseId(m_parkingRef)}));
}

QString SecurityTest::login(const char* role) const
{
    return m_prefix + QString::fromLatin1(role);
}

std::unique_ptr<Database> SecurityTest::as(const char* role) const
{
    return m_database->openAs(login(role));
}

bool SecurityTest::attempt(Database& db, const QString& sql, const QVariantList& params)
{
    return db.exec(sql, params).ok();
}

bool SecurityTest::attemptTransaction(Database& db, const QStringList& statements, const QVariantList& params)
{
    if (!db.exec(QStringLiteral("BEGIN")).ok())
        return false;
    for (const QString& sql : statements) {
        const qsizetype wanted = sql.count(QLatin1Char('?'));
        if (!db.exec(sql, params.mid(0, wanted)).ok()) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!db.exec(QStringLiteral("COMMIT")).ok()) {
        (void)db.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QVariant SecurityTest::ownerValue(const QString& sql, const QVariantList& params)
{
    auto q = owner().exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().message().toStdString());
    return q.ok() && q->next() ? q->value(0) : QVariant();
}

qint64 SecurityTest::ownerCount(const QString& sql, const QVariantList& params)
{
    const QVariant v = ownerValue(sql, params);
    return v.isValid() ? v.toLongLong() : -1;
}

qint64 SecurityTest::caseId(const QString& reference)
{
    return ownerCount(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
}

void SecurityTest::addParkingConversation()
{
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    auto sent = MessageService(*cw).send(m_parkingRef, QStringLiteral("Vi har tagit emot ansökan."),
                                         {OutgoingFile{QStringLiteral("kvitto.pdf"), tinyPdf(), {}}});
    ASSERT_TRUE(sent.ok()) << sent.error().describe().toStdString();
    auto note = MessageService(*cw).addNote(m_parkingRef, QStringLiteral("Ring sökanden om intyget."));
    ASSERT_TRUE(note.ok()) << note.error().describe().toStdString();
    auto request = SupplementService(*cw).request(m_parkingRef, QStringLiteral("Läkarintyg saknas."),
                                                  QDate::currentDate().addDays(14));
    ASSERT_TRUE(request.ok()) << request.error().describe().toStdString();
    DecisionInput input;
    input.outcomeId = QStringLiteral("approved");
    input.text = QStringLiteral("Ansökan beviljas.");
    auto decision = DecisionService(*cw).record(m_parkingRef, input);
    ASSERT_TRUE(decision.ok()) << decision.error().describe().toStdString();
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    ASSERT_TRUE(TemplateService(*admin)
                    .setMessageTemplate(QStringLiteral("parkeringstillstand"), QStringLiteral("Påminnelse"),
                                        QStringLiteral("Hej! Gäller ärende {reference}."))
                    .ok());
}

} // namespace casedesk::test
