// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"

#include <QDateTime>
#include <QHash>

namespace casedesk {

// Everything about one case that goes to the records, read together (CaseExportService::read):
// the case as its reader may see it, the conversation, and the names its history needs.
struct CaseRecord
{
    CaseDetail detail;
    CaseThread thread;
    EService eservice;
    QHash<QString, Status> statuses; // by id: the history names statuses
    bool includeNotes = false;       // internal notes go in only when asked, marked on every page
    QString exportedBy;              // the login exporting
    QDateTime exportedAt;            // UTC

    // The document's language: the e-service's ("sv" unless it says "en").
    QString language() const
    {
        return eservice.language == QLatin1String("en") ? eservice.language : QStringLiteral("sv");
    }
    // The latest decision that stands (not corrected by a later one); nullptr when none.
    const Decision* standingDecision() const;
};

} // namespace casedesk
