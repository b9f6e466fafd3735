#pragma once

#include "core/Result.h"
#include "db/Database.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::bench {

enum class Backend
{
    Sqlite,
    Postgres
};

QString backendLabel(Backend backend); // "SQLite", "PostgreSQL"

struct BenchOptions
{
    qint64 cases = 10'000;
    bool sqlite = true;
    bool postgres = true;
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

// Fills an empty database with `cases` demo cases (seed 1) and refreshes the planner's
// statistics; leaves a database that already holds cases as it is. Prints progress to stderr.
VoidResult buildCaseDatabase(const DatabaseUrl& url, qint64 cases);

// One backend's databases for the whole process: the case database the read benchmarks share
// (never written to but for audit rows of opened cases), and a scratch copy made once per
// process for intake and purge, which change it.
class BenchDatabase
{
public:
    static Result<std::unique_ptr<BenchDatabase>> prepare(Backend backend, const BenchOptions& options);

    Backend backend() const { return m_backend; }
    QString label() const { return backendLabel(m_backend); }
    Database& db() { return *m_db; }
    const DatabaseUrl& url() const { return m_url; }
    const DatabaseUrl& scratchUrl() const { return m_scratchUrl; }
    qint64 cases() const { return m_cases; }

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
    DatabaseUrl m_scratchUrl;
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
