// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/AuditTypes.h"

#include <QCoreApplication>
#include <QList>

namespace casedesk {

// The audit log as a person reads it (Settings → Audit log).
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // "Case opened", "Personal numbers shown", ... for the actions CaseDesk writes; an action it
    // does not know as written.
    static QString actionText(const QString& action);

    // Reads of one case by one person a few minutes apart (opening it again and again while
    // working it) shown as one row, with how many times: `newestFirst` as the log lists it. Only
    // what is shown is merged; the log keeps every row.
    static QList<AuditEntry> mergeRepeatedReads(const QList<AuditEntry>& newestFirst, int withinMinutes = 5);
};

} // namespace casedesk
