// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MailDeliveryTask.h"

#include "MailDelivery.h"

namespace casedesk {

Result<QString> MailDeliveryTask::run(const std::atomic_bool& stop)
{
    auto report = deliverPendingMail(m_db, DeliveryOptions{}, &stop);
    // Mail waiting on an SMTP server nobody configured yet is a note for the log, not a
    // failure of the service: retention still runs, and the mail waits.
    if (!report.ok() && report.error().code == ErrorCode::InvalidInput)
        return QStringLiteral("mail is waiting, but the SMTP settings are incomplete: %1")
            .arg(report.error().describe());
    if (!report.ok())
        return report.error();
    QString summary = report->summary();
    if (report->serverUnavailable)
        summary += QStringLiteral("; ") + report->serverError;
    return summary;
}

} // namespace casedesk
