// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AttachmentTypePolicy.h"

#include "db/Database.h"
#include "repositories/CaseRepository.h"
#include "repositories/EServiceRepository.h"

namespace casedesk {

Result<QList<RenamedAttachment>> enforceAttachmentTypes(const Database& db, const QString& eserviceId,
                                                        QList<IncomingAttachment>& attachments,
                                                        const QString& field)
{
    if (attachments.isEmpty())
        return QList<RenamedAttachment>();
    auto eservice = EServiceRepository(db).find(eserviceId);
    if (!eservice.ok())
        return eservice.error();
    const QString stored = eservice->has_value() ? (*eservice)->allowedFileTypes : QString();
    return applyFileTypeRule(attachments, allowedFileTypes(stored), eserviceId, field);
}

VoidResult recordRenamedAttachments(const Database& db, qint64 caseId,
                                    const QList<RenamedAttachment>& renames, const QDateTime& now)
{
    const CaseRepository cases(db);
    for (const RenamedAttachment& rename : renames) {
        EventRow event;
        event.occurredAt = now;
        event.actor = db.currentUser();
        event.kind = QStringLiteral("attachment_renamed");
        event.detail = rename.from + QStringLiteral(" → ") + rename.to;
        if (auto r = cases.addEvent(caseId, event); !r.ok())
            return r;
    }
    return {};
}

} // namespace casedesk
