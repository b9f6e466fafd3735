// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "FileTypes.h"

#include <QDateTime>

namespace casedesk {

class Database;

// FileTypes' rule with the database: the e-service's allowlist, and one history event
// ("attachment_renamed", detail "old name → new name") per file stored under a new name.
// Intake, the portal's messages and caseworkers' messages and decisions all call it.
Result<QList<RenamedAttachment>> enforceAttachmentTypes(const Database& db, const QString& eserviceId,
                                                        QList<IncomingAttachment>& attachments,
                                                        const QString& field);
VoidResult recordRenamedAttachments(const Database& db, qint64 caseId,
                                    const QList<RenamedAttachment>& renames, const QDateTime& now);

} // namespace casedesk
