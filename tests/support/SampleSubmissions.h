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

// The smallest PDF that real viewers open.
QByteArray tinyPdf();

} // namespace casedesk::test
