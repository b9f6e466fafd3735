// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "credentials/SecretStore.h"

#include <QTest>

#include <optional>
#include <utility>

namespace casedesk::test {

// Catches the one answer of a SecretStore call and waits for it in the test's event loop.
template <typename T> class Answer
{
public:
    auto callback()
    {
        return [this](T value) {
            ++m_calls;
            m_value.emplace(std::move(value));
        };
    }
    bool wait(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_value.has_value(); }, timeoutMs);
    }
    bool arrived() const { return m_value.has_value(); }
    int calls() const { return m_calls; }
    const T& get() const { return *m_value; }

private:
    std::optional<T> m_value;
    int m_calls = 0;
};

using ReadAnswer = Answer<Result<std::optional<QString>>>;
using DoneAnswer = Answer<VoidResult>;

} // namespace casedesk::test
