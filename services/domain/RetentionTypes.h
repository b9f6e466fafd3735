// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace casedesk {

// A closed case as retention sees it: no applicant, no content.
struct RetentionCase
{
    qint64 caseId = 0;
    QString reference;
    QString eserviceId;
    QDateTime closedAt;
    int retentionDays = 0;
    // Due by time, but its e-service is archived before purge and the case was not exported
    // since it was last closed: retention leaves it until it is.
    bool waitsForArchive = false;
    QDateTime dueAt() const { return closedAt.addDays(retentionDays); }
};

// What a purged case held, for its purge_log row: counts only.
struct PurgeCounts
{
    int fields = 0;
    int attachments = 0;
    int messages = 0;
    int notes = 0;
    int signatures = 0;
    int events = 0;
    int mails = 0;
};

// The purge_log row of one purged case. Reference, e-service, times and counts: never who
// applied or what the case said.
struct PurgeLogRow
{
    QString reference;
    QString eserviceId;
    QDateTime closedAt;
    QDateTime purgedAt;
    PurgeCounts counts;
};

} // namespace casedesk
