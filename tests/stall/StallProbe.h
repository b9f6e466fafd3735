// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace casedesk::test {

// Measures how long the GUI thread stops answering: a timer on that thread ticks every few
// milliseconds, and the longest gap between two ticks, less the interval, is the longest
// stall. A thread that waits for the database or the network shows here.
class StallProbe : public QObject
{
public:
    explicit StallProbe(int intervalMs = 2)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap - m_intervalMs > m_longest) {
                m_longest = gap - m_intervalMs;
                m_longestDuring = m_doing;
            }
        });
    }

    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start(m_intervalMs);
    }
    void stop() { m_timer.stop(); }
    // Names what the test does from now on, so a failure says where the stall was.
    void doing(const QString& what) { m_doing = what; }
    // Milliseconds, and during what.
    qint64 longestStall() const { return m_longest; }
    QString longestStallDuring() const { return m_longestDuring; }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    QString m_doing;
    QString m_longestDuring;
};

} // namespace casedesk::test
