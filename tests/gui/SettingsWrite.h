// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"
#include "worker/DatabaseWorker.h"

#include <QSignalSpy>

namespace casedesk::test {

// How a settings page's write went, as a test sees it once the database answered.
enum class WriteOutcome
{
    NotStarted, // refused by the page itself (its own checks) or busy
    Refused,    // the database (or service) said no
    Done,
    NoAnswer, // started but never answered: a bug
};

// Waits until the page's reads are in, runs `action` (a page's public save/grant/...), and
// waits for the database's answer.
template <typename Action>
WriteOutcome writeAndWait(SettingsPage* page, DatabaseWorker& worker, Action action)
{
    if (!worker.waitForIdle())
        return WriteOutcome::NoAnswer;
    QSignalSpy finished(page, &SettingsPage::writeFinished);
    if (!action())
        return WriteOutcome::NotStarted;
    if (!worker.waitForIdle() || finished.size() != 1)
        return WriteOutcome::NoAnswer;
    return finished.first().first().toBool() ? WriteOutcome::Done : WriteOutcome::Refused;
}

} // namespace casedesk::test
