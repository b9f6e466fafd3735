// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "db/Database.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {
class DelayProxy;
}

namespace casedesk::bench {

enum class Backend
{
    Sqlite,
    Postgres,
    // The PostgreSQL database read through a TCP proxy that holds every chunk back
    // kProxyLatencyMs each way (tests/support/DelayProxy): an office across a WAN (issue #13).
    PostgresViaProxy,
};

inline constexpr int kProxyLatencyMs = 2;

QString backendLabel(Backend backend); // "SQLite", "PostgreSQL", "PostgreSQL via 2 ms proxy"

struct BenchOptions
{
    qint64 cases = 10'000;
    bool sqlite = true;
    bool postgres = true;
    // The read figures once more through the delaying proxy (with postgres).
    bool postgresViaProxy = true;
    // Databases prepared beforehand (run.sh); built in a temporary folder when empty.
    QString sqliteUrl;
    QString postgresUrl;
};

// Search terms taken from the data itself, so that every search finds something.
struct SearchTerms
{
    QString reference;
    QString personalNumber;
    QString name;
    QString fieldValue;
    QString messageText;
};

// The login the PostgreSQL figures are read as: a caseworker who works every e-service and may
// see protected identities, so that row-level security, the views' and the search index's
// policies and the protected-identity path all cost what they cost a person at their desk.
// (The owner, who builds the database and runs the write benchmarks, bypasses row-level
// security.) SQLite has one user, the file's.
inline constexpr const char* kBenchCaseworker = "bench_caseworker";
QString readerDescription(Backend backend);

// Fills an empty database with `cases` demo cases (seed 1), refreshes the planner's statistics
// and, on PostgreSQL, adds kBenchCaseworker through CaseDesk's user administration (as
// `casedeskctl user add` and `user grant` do); leaves a database that already holds cases as it
// is. Prints progress to stderr.
VoidResult buildCaseDatabase(const DatabaseUrl& url, qint64 cases);

// One backend's databases for the whole process: the case database the read benchmarks share
// (never written to but for audit rows of opened cases), and a scratch copy made once per
// process for intake and purge, which change it.
class BenchDatabase
{
public:
    static Result<std::unique_ptr<BenchDatabase>> prepare(Backend backend, const BenchOptions& options);
    ~BenchDatabase();
    // The same PostgreSQL database as `direct`, read through a DelayProxy of its own; no scratch
    // copy (only the read figures run through the proxy).
    static Result<std::unique_ptr<BenchDatabase>> prepareViaProxy(const BenchDatabase& direct);

    Backend backend() const { return m_backend; }
    QString label() const { return backendLabel(m_backend); }
    // The connection the read benchmarks use: as kBenchCaseworker on PostgreSQL.
    Database& db() { return *m_db; }
    // The database as its owner built it, and as the read benchmarks connect to it.
    const DatabaseUrl& url() const { return m_url; }
    const DatabaseUrl& readUrl() const { return m_readUrl; }
    const DatabaseUrl& scratchUrl() const { return m_scratchUrl; }
    qint64 cases() const { return m_cases; }
    // Whether the write and start-up figures run on this one (not through the proxy).
    bool runsWriteFigures() const { return m_backend != Backend::PostgresViaProxy; }

    // The user whose "Mine" view has cases (the demo data's first assignee).
    const QString& currentUser() const { return m_currentUser; }
    const SearchTerms& terms() const { return m_terms; }
    // Open cases to open in turn, and one case's e-service, status and submission time.
    const QStringList& sampleReferences() const { return m_sampleReferences; }
    const QString& sampleEService() const { return m_sampleEService; }
    const QString& sampleStatus() const { return m_sampleStatus; }
    const QDateTime& sampleSubmitted() const { return m_sampleSubmitted; }

private:
    BenchDatabase() = default;
    VoidResult makeScratchCopy();
    VoidResult findSamples();

    Backend m_backend = Backend::Sqlite;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    DatabaseUrl m_readUrl;
    DatabaseUrl m_scratchUrl;
    // Declared before the connection, so that the connection closes first.
    std::unique_ptr<test::DelayProxy> m_proxy;
    std::unique_ptr<Database> m_db;
    qint64 m_cases = 0;
    QString m_currentUser;
    SearchTerms m_terms;
    QStringList m_sampleReferences;
    QString m_sampleEService;
    QString m_sampleStatus;
    QDateTime m_sampleSubmitted;
};

} // namespace casedesk::bench
