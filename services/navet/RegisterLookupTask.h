// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "retention/BackgroundTask.h"

namespace casedesk {

class Database;

// Answers the caseworkers' "Fetch from Navet": every few seconds the background service takes
// the waiting requests (register_requests), looks up every person each case names with the
// organisation's certificate (NavetRefresh) and stores the answers; the request is then answered,
// with why not when Navet could not answer for someone. Navet not configured, a refused
// certificate, a timeout: each request says so, nothing else changes. Failures hold roles and
// Navet's own words, never a personal number.
class RegisterLookupTask : public BackgroundTask
{
public:
    static constexpr int kRequestsPerRun = 20;

    explicit RegisterLookupTask(const Database& db, int intervalSeconds = 5)
        : m_db(db)
        , m_intervalSeconds(intervalSeconds)
    {}

    QString name() const override { return QStringLiteral("navet"); }
    QDateTime nextRunAfter(const QDateTime& after) override { return after.addSecs(m_intervalSeconds); }
    Result<QString> run(const std::atomic_bool& stop) override;

private:
    const Database& m_db;
    int m_intervalSeconds;
};

} // namespace casedesk
