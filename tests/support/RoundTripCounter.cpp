// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RoundTripCounter.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <cstdlib>

namespace casedesk::test {

RoundTripCounter::RoundTripCounter(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_pg = *static_cast<PGconn* const*>(handle.data());
    m_file = open_memstream(&m_buffer, &m_size);
    if (m_pg && m_file) {
        PQtrace(m_pg, m_file);
        PQsetTraceFlags(m_pg, PQTRACE_SUPPRESS_TIMESTAMPS);
    }
}

RoundTripCounter::~RoundTripCounter()
{
    stop();
    std::free(m_buffer);
}

QStringList RoundTripCounter::stop()
{
    if (!m_file)
        return m_queries;
    if (m_pg)
        PQuntrace(m_pg);
    std::fclose(m_file);
    m_file = nullptr;
    // Each traced message is one line: "F<TAB>length<TAB>Query<TAB>text" for what we sent.
    const QList<QByteArray> lines = QByteArray(m_buffer, qsizetype(m_size)).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() >= 4 && parts.at(0) == "F" && parts.at(2) == "Query")
            m_queries << QString::fromUtf8(parts.mid(3).join('\t')).left(80);
    }
    return m_queries;
}

} // namespace casedesk::test
