// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QtGlobal>

namespace casedesk {

// Limits that keep a hostile or broken submission from exhausting memory or the database.
struct IntakeLimits
{
    qint64 maxAttachmentBytes = 25LL * 1024 * 1024;
    qint64 maxSubmissionBytes = 100LL * 1024 * 1024;
    int maxAttachments = 100;
    int maxPages = 200;
    int maxFieldsPerPage = 1000;
    int maxSingleLineLength = 500;  // names, labels, ids, e-mail addresses
    int maxMultiLineLength = 20000; // field values and free text
};

} // namespace casedesk
