// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/Database.h"

#include <QStringList>

#include <cstdio>

struct pg_conn;

namespace casedesk::test {

// Counts the queries a PostgreSQL connection sends to the server, each one round trip, through
// libpq's own trace of the protocol. Qt's driver sends every statement as a simple Query message
// (PREPARE, EXECUTE, DEALLOCATE, BEGIN, ...), so the frontend's Query messages are the round
// trips. On another backend ok() is false.
class RoundTripCounter
{
public:
    explicit RoundTripCounter(const Database& db);
    ~RoundTripCounter();
    RoundTripCounter(const RoundTripCounter&) = delete;
    RoundTripCounter& operator=(const RoundTripCounter&) = delete;

    bool ok() const { return m_pg && m_file; }
    // Stops counting; the queries sent since the start, each cut to 80 characters, in order.
    QStringList stop();

private:
    pg_conn* m_pg = nullptr;
    FILE* m_file = nullptr;
    char* m_buffer = nullptr;
    size_t m_size = 0;
    QStringList m_queries;
};

} // namespace casedesk::test
