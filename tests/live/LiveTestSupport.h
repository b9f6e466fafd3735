// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CtlProcess.h"
#include "TestDatabase.h"

#include "live/CaseChange.h"

#include <QDeadlineTimer>
#include <QStringList>

#include <functional>

namespace casedesk::test {

// Runs the built casedeskctl against `database` in a second process, as another caseworker,
// the portal or a script would.
CtlRun runCtl(const TestDatabase& database, const QStringList& arguments);

// Spins the event loop until `done` or `timeoutMs` passes; returns whether `done` came true.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

// The acceptance targets of issue #7: another process's change shows within 1 s on
// PostgreSQL and 2 s on SQLite.
int liveTargetMs(Backend backend);

// Submits a sample case in-process and returns its reference.
QString submitSample(Database& db, const QString& externalId, const QString& eserviceId = {});

// The kinds of the change log's rows for `reference`, oldest first, read as `db` sees them.
QStringList changeKinds(Database& db, const QString& reference);

} // namespace casedesk::test
