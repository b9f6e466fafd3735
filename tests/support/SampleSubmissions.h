#pragma once

#include "domain/Submission.h"

namespace casedesk::test {

// A complete, valid submission as the portal would hand it over: two pages with a
// conditional field, a PDF attachment, a valid applicant signature and a second guardian
// who has not signed yet.
Submission sampleSubmission(const QString& externalId, const QDateTime& submittedAt = QDateTime());

// The smallest PDF that real viewers open.
QByteArray tinyPdf();

} // namespace casedesk::test
