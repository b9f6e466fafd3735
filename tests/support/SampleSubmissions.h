// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/Submission.h"

namespace casedesk {
class Database;
}

namespace casedesk::test {

// A complete, valid submission as the portal would hand it over: two pages with a
// conditional field, a PDF attachment, a valid applicant signature and a second guardian
// who has not signed yet.
Submission sampleSubmission(const QString& externalId, const QDateTime& submittedAt = QDateTime());

// Creates the sample submission's e-service with its functional mailbox, as an administrator
// would (intake never takes the mailbox from a submission). Returns false on failure.
bool configureSampleEService(const Database& db, const Submission& sample);

// The identities in sampleSubmission(), as the portal passes the personal number it verified by
// e-ID: the applicant (also a signer and a guardian) and the second guardian, a party who has
// not signed.
inline QString sampleApplicant()
{
    return QStringLiteral("19121212-1212");
}
inline QString sampleGuardian()
{
    return QStringLiteral("20080808-0014");
}

// The documented example submission (tests/data/intake/parkering-example.json: small, valid,
// one PDF) as JSON with `externalId` in place of its own: what a test hands to casedeskctl submit.
// Empty when the file cannot be read.
QByteArray exampleSubmissionJson(const QString& externalId);

// The smallest PDF that real viewers open.
QByteArray tinyPdf();

} // namespace casedesk::test
