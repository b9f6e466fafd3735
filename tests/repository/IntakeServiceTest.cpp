// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "admin/AdminService.h"
#include "intake/IntakeService.h"
#include "intake/SubmissionReader.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/OutboxRepository.h"
#include "workflow/CaseService.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

int countRows(Database& db, const char* table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    EXPECT_TRUE(q.ok());
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class IntakeServiceTest : public BackendTest
{};

TEST_P(IntakeServiceTest, StoresEverythingOfASubmissionInOneCase)
{
    const Submission submission = sampleSubmission(QStringLiteral("portal-4711"));
    ASSERT_TRUE(configureSampleEService(db(), submission));
    auto receipt = IntakeService(db()).submit(submission);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    EXPECT_EQ(receipt->reference, QStringLiteral("CD-2026-000001"));
    EXPECT_EQ(receipt->mailsQueued, 2);

    auto detail = CaseService(db()).open(receipt->reference, false);
    ASSERT_TRUE(detail.ok()) << detail.error().describe().toStdString();
    EXPECT_EQ(detail->summary.statusId, QStringLiteral("submitted"));
    EXPECT_EQ(detail->summary.eserviceName, submission.eserviceName);
    EXPECT_EQ(detail->summary.submittedAt, submission.submittedAt.toUTC());
    EXPECT_EQ(detail->summary.version, 1);
    EXPECT_TRUE(detail->summary.needsAction);
    EXPECT_EQ(detail->externalId, QStringLiteral("portal-4711"));
    EXPECT_EQ(detail->applicant.personalNumber, QStringLiteral("19121212-1212"));
    EXPECT_EQ(detail->applicant.address.city, QStringLiteral("Helsingborg"));

    ASSERT_EQ(detail->pages.size(), 2);
    EXPECT_EQ(detail->pages[0].title, QStringLiteral("Personuppgifter"));
    ASSERT_EQ(detail->pages[0].fields.size(), 4);
    EXPECT_EQ(detail->pages[0].fields[2].id, QStringLiteral("regNo"));
    EXPECT_EQ(detail->pages[0].fields[2].visibleWhen, QStringLiteral("hasCar == 'Ja'"));
    EXPECT_EQ(detail->pages[1].fields[0].value, QJsonValue(150.0));

    ASSERT_EQ(detail->attachments.size(), 1);
    EXPECT_EQ(detail->attachments[0].fileName, QStringLiteral("läkarintyg.pdf"));
    EXPECT_EQ(detail->attachments[0].size, tinyPdf().size());
    EXPECT_EQ(detail->attachments[0].sha256,
              QString::fromLatin1(QCryptographicHash::hash(tinyPdf(), QCryptographicHash::Sha256).toHex()));

    // One valid signature; the second guardian has not signed yet.
    ASSERT_EQ(detail->signatures.size(), 2);
    EXPECT_EQ(detail->signatures[0].check, SignatureCheck::Valid);
    EXPECT_EQ(detail->signatures[1].check, SignatureCheck::Awaiting);
    EXPECT_EQ(detail->signatures[1].name, QStringLiteral("Åsa Tolvansson"));
    EXPECT_EQ(detail->summary.signatureState, SignatureState::Awaiting);

    ASSERT_EQ(detail->events.size(), 1);
    EXPECT_EQ(detail->events[0].kind, QStringLiteral("submitted"));
    EXPECT_EQ(detail->events[0].actor, db().currentUser());
}

TEST_P(IntakeServiceTest, AnOrganisationAppliesWithItsNumber)
{
    Submission submission = sampleSubmission(QStringLiteral("portal-org"));
    submission.applicant.personalNumber.clear();
    submission.applicant.organisationNumber = QStringLiteral("556677-8899");
    submission.applicant.name = QStringLiteral("Exempel AB");
    ASSERT_TRUE(configureSampleEService(db(), submission));
    auto receipt = IntakeService(db()).submit(submission);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();

    auto detail = CaseService(db()).open(receipt->reference, false);
    ASSERT_TRUE(detail.ok()) << detail.error().describe().toStdString();
    EXPECT_EQ(detail->applicant.organisationNumber, QStringLiteral("556677-8899"));
    EXPECT_TRUE(detail->applicant.personalNumber.isEmpty());
    EXPECT_EQ(detail->applicant.name, QStringLiteral("Exempel AB"));

    // Lists carry it where they carry a personal number, and searching finds it either way written.
    for (const QString& search : {QStringLiteral("5566778899"), QStringLiteral("556677-8899"), QString()}) {
        CaseQuery query;
        query.search = search;
        auto rows = CaseRepository(db()).list(query);
        ASSERT_TRUE(rows.ok()) << rows.error().describe().toStdString();
        ASSERT_EQ(rows->size(), 1) << search.toStdString();
        EXPECT_EQ(rows->first().personalNumber, QStringLiteral("556677-8899"));
        EXPECT_EQ(rows->first().applicantName, QStringLiteral("Exempel AB"));
    }

    // Either number, never both: the database refuses what the parser would.
    Submission both = sampleSubmission(QStringLiteral("portal-both"));
    both.applicant.organisationNumber = QStringLiteral("556677-8899");
    EXPECT_FALSE(IntakeService(db()).submit(both).ok());
    Submission malformed = sampleSubmission(QStringLiteral("portal-malformed"));
    malformed.applicant.personalNumber.clear();
    malformed.applicant.organisationNumber = QStringLiteral("121212-1212");
    EXPECT_FALSE(IntakeService(db()).submit(malformed).ok());
    EXPECT_EQ(countRows(db(), "cases"), 1);
}

TEST_P(IntakeServiceTest, QueuesMailsWithoutPersonalData)
{
    ASSERT_TRUE(configureSampleEService(db(), sampleSubmission(QStringLiteral("portal-1"))));
    auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("portal-1")));
    ASSERT_TRUE(receipt.ok());
    auto mails = OutboxRepository(db()).forCase(receipt->caseId);
    ASSERT_TRUE(mails.ok());
    ASSERT_EQ(mails->size(), 2);
    EXPECT_EQ(mails->at(0).kind, QStringLiteral("confirmation"));
    EXPECT_EQ(mails->at(0).recipient, QStringLiteral("tolvan@example.se"));
    EXPECT_EQ(mails->at(1).kind, QStringLiteral("functional_mailbox"));
    EXPECT_EQ(mails->at(1).recipient, QStringLiteral("parkering@kommun.example.se"));
    for (const OutgoingMail& mail : *mails) {
        const QString text = mail.subject + mail.body;
        EXPECT_TRUE(text.contains(receipt->reference));
        EXPECT_TRUE(mail.body.contains(QStringLiteral("Parkeringstillstånd för rörelsehindrade")));
        EXPECT_FALSE(text.contains(QStringLiteral("Tolvan"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("121212"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Storgatan")));
    }
    EXPECT_TRUE(mails->at(0).body.contains(QStringLiteral("Min sida")));
}

// The functional mailbox is the administrators' choice: a submission that names one (the format
// still allows the field) neither sets it nor gets a mail sent there.
TEST_P(IntakeServiceTest, NeverTakesTheFunctionalMailboxFromASubmission)
{
    Submission submission = sampleSubmission(QStringLiteral("portal-mbx"));
    submission.eserviceMailbox = QStringLiteral("attacker@example.net");
    auto receipt = IntakeService(db()).submit(submission);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    EXPECT_EQ(receipt->mailsQueued, 1);
    auto eservice = EServiceRepository(db()).find(submission.eserviceId);
    ASSERT_TRUE(eservice.ok() && eservice->has_value());
    EXPECT_TRUE((*eservice)->functionalMailbox.isEmpty());
    auto mails = OutboxRepository(db()).forCase(receipt->caseId);
    ASSERT_TRUE(mails.ok());
    for (const OutgoingMail& mail : *mails)
        EXPECT_NE(mail.recipient, submission.eserviceMailbox);
}

TEST_P(IntakeServiceTest, WritesNoApplicantMailWithoutAnAddressAndUsesEnglishWhenSet)
{
    ASSERT_TRUE(configureSampleEService(db(), sampleSubmission(QStringLiteral("portal-2"))));
    ASSERT_TRUE(EServiceRepository(db())
                    .setLanguage(QStringLiteral("parkeringstillstand"), QStringLiteral("en"))
                    .ok());
    Submission submission = sampleSubmission(QStringLiteral("portal-2"));
    submission.applicant.email.clear();
    auto receipt = IntakeService(db()).submit(submission);
    ASSERT_TRUE(receipt.ok());
    auto mails = OutboxRepository(db()).forCase(receipt->caseId);
    ASSERT_TRUE(mails.ok());
    ASSERT_EQ(mails->size(), 1);
    EXPECT_EQ(mails->at(0).kind, QStringLiteral("functional_mailbox"));
    EXPECT_TRUE(mails->at(0).subject.startsWith(QStringLiteral("New case")))
        << mails->at(0).subject.toStdString();
}

TEST_P(IntakeServiceTest, ADuplicateExternalIdIsAConflictAndChangesNothing)
{
    ASSERT_TRUE(IntakeService(db()).submit(sampleSubmission(QStringLiteral("portal-7"))).ok());
    const int mailsBefore = countRows(db(), "mail_outbox");
    auto again = IntakeService(db()).submit(sampleSubmission(QStringLiteral("portal-7")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(again.error().field, QStringLiteral("externalId"));
    EXPECT_TRUE(again.error().message().contains(QStringLiteral("CD-2026-000001")));
    EXPECT_EQ(countRows(db(), "cases"), 1);
    EXPECT_EQ(countRows(db(), "mail_outbox"), mailsBefore);
}

TEST_P(IntakeServiceTest, AFailureHalfwayLeavesNothingBehind)
{
    Submission broken = sampleSubmission(QStringLiteral("portal-broken"));
    broken.eserviceId = QStringLiteral("ny-tjanst");
    broken.pages[1].fields[0].label =
        QString(); // NOT NULL in the database: fails after the case row is written
    auto result = IntakeService(db()).submit(broken);
    ASSERT_FALSE(result.ok());
    for (const char* table :
         {"cases", "form_pages", "form_fields", "attachments", "signatures", "case_parties", "case_events",
          "mail_outbox", "eservices", "reference_counters"})
        EXPECT_EQ(countRows(db(), table), 0) << table;
    // The reference counter was rolled back too: the next case still gets number 1.
    auto ok = IntakeService(db()).submit(sampleSubmission(QStringLiteral("portal-fine")));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->reference, QStringLiteral("CD-2026-000001"));
}

TEST_P(IntakeServiceTest, ReferencesCountPerYearWithTheConfiguredPrefix)
{
    ASSERT_TRUE(
        db().exec(QStringLiteral("UPDATE settings SET value = 'HBG' WHERE key = 'case.reference_prefix'"))
            .ok());
    const QDateTime y2025(QDate(2025, 12, 31), QTime(22, 0), QTimeZone::utc());
    const QDateTime newYearInSweden(QDate(2025, 12, 31), QTime(23, 30),
                                    QTimeZone::utc()); // 00:30 on 1 January
    const QDateTime y2026(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc());
    auto a = IntakeService(db()).submit(sampleSubmission(QStringLiteral("a"), y2025));
    auto b = IntakeService(db()).submit(sampleSubmission(QStringLiteral("b"), y2026));
    auto c = IntakeService(db()).submit(sampleSubmission(QStringLiteral("c"), y2026));
    auto d = IntakeService(db()).submit(sampleSubmission(QStringLiteral("d"), newYearInSweden));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
    EXPECT_EQ(a->reference, QStringLiteral("HBG-2025-000001"));
    EXPECT_EQ(b->reference, QStringLiteral("HBG-2026-000001"));
    EXPECT_EQ(c->reference, QStringLiteral("HBG-2026-000002"));
    EXPECT_EQ(d->reference, QStringLiteral("HBG-2026-000003"));
}

TEST_P(IntakeServiceTest, StoresTheOpenEPlatformExportWithSwedishCharactersIntact)
{
    const QString path =
        qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml");
    auto submission = readSubmissionFile(path);
    ASSERT_TRUE(submission.ok()) << submission.error().describe().toStdString();
    auto receipt = IntakeService(db()).submit(*submission);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    auto detail = CaseService(db()).open(receipt->reference, false);
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ(detail->summary.eserviceName, QStringLiteral("Anmälan om sjukfrånvaro"));
    EXPECT_EQ(detail->externalId, QStringLiteral("235212"));
    EXPECT_EQ(detail->source, QStringLiteral("oep"));
    int fields = 0;
    QStringList labels;
    for (const FormPage& page : detail->pages) {
        fields += page.fields.size();
        for (const FormField& f : page.fields)
            labels << f.label + QStringLiteral(" = ") + f.valueText;
    }
    // Values has 12 children: the 11 questions and the reporter's contact block (Anmälare).
    EXPECT_EQ(fields, 12);
    const QString all = labels.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Sjukfrånvaro avser = Ny sjukfrånvaro"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Medarbetarens befattningar = Biståndshandläggare")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Datum_fran: 2024-11-30"))) << all.toStdString();

    auto again = IntakeService(db()).submit(*submission);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

namespace {

IncomingAttachment file(const QString& name, const QString& mimeType, const QByteArray& content)
{
    IncomingAttachment a;
    a.fileName = name;
    a.mimeType = mimeType;
    a.content = content;
    return a;
}

QByteArray htaBody()
{
    return QByteArrayLiteral(
        "<html><head><HTA:APPLICATION id=\"x\"/></head>"
        "<body><script>new ActiveXObject('WScript.Shell').Run('calc')</script></body></html>\n");
}

QByteArray msiBody()
{
    QByteArray msi("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8); // an OLE compound file, as MSI installers are
    msi.append(QByteArray(504, '\0'));
    return msi;
}

QByteArray gifBody()
{
    return QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xFF\xFF\xFF!\xF9\x04\x01\0\0\0\0,"
                      "\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;",
                      43);
}

QStringList storedNames(Database& db, qint64 caseId)
{
    auto q =
        db.exec(QStringLiteral("SELECT file_name, mime_type FROM attachments WHERE case_id = ? ORDER BY id"),
                {caseId});
    EXPECT_TRUE(q.ok());
    QStringList names;
    while (q.ok() && q->next())
        names << q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
    return names;
}

QString refusal(Database& db, const Submission& s)
{
    auto receipt = IntakeService(db).submit(s);
    return receipt.ok() ? QStringLiteral("stored") : receipt.error().describe();
}

} // namespace

// A name never says something the content is not: an executable or script name is replaced by
// the extension of what the content is, and the history says so.
TEST_P(IntakeServiceTest, HostileAttachmentNamesAreStoredUnderTheirContentsType)
{
    Submission s = sampleSubmission(QStringLiteral("hostile-names"));
    s.attachments = {file(QStringLiteral("läkarintyg.pdf.js"), QStringLiteral("application/pdf"), tinyPdf()),
                     file(QStringLiteral("intyg.hta"), QStringLiteral("application/hta"), htaBody()),
                     file(QStringLiteral("intyg"), QStringLiteral("application/pdf"), tinyPdf()),
                     file(QStringLiteral("Foto.JPG"), QStringLiteral("image/jpeg"),
                          QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11))};
    auto receipt = IntakeService(db()).submit(s);
    ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
    EXPECT_EQ(
        storedNames(db(), receipt->caseId),
        (QStringList{QStringLiteral("läkarintyg.pdf.pdf application/pdf"),
                     QStringLiteral("intyg.txt text/plain"), QStringLiteral("intyg.pdf application/pdf"),
                     QStringLiteral("Foto.JPG image/jpeg")}));
    auto detail = CaseService(db()).open(receipt->reference, false);
    ASSERT_TRUE(detail.ok());
    QStringList renames;
    for (const EventRow& e : std::as_const(detail->events)) {
        if (e.kind == QLatin1String("attachment_renamed"))
            renames << e.detail;
    }
    renames.sort();
    EXPECT_EQ(renames,
              (QStringList{QStringLiteral("intyg → intyg.pdf"), QStringLiteral("intyg.hta → intyg.txt"),
                           QStringLiteral("läkarintyg.pdf.js → läkarintyg.pdf.pdf")}));
}

TEST_P(IntakeServiceTest, TypesOffTheEServicesAllowlistAreRefusedAndNothingIsStored)
{
    const int before = countRows(db(), "cases");
    Submission msi = sampleSubmission(QStringLiteral("hostile-msi"));
    msi.attachments.append(
        file(QStringLiteral("blankett.msi"), QStringLiteral("application/octet-stream"), msiBody()));
    EXPECT_EQ(refusal(db(), msi),
              QStringLiteral("attachments[1].fileName: type application/octet-stream is not "
                             "allowed for e-service parkeringstillstand"));

    Submission gif = sampleSubmission(QStringLiteral("hostile-gif"));
    gif.attachments = {file(QStringLiteral("karta.gif"), QStringLiteral("image/gif"), gifBody())};
    EXPECT_EQ(
        refusal(db(), gif),
        QStringLiteral("attachments[0].fileName: type gif is not allowed for e-service parkeringstillstand"));
    EXPECT_EQ(countRows(db(), "cases"), before);

    // An administrator narrows the list: the sample's PDF is refused, a GIF allowed.
    ASSERT_TRUE(IntakeService(db()).submit(sampleSubmission(QStringLiteral("creates-eservice"))).ok());
    ASSERT_TRUE(AdminService(db())
                    .setAllowedFileTypes(QStringLiteral("parkeringstillstand"), {QStringLiteral("gif")})
                    .ok());
    EXPECT_EQ(
        refusal(db(), sampleSubmission(QStringLiteral("pdf-now-refused"))),
        QStringLiteral("attachments[0].fileName: type pdf is not allowed for e-service parkeringstillstand"));
    EXPECT_EQ(refusal(db(), gif), QStringLiteral("stored"));
    // Back to the default list.
    ASSERT_TRUE(AdminService(db()).setAllowedFileTypes(QStringLiteral("parkeringstillstand"), {}).ok());
    auto eservice = EServiceRepository(db()).find(QStringLiteral("parkeringstillstand"));
    ASSERT_TRUE(eservice.ok() && eservice->has_value());
    EXPECT_TRUE((*eservice)->allowedFileTypes.isEmpty());
    EXPECT_EQ(refusal(db(), sampleSubmission(QStringLiteral("pdf-again"))), QStringLiteral("stored"));
    // The database checks the column's form on both backends.
    for (const char* bad : {"", "pdf,,png", ",pdf", "pdf,", "PDF", "pdf;png", "<b>"})
        EXPECT_FALSE(db().exec(QStringLiteral("UPDATE eservices SET allowed_file_types = ? WHERE id = ?"),
                               {QString::fromLatin1(bad), QStringLiteral("parkeringstillstand")})
                         .ok())
            << bad;
}

// PostgreSQL: everyone reads the allowlist; only administrators (and the owner) change it.
TEST(AttachmentTypesAccessTest, OnlyAdministratorsSetTheAllowlist)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    Database& owner = database.db();
    ASSERT_TRUE(IntakeService(owner).submit(sampleSubmission(QStringLiteral("types-1"))).ok());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString cw = QStringLiteral("ft_cw_") + suffix;
    const QString admin = QStringLiteral("ft_admin_") + suffix;
    const QString service = QStringLiteral("ft_svc_") + suffix;
    ASSERT_TRUE(AccessService(owner).addUser(cw, QStringLiteral("caseworker"), {}, false).ok());
    ASSERT_TRUE(
        AccessService(owner).grant(cw, QStringLiteral("parkeringstillstand"), QStringLiteral("work")).ok());
    ASSERT_TRUE(AccessService(owner).addUser(admin, QStringLiteral("admin"), {}, false).ok());
    QString error;
    PostgresCluster* cluster = PostgresCluster::shared(&error);
    ASSERT_TRUE(cluster) << error.toStdString();
    ASSERT_TRUE(cluster->execAsSuperuser(
        database.url().databaseName,
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE casedesk_service").arg(service), &error))
        << error.toStdString();
    auto as = [&](const QString& login) { return database.openAs(login); };
    auto asCaseworker = as(cw);
    auto asAdmin = as(admin);
    auto asService = as(service);
    ASSERT_TRUE(asCaseworker && asAdmin && asService);

    const QString id = QStringLiteral("parkeringstillstand");
    for (Database* db : {asCaseworker.get(), asService.get()}) {
        auto set = AdminService(*db).setAllowedFileTypes(id, {QStringLiteral("zip")});
        ASSERT_FALSE(set.ok());
        EXPECT_EQ(set.error().code, ErrorCode::PermissionDenied) << set.error().describe().toStdString();
        auto raw =
            db->exec(QStringLiteral("UPDATE eservices SET allowed_file_types = 'zip' WHERE id = ?"), {id});
        ASSERT_FALSE(raw.ok());
        EXPECT_EQ(raw.error().code, ErrorCode::PermissionDenied);
    }
    // Nor any other column: intake creates an e-service by id and name and changes none.
    EXPECT_FALSE(asService
                     ->exec(QStringLiteral("UPDATE eservices SET functional_mailbox = 'x@kommun.example.se' "
                                           "WHERE id = ?"),
                            {id})
                     .ok());
    auto byService = asService->exec(QStringLiteral("INSERT INTO eservices (id, name, allowed_file_types) "
                                                    "VALUES ('sneaky', 'Sneaky', 'zip')"));
    EXPECT_FALSE(byService.ok());

    ASSERT_TRUE(
        AdminService(*asAdmin).setAllowedFileTypes(id, {QStringLiteral("pdf"), QStringLiteral("png")}).ok());
    for (Database* db : {asCaseworker.get(), asService.get(), asAdmin.get()}) {
        auto read = EServiceRepository(*db).find(id);
        ASSERT_TRUE(read.ok() && read->has_value());
        EXPECT_EQ((*read)->allowedFileTypes, QStringLiteral("pdf,png"));
    }
    auto bad =
        owner.exec(QStringLiteral("UPDATE eservices SET allowed_file_types = 'pdf,,<b>' WHERE id = ?"), {id});
    EXPECT_FALSE(bad.ok()) << "the column's form is checked";
}

CASEDESK_INSTANTIATE_BACKENDS(IntakeServiceTest);
