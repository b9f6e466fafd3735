// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QList>
#include <QString>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <random>

namespace casedesk::demo {

// The only source of randomness for demo data: std::mt19937_64 is specified bit for bit by the
// standard, and the mappings below are our own (the standard distributions differ between
// standard libraries), so one seed gives the same data everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    std::uint64_t next() { return m_engine(); }

    // [0, 1)
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return real() < probability; }

    // [low, high], both inclusive. The modulo bias is below 2^-40 for our ranges.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + qint64(m_engine() % std::uint64_t(high - low + 1));
    }
    int index(qsizetype size) { return size <= 1 ? 0 : int(m_engine() % std::uint64_t(size)); }

    template <typename T> const T& pick(const QList<T>& list) { return list.at(index(list.size())); }

    // An index chosen by weight, e.g. weighted({60, 40}) is 0 six times in ten.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(between(0, total - 1));
        int i = 0;
        for (int w : weights) {
            if (roll < w)
                return i;
            roll -= w;
            ++i;
        }
        return i - 1;
    }

    // Exponentially distributed with the given mean (inverse transform, our own mapping).
    double exponential(double mean) { return -mean * std::log(1.0 - real()); }

private:
    std::mt19937_64 m_engine;
};

} // namespace casedesk::demo
