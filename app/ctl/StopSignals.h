// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <atomic>
#include <memory>

namespace casedesk::ctl {

// While it exists, SIGTERM and SIGINT (Ctrl+C; on Windows the console's close events) set
// `flag` and quit the Qt event loop, so that a long-running command stops cleanly after the
// step it is in. Outside the handler everything happens on the event loop (self-pipe).
class StopSignals
{
public:
    explicit StopSignals(std::atomic_bool& flag);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace casedesk::ctl
