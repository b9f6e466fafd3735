// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "IntakeLimits.h"
#include "core/Result.h"
#include "domain/Submission.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Recognises the format by content (JSON object or Open ePlatform XML) and parses and
// validates it. Errors are InvalidInput with `field` set to the offending path
// (e.g. "applicant.personalNumber", "pages[0].fields[2].value", "Values/absentDateFrom").
Result<Submission> readSubmission(const QByteArray& data, const IntakeLimits& limits = {});

// Same, from a file; refuses files over limits.maxSubmissionBytes before reading them.
Result<Submission> readSubmissionFile(const QString& path, const IntakeLimits& limits = {});

// The two parsers, for tests. They do not check the size of `data` itself (readSubmission
// does); attachments are checked against both limits.
Result<Submission> parseJsonSubmission(const QByteArray& data, const IntakeLimits& limits = {});
Result<Submission> parseOepXml(const QByteArray& data, const IntakeLimits& limits = {});

} // namespace casedesk
