// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QStringList>

namespace casedesk {

class Database;

// Who else has a case open (issue #16 §3): "Also open by: Anna Lind" in the case header, so that
// two people do not answer the same applicant. A desktop marks its person present on the case it
// shows (beat) every kBeatSeconds and removes the mark when it leaves (leave); a mark older than
// kFreshSeconds is a desktop that is gone. Each beat is one transaction.
class PresenceService
{
public:
    static constexpr int kBeatSeconds = 10;
    static constexpr int kFreshSeconds = 30;

    explicit PresenceService(const Database& db)
        : m_db(db)
    {}

    // Marks the person present on `reference` now; returns the others present, by login.
    Result<QStringList> beat(const QString& reference) const;
    VoidResult leave(const QString& reference) const;

private:
    const Database& m_db;
};

} // namespace casedesk
