// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"

#include "domain/NavetPersonJson.h"
#include "intake/IntakeService.h"
#include "repositories/RegisterRepository.h"

#include <QJsonDocument>

using namespace casedesk;
using namespace casedesk::test;

// What Navet answered about a case's people (0024): nobody reads register_entries but through
// the case document, only the background service and administrators write it (through
// casedesk_record_register_entry, about the case's own people), a protected answer makes the
// case protected at once, and an address is never kept beside skyddad folkbokföring.

namespace {

NavetPerson answerFor(const QString& personalNumber, bool sekretess, bool skyddad)
{
    NavetPerson person;
    person.personalNumber = personalNumber;
    person.name =
        NavetName{QStringLiteral("Tolvan"), QString(), QStringLiteral("Tolvansson"), QStringLiteral("10")};
    person.confidentialityMarked = sekretess;
    person.protectedRegistration = skyddad;
    if (!skyddad)
        person.registeredAddress = NavetAddress{QString(),
                                                {QStringLiteral("Registervägen 7")},
                                                QStringLiteral("25221"),
                                                QStringLiteral("HELSINGBORG")};
    person.fetchedAt = QDateTime::currentDateTimeUtc();
    return person;
}

QString personJson(const NavetPerson& person)
{
    return QString::fromUtf8(QJsonDocument(navetPersonToJson(person)).toJson(QJsonDocument::Compact));
}

const QString kRecord = QStringLiteral("SELECT casedesk_record_register_entry(?, CAST(? AS jsonb))");

} // namespace

TEST_F(SecurityTest, NobodyReadsOrWritesRegisterEntriesDirectly)
{
    ASSERT_TRUE(
        RegisterRepository(owner()).record(m_parkingRef, answerFor(sampleApplicant(), false, false)).ok());
    const qint64 parking = caseId(m_parkingRef);
    for (const char* role : {"admin", "cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT person FROM register_entries"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT count(*) FROM register_entries"))) << role;
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("INSERT INTO register_entries (case_id, personal_number, fetched_at,"
                                   " fetched_by, protected_identity, deceased, person)"
                                   " VALUES (?, ?, now(), 'x', false, false, CAST(? AS jsonb))"),
                    {parking, sampleGuardian(), personJson(answerFor(sampleGuardian(), false, false))}))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE register_entries SET deceased = true"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM register_entries"))) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_entries")), 1);
    EXPECT_FALSE(ownerValue(QStringLiteral("SELECT deceased FROM register_entries")).toBool());
}

TEST_F(SecurityTest, OnlyTheServiceAndAdministratorsRecordWhatNavetSaid)
{
    const QString answer = personJson(answerFor(sampleApplicant(), true, false));
    for (const char* role : {"cw", "rd", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db, kRecord, {m_parkingRef, answer})) << role;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_entries")), 0);
    EXPECT_FALSE(
        ownerValue(QStringLiteral("SELECT protected_identity FROM cases WHERE reference = ?"), {m_parkingRef})
            .toBool());
    // Never a person the case does not name: the register is not a directory for anyone.
    for (const char* role : {"admin", "service"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(
            attempt(*db, kRecord,
                    {m_parkingRef, personJson(answerFor(QStringLiteral("19850923-4566"), false, false))}))
            << role;
        EXPECT_FALSE(
            attempt(*db, kRecord, {m_parkingRef, QStringLiteral("{\"personalNumber\": \"191212121212\"}")}))
            << role;
        EXPECT_FALSE(attempt(*db, kRecord, {QStringLiteral("no-such-case"), answer})) << role;
    }
    // Skyddad folkbokföring with an address is refused whoever writes, the owner too.
    NavetPerson leaky = answerFor(sampleApplicant(), false, true);
    leaky.registeredAddress = NavetAddress{
        QString(), {QStringLiteral("Hemlig gata 1")}, QStringLiteral("11111"), QStringLiteral("STAD")};
    EXPECT_FALSE(attempt(owner(), kRecord, {m_parkingRef, personJson(leaky)}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_entries")), 0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'case.register%'")),
              0);

    auto service = as("service");
    ASSERT_TRUE(service);
    EXPECT_TRUE(
        attempt(*service, kRecord, {m_parkingRef, personJson(answerFor(sampleGuardian(), false, false))}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_entries WHERE case_id = ?"),
                         {caseId(m_parkingRef)}),
              1);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.register_fetched'"
                                  " AND actor = ?"),
                   {login("service")}),
        1);
}

TEST_F(SecurityTest, AProtectedAnswerHidesThePersonFromCaseworkersWithoutTheRightAtOnce)
{
    auto cw = as("cw");
    auto admin = as("admin");
    ASSERT_TRUE(cw && admin);
    const QString countNames = QStringLiteral("SELECT count(*) FROM case_applicant_names WHERE case_id = ?");
    const qint64 parking = caseId(m_parkingRef);
    auto before = cw->exec(countNames, {parking});
    ASSERT_TRUE(before.ok() && before->next());
    ASSERT_EQ(before->value(0).toInt(), 1);
    const int version =
        ownerValue(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {parking}).toInt();

    auto recorded =
        RegisterRepository(*admin).record(m_parkingRef, answerFor(sampleApplicant(), true, false));
    ASSERT_TRUE(recorded.ok()) << recorded.error().describe().toStdString();
    EXPECT_TRUE(*recorded);
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT protected_identity FROM cases WHERE id = ?"), {parking}).toBool());
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {parking}).toInt(),
              version + 1);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.protected_by_register'"
                                  " AND case_id = ? AND actor = ?"),
                   {parking, login("admin")}),
        1);
    // The caseworker without the right: no name, no number, no content, no search hit.
    auto after = cw->exec(countNames, {parking});
    ASSERT_TRUE(after.ok() && after->next());
    EXPECT_EQ(after->value(0).toInt(), 0);
    auto doc = cw->exec(QStringLiteral("SELECT casedesk_read_case(?)"), {m_parkingRef});
    ASSERT_TRUE(doc.ok() && doc->next());
    const QJsonObject document = QJsonDocument::fromJson(doc->value(0).toString().toUtf8()).object();
    EXPECT_FALSE(document.value(QStringLiteral("content")).toBool());
    EXPECT_TRUE(document.value(QStringLiteral("register")).toArray().isEmpty());
    EXPECT_TRUE(document.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("applicant_name"))
                    .isNull());
    EXPECT_FALSE(
        attempt(*cw, QStringLiteral("UPDATE cases SET assignee = session_user WHERE id = ?"), {parking}) &&
        ownerValue(QStringLiteral("SELECT assignee FROM cases WHERE id = ?"), {parking}).toString() ==
            login("cw"));
    // The administrator, who has the right, reads what the register said in the case document.
    auto adminDoc = admin->exec(QStringLiteral("SELECT casedesk_read_case(?)"), {m_parkingRef});
    ASSERT_TRUE(adminDoc.ok() && adminDoc->next());
    const QJsonArray entries = QJsonDocument::fromJson(adminDoc->value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("register"))
                                   .toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    EXPECT_EQ(entry.value(QStringLiteral("fetched_by")).toString(), login("admin"));
    EXPECT_EQ(
        entry.value(QStringLiteral("person")).toObject().value(QStringLiteral("personalNumber")).toString(),
        sampleApplicant());
    // A second answer replaces the first and does not unprotect the case.
    ASSERT_TRUE(
        RegisterRepository(*admin).record(m_parkingRef, answerFor(sampleApplicant(), false, false)).ok());
    EXPECT_TRUE(
        ownerValue(QStringLiteral("SELECT protected_identity FROM cases WHERE id = ?"), {parking}).toBool());
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM register_entries WHERE case_id = ?"), {parking}), 1);
}

TEST_F(SecurityTest, ShowingPersonalNumbersIsAuditedAndOnlyForCasesReadInFull)
{
    const QString shown = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'case.personal_number_shown' AND actor = ? AND reference = ?");
    auto cw = as("cw");
    ASSERT_TRUE(cw);
    ASSERT_TRUE(RegisterRepository(*cw).recordPersonalNumbersShown(m_parkingRef).ok());
    ASSERT_TRUE(RegisterRepository(*cw).recordPersonalNumbersShown(m_parkingRef).ok());
    EXPECT_EQ(ownerCount(shown, {login("cw"), m_parkingRef}), 2) << "each showing is its own row";
    // A protected identity without the right, and a case of an e-service not granted: refused.
    EXPECT_EQ(RegisterRepository(*cw).recordPersonalNumbersShown(m_protectedRef).error().code,
              ErrorCode::NotFound);
    auto rd = as("rd");
    ASSERT_TRUE(rd);
    EXPECT_EQ(RegisterRepository(*rd).recordPersonalNumbersShown(m_schoolRef).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(ownerCount(shown, {login("cw"), m_protectedRef}), 0);
    EXPECT_EQ(ownerCount(shown, {login("rd"), m_schoolRef}), 0);
    for (const char* role : {"portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT casedesk_show_personal_numbers(?)"), {m_parkingRef}));
    }
}

TEST_F(SecurityTest, OnlyThoseWhoWorkACaseAskNavetAndOnlyTheServiceAnswers)
{
    const QString request = QStringLiteral("SELECT casedesk_request_register_lookup(?)");
    auto cw = as("cw");
    auto rd = as("rd");
    auto portal = as("portal");
    auto service = as("service");
    ASSERT_TRUE(cw && rd && portal && service);
    // Read-only, protected without the right, not granted: refused, nothing queued.
    EXPECT_FALSE(attempt(*cw, request, {m_schoolRef}));
    EXPECT_FALSE(attempt(*cw, request, {m_protectedRef}));
    EXPECT_FALSE(attempt(*rd, request, {m_parkingRef}));
    EXPECT_FALSE(attempt(*portal, request, {m_parkingRef}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_requests")), 0);

    // The caseworker who works the case: one request waits, asking again is that request.
    auto first = RegisterRepository(*cw).requestLookup(m_parkingRef);
    ASSERT_TRUE(first.ok()) << first.error().describe().toStdString();
    auto again = RegisterRepository(*cw).requestLookup(m_parkingRef);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*first, *again);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_requests")), 1);
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.register_requested'"
                                  " AND actor = ?"),
                   {login("cw")}),
        1);

    // Nobody reads or changes the queue directly, and people do not answer it.
    for (const char* role : {"admin", "cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT * FROM register_requests"))) << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("UPDATE register_requests SET answered_at = now()")))
            << role;
        EXPECT_FALSE(attempt(*db, QStringLiteral("DELETE FROM register_requests"))) << role;
        EXPECT_FALSE(
            attempt(*db,
                    QStringLiteral("INSERT INTO register_requests (case_id, requested_by, requested_at)"
                                   " VALUES (?, 'x', now())"),
                    {caseId(m_schoolRef)}))
            << role;
    }
    for (const char* role : {"cw", "rd", "portal"}) {
        auto db = as(role);
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT * FROM casedesk_waiting_register_requests(10)")))
            << role;
        EXPECT_FALSE(
            attempt(*db, QStringLiteral("SELECT casedesk_answer_register_request(?, NULL)"), {*first}))
            << role;
    }
    EXPECT_TRUE(ownerValue(QStringLiteral("SELECT answered_at FROM register_requests")).isNull());

    // The service takes it and answers it; the case gets a new version for the open windows.
    auto waiting = RegisterRepository(*service).waitingRequests(10);
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().reference, m_parkingRef);
    const int version =
        ownerValue(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {m_parkingRef}).toInt();
    ASSERT_TRUE(RegisterRepository(*service)
                    .answerRequest(waiting->first().id, QStringLiteral("guardian: not found"))
                    .ok());
    EXPECT_EQ(
        ownerValue(QStringLiteral("SELECT version FROM cases WHERE reference = ?"), {m_parkingRef}).toInt(),
        version + 1);
    EXPECT_EQ(ownerValue(QStringLiteral("SELECT failure FROM register_requests")).toString(),
              QStringLiteral("guardian: not found"));
    EXPECT_TRUE(RegisterRepository(*service).waitingRequests(10)->isEmpty());
    // The caseworker reads the answer in the case document.
    auto doc = cw->exec(QStringLiteral("SELECT casedesk_read_case(?)"), {m_parkingRef});
    ASSERT_TRUE(doc.ok() && doc->next());
    const QJsonObject latest = QJsonDocument::fromJson(doc->value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("register_request"))
                                   .toObject();
    EXPECT_EQ(latest.value(QStringLiteral("failure")).toString(), QStringLiteral("guardian: not found"));
    EXPECT_EQ(latest.value(QStringLiteral("requested_by")).toString(), login("cw"));
}

TEST_F(SecurityTest, OnlyAdministratorsTurnOnLookupsAtIntakeAndIntakeQueuesThem)
{
    const QString turnOn =
        QStringLiteral("UPDATE eservices SET navet_at_intake = true WHERE id = 'parkeringstillstand'");
    for (const char* role : {"cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        attempt(*db, turnOn); // refused, or changes nothing
        EXPECT_FALSE(ownerValue(QStringLiteral(
                                    "SELECT navet_at_intake FROM eservices WHERE id = 'parkeringstillstand'"))
                         .toBool())
            << role;
    }
    auto service = as("service");
    ASSERT_TRUE(service);
    EXPECT_FALSE(attempt(
        *service, QStringLiteral(
                      "INSERT INTO eservices (id, name, navet_at_intake) VALUES ('ny_tjanst', 'Ny', true)")));
    auto admin = as("admin");
    ASSERT_TRUE(admin);
    EXPECT_TRUE(attempt(*admin, turnOn));
    // A new case from intake (the service) waits for its lookup, asked in the service's name.
    Submission s = sampleSubmission(QStringLiteral("sec-navet"));
    auto receipt = IntakeService(*service).submit(s);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM register_requests r JOIN cases c ON c.id = r.case_id"
                                  " WHERE c.reference = ? AND r.answered_at IS NULL AND r.requested_by = ?"),
                   {receipt->reference, login("service")}),
        1);
    // Other e-services' cases do not.
    Submission school = sampleSubmission(QStringLiteral("sec-navet-2"));
    school.eserviceId = QStringLiteral("skolskjuts");
    school.eserviceName = QStringLiteral("Skolskjuts");
    auto other = IntakeService(*service).submit(school);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT count(*) FROM register_requests r JOIN cases c ON c.id = r.case_id"
                                  " WHERE c.reference = ?"),
                   {other->reference}),
        0);
}

TEST_F(SecurityTest, ALookupOfOnePersonOnlyForSomeoneTheCaseNames)
{
    const QString request = QStringLiteral("SELECT casedesk_request_register_lookup(?, ?)");
    auto cw = as("cw");
    auto rd = as("rd");
    auto service = as("service");
    ASSERT_TRUE(cw && rd && service);
    // Nobody the case names, a malformed number, a case the person may only read: refused, nothing
    // queued. The register is no directory, one person at a time either.
    EXPECT_FALSE(attempt(*cw, request, {m_parkingRef, QStringLiteral("19850923-4566")}));
    EXPECT_FALSE(attempt(*cw, request, {m_parkingRef, QStringLiteral("' OR true --")}));
    EXPECT_FALSE(attempt(*cw, request, {m_schoolRef, sampleGuardian()}));
    EXPECT_FALSE(attempt(*rd, request, {m_parkingRef, sampleGuardian()}));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_requests")), 0);

    // The guardian alone; the service is told whom to ask.
    auto guardian = RegisterRepository(*cw).requestLookup(m_parkingRef, sampleGuardian());
    ASSERT_TRUE(guardian.ok()) << guardian.error().describe().toStdString();
    auto waiting = RegisterRepository(*service).waitingRequests(10);
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().personalNumber, sampleGuardian());
    // The same person again is the same request; someone else makes it cover everyone.
    auto same = RegisterRepository(*cw).requestLookup(m_parkingRef, sampleGuardian());
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(*same, *guardian);
    auto applicant = RegisterRepository(*cw).requestLookup(m_parkingRef, sampleApplicant());
    ASSERT_TRUE(applicant.ok());
    EXPECT_EQ(*applicant, *guardian);
    waiting = RegisterRepository(*service).waitingRequests(10);
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_TRUE(waiting->first().personalNumber.isEmpty());
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM register_requests")), 1);
    // Everyone stays everyone.
    ASSERT_TRUE(RegisterRepository(*cw).requestLookup(m_parkingRef, sampleGuardian()).ok());
    EXPECT_TRUE(ownerValue(QStringLiteral("SELECT personal_number FROM register_requests")).isNull());
    // A number only the owner could write, and only in its form.
    EXPECT_FALSE(
        attempt(owner(), QStringLiteral("UPDATE register_requests SET personal_number = '191212121212'")));
}
