#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace casedesk {

class Database;

struct DemoDataReport
{
    qint64 cases = 0;
    qint64 attachments = 0;
    qint64 messages = 0;
    int eservicesAdded = 0;
    QString firstReference;
    QString lastReference;
    double seconds = 0;
};

// Fills a database with realistic, deterministic Swedish demo cases: the same seed gives the
// same cases (references, people, form values), spread over the two years before `now`, in
// every status, with history, signatures that verify, messages, notes and attachments.
//
// Cases are generated in a worker thread while the calling thread writes the previous batch
// (one transaction per batch, multi-row inserts), fast enough for a million cases. The external
// ids are demo-<seed>-<n> (source "demo"): a run whose first case is already stored refuses to
// start (Conflict), so running twice with one seed adds nothing; another seed adds more.
class DemoDataGenerator
{
public:
    static constexpr qint64 kMaxCases = 10'000'000;
    using Progress = std::function<void(qint64 casesDone, qint64 casesTotal)>;

    DemoDataGenerator(const Database& db, qint64 cases, quint64 seed, Progress progress = {});

    // The moment the data leads up to; the current time unless set (tests fix it).
    void setNow(const QDateTime& now) { m_now = now; }
    // Cases per transaction (default 2000).
    void setBatchSize(int cases) { m_batchSize = cases; }
    // The share of cases with uploaded files; default 30%, 5% above 20,000 cases to keep the
    // database small.
    void setAttachmentShare(double share) { m_attachmentShare = share; }

    Result<DemoDataReport> run();

    static QString source() { return QStringLiteral("demo"); }
    static QString externalId(quint64 seed, qint64 number);

private:
    const Database& m_db;
    qint64 m_cases;
    quint64 m_seed;
    Progress m_progress;
    QDateTime m_now;
    int m_batchSize = 2000;
    double m_attachmentShare = -1;
};

} // namespace casedesk
