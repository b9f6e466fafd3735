// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SecurityFixture.h"

#include "SampleSubmissions.h"

#include "intake/IntakeService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

// An organisation as the applicant (0027): its number is written by intake only, checked by the
// database whoever writes, public in lists and the case (where a personal number is masked), and
// still hidden with the rest of the applicant on a protected case.

namespace {

const QString kOrganisation = QStringLiteral("556677-8899");

Submission organisationSubmission(const QString& externalId, bool protectedIdentity)
{
    Submission s = sampleSubmission(externalId);
    s.applicant.personalNumber.clear();
    s.applicant.organisationNumber = kOrganisation;
    s.applicant.name = protectedIdentity ? QStringLiteral("Skyddad Förening") : QStringLiteral("Exempel AB");
    s.applicant.protectedIdentity = protectedIdentity;
    return s;
}

QString submitted(Database& db, const Submission& s)
{
    auto receipt = IntakeService(db).submit(s);
    EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : receipt.error().describe().toStdString());
    return receipt.ok() ? receipt->reference : QString();
}

QVariant valueAs(Database& db, const QString& sql, const QVariantList& params)
{
    auto q = db.exec(sql, params);
    if (!q.ok() || !q->next())
        return QStringLiteral("<refused or no row>");
    return q->value(0);
}

} // namespace

TEST_F(SecurityTest, TheDatabaseChecksOrganisationNumbersWhoeverWrites)
{
    const qint64 parking = caseId(m_parkingRef);
    // The owner too: the CHECKs hold for every writer.
    EXPECT_FALSE(attempt(owner(),
                         QStringLiteral("UPDATE cases SET applicant_personal_number = NULL,"
                                        " applicant_organisation_number = '556677-8898' WHERE id = ?"),
                         {parking}))
        << "check digit";
    EXPECT_FALSE(attempt(owner(),
                         QStringLiteral("UPDATE cases SET applicant_personal_number = NULL,"
                                        " applicant_organisation_number = '121212-1212' WHERE id = ?"),
                         {parking}))
        << "a personal number's form";
    EXPECT_FALSE(attempt(
        owner(), QStringLiteral("UPDATE cases SET applicant_organisation_number = '5566778899' WHERE id = ?"),
        {parking}))
        << "without the hyphen";
    EXPECT_FALSE(attempt(owner(),
                         QStringLiteral("UPDATE cases SET applicant_organisation_number = ? WHERE id = ?"),
                         {kOrganisation, parking}))
        << "beside a personal number";
    EXPECT_EQ(ownerCount(QStringLiteral(
                  "SELECT count(*) FROM cases WHERE applicant_organisation_number IS NOT NULL")),
              0);

    // Nobody but the owner changes who applied, whatever the number.
    const QString organisationCase =
        submitted(owner(), organisationSubmission(QStringLiteral("org-1"), false));
    ASSERT_FALSE(organisationCase.isEmpty());
    for (const char* role : {"admin", "cw", "rd", "service", "portal"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        EXPECT_FALSE(attempt(*db,
                             QStringLiteral("UPDATE cases SET applicant_organisation_number = '802002-0007'"
                                            " WHERE reference = ?"),
                             {organisationCase}))
            << role;
        EXPECT_FALSE(attempt(*db,
                             QStringLiteral("UPDATE cases SET applicant_organisation_number = NULL,"
                                            " applicant_personal_number = ? WHERE reference = ?"),
                             {sampleApplicant(), organisationCase}))
            << role;
    }
    EXPECT_EQ(
        ownerValue(QStringLiteral("SELECT applicant_organisation_number FROM cases WHERE reference = ?"),
                   {organisationCase})
            .toString(),
        kOrganisation);
}

TEST_F(SecurityTest, AnOrganisationsNumberIsPublicButAProtectedCaseHidesIt)
{
    const QString open = submitted(owner(), organisationSubmission(QStringLiteral("org-2"), false));
    const QString hidden = submitted(owner(), organisationSubmission(QStringLiteral("org-3"), true));
    ASSERT_FALSE(open.isEmpty() || hidden.isEmpty());
    const qint64 openId = caseId(open);
    const qint64 hiddenId = caseId(hidden);
    for (const char* role : {"cw", "rd"}) {
        auto db = as(role);
        ASSERT_TRUE(db) << role;
        // Not the column itself: only as the lists and views show it.
        EXPECT_FALSE(attempt(*db, QStringLiteral("SELECT applicant_organisation_number FROM cases"))) << role;
        const QString listNumber = QStringLiteral("SELECT applicant_list_number FROM cases WHERE id = ?");
        EXPECT_EQ(valueAs(*db, listNumber, {openId}).toString(), kOrganisation) << role;
        EXPECT_EQ(valueAs(*db, listNumber, {hiddenId}).toString(), QString()) << role;
        const QString names =
            QStringLiteral("SELECT personal_number FROM case_applicant_names WHERE case_id = ?");
        EXPECT_EQ(valueAs(*db, names, {openId}).toString(), kOrganisation) << role;
        EXPECT_EQ(valueAs(*db, names, {hiddenId}).toString(), QStringLiteral("<refused or no row>")) << role;
        // Searching by the number finds the open case, never the protected one.
        const QString search = QStringLiteral("SELECT count(*) FROM casedesk_search_cases(?) s WHERE s = ?");
        EXPECT_EQ(valueAs(*db, search, {QStringLiteral("5566778899"), openId}).toLongLong(), 1) << role;
        EXPECT_EQ(valueAs(*db, search, {QStringLiteral("5566778899"), hiddenId}).toLongLong(), 0) << role;
        // The case document: the number with the applicant, or nothing of the applicant.
        const QString read = QStringLiteral("SELECT casedesk_read_case(?)::text");
        const QJsonObject openDoc =
            QJsonDocument::fromJson(valueAs(*db, read, {open}).toString().toUtf8()).object();
        EXPECT_EQ(openDoc.value(QStringLiteral("applicant"))
                      .toObject()
                      .value(QStringLiteral("organisation_number"))
                      .toString(),
                  kOrganisation)
            << role;
        const QJsonObject hiddenDoc =
            QJsonDocument::fromJson(valueAs(*db, read, {hidden}).toString().toUtf8()).object();
        EXPECT_TRUE(hiddenDoc.value(QStringLiteral("applicant")).isNull()) << role;
        EXPECT_FALSE(valueAs(*db, read, {hidden}).toString().contains(QStringLiteral("556677"))) << role;
    }
}
