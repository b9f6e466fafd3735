// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseRecord.h"
#include "PagedDocument.h"

namespace casedesk {

// The whole case as one document for the records, in the record's language: a cover
// (reference, e-service, status, dates, handler), the parties, the form as the applicant saw it
// with the fields hidden from them listed apart, the signatures and their check, the
// attachments with size and SHA-256, the messages both ways, supplement requests, decisions and
// the history; the internal notes only when the record includes them, and then every page says so.
PagedDocument caseDocument(const CaseRecord& record);

// A date and time as the documents write it: Swedish time, "2026-03-05 14:07".
QString documentDateTime(const QDateTime& time);

} // namespace casedesk
