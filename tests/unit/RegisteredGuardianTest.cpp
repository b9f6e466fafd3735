// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "domain/CaseTypes.h"
#include "domain/SignatureVerifier.h"

#include <gtest/gtest.h>

using namespace casedesk;

// A child's case signed by its guardians (issue #14 §1): what the population register says of
// each guardian who signed or must sign.

namespace {

RegisterEntry childWithGuardians(const QStringList& guardians)
{
    RegisterEntry entry;
    entry.person.personalNumber = QStringLiteral("20150301-2344");
    for (const QString& number : guardians) {
        NavetRelation relation;
        relation.type = NavetRelationType::Guardian;
        relation.typeCode = QStringLiteral("V");
        relation.personalNumber = number;
        entry.person.relations.append(relation);
    }
    return entry;
}

QList<SignatureRow> rows()
{
    // Åsa signed as guardian; Jonas must sign as guardian; the applicant signed as applicant but
    // was required as guardian; a witness signed as a witness.
    const QList<IncomingSignature> signatures{
        {QStringLiteral("guardian"), QStringLiteral("19780412-1239"), QStringLiteral("Åsa"), QDateTime(),
         QStringLiteral("BankID"), QStringLiteral("sha256:00"), SignatureKind::PagesDigest},
        {QStringLiteral("applicant"), QStringLiteral("19121212-1212"), QStringLiteral("Tolvan"), QDateTime(),
         QStringLiteral("BankID"), QStringLiteral("sha256:00"), SignatureKind::PagesDigest},
        {QStringLiteral("witness"), QStringLiteral("19800101-0008"), QStringLiteral("Vittne"), QDateTime(),
         QStringLiteral("BankID"), QStringLiteral("sha256:00"), SignatureKind::PagesDigest}};
    const QList<RequiredSigner> required{
        {QStringLiteral("guardian"), QStringLiteral("19121212-1212"), QStringLiteral("Tolvan")},
        {QStringLiteral("guardian"), QStringLiteral("19790214-5676"), QStringLiteral("Jonas")}};
    return verifySignatures({}, signatures, required).rows;
}

} // namespace

TEST(RegisteredGuardian, EachGuardianAgainstTheRegistersGuardians)
{
    QList<SignatureRow> signers = rows();
    ASSERT_EQ(signers.size(), 4);
    EXPECT_EQ(signers.at(1).requiredRole, QStringLiteral("guardian"))
        << "signed as applicant, required as guardian";
    EXPECT_EQ(signers.at(0).signedDigest, QStringLiteral("sha256:00"));
    markRegisteredGuardians(
        signers, {childWithGuardians({QStringLiteral("19780412-1239"), QStringLiteral("19790214-5676")})});
    EXPECT_EQ(signers.at(0).registeredGuardian, std::optional<bool>(true));  // Åsa
    EXPECT_EQ(signers.at(1).registeredGuardian, std::optional<bool>(false)); // Tolvan is not
    EXPECT_FALSE(signers.at(2).registeredGuardian.has_value());              // a witness is no guardian
    EXPECT_EQ(signers.at(3).registeredGuardian, std::optional<bool>(true));  // Jonas, awaiting
}

TEST(RegisteredGuardian, UnknownWithoutAnAnswerListingGuardians)
{
    QList<SignatureRow> signers = rows();
    markRegisteredGuardians(signers, {});
    for (const SignatureRow& row : signers)
        EXPECT_FALSE(row.registeredGuardian.has_value());
    markRegisteredGuardians(signers, {childWithGuardians({})});
    for (const SignatureRow& row : signers)
        EXPECT_FALSE(row.registeredGuardian.has_value())
            << "an answer without guardians says nothing of them";
}
