// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace casedesk {

// One row of the change log (case_changes): that a case changed, never what it holds. The
// kinds are "created", "status", "assigned", "message", "note", "decision", "supplement",
// "purged" and "updated".
struct CaseChange
{
    qint64 seq = 0;
    qint64 caseId = 0;
    QString reference;
    QString eserviceId;
    QString kind;
    QDateTime changedAt;

    bool removesCase() const { return kind == QLatin1String("purged"); }
    // Whether the case's content (thread, notes, decisions) changed, not only its row.
    bool changesContent() const
    {
        return kind == QLatin1String("message") || kind == QLatin1String("note") ||
               kind == QLatin1String("decision") || kind == QLatin1String("supplement");
    }
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::CaseChange)
