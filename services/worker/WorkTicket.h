// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace casedesk {

// The shared state of one piece of posted work: whether whoever posted it still wants it.
struct WorkState
{
    std::atomic_bool cancelled{false};
};

// What a task may ask while it runs on the worker's thread.
class TaskControl
{
public:
    explicit TaskControl(std::shared_ptr<const WorkState> state)
        : m_state(std::move(state))
    {}
    // Long work (bulk changes) checks this between steps and stops early; what it finished
    // stays done, each step being its own transaction.
    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }

private:
    std::shared_ptr<const WorkState> m_state;
};

// A handle on posted work. Cancelling it drops its result (the callback never runs) and tells a
// running task, which may stop early. Cancelling what has finished does nothing.
class WorkTicket
{
public:
    WorkTicket() = default;
    explicit WorkTicket(std::shared_ptr<WorkState> state)
        : m_state(std::move(state))
    {}

    void cancel()
    {
        if (m_state)
            m_state->cancelled = true;
    }
    bool isValid() const { return m_state != nullptr; }

private:
    std::shared_ptr<WorkState> m_state;
};

} // namespace casedesk
