// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "retention/BackgroundTask.h"

namespace casedesk {

class Database;

// Mail delivery as a task of the background service: every minute, because other processes
// (intake, caseworkers) queue mail at any time.
class MailDeliveryTask : public BackgroundTask
{
public:
    explicit MailDeliveryTask(const Database& db, int intervalSeconds = 60)
        : m_db(db)
        , m_interval(intervalSeconds)
    {}

    QString name() const override { return QStringLiteral("mail"); }
    QDateTime nextRunAfter(const QDateTime& after) override { return after.addSecs(m_interval); }
    Result<QString> run(const std::atomic_bool& stop) override;

private:
    const Database& m_db;
    int m_interval;
};

} // namespace casedesk
