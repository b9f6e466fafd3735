// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <QList>

#include <functional>
#include <optional>

namespace casedesk {

class Database;
namespace demo {
struct DemoRunRecord;
}

struct DemoDataReport
{
    qint64 cases = 0;         // stored by this run
    qint64 alreadyStored = 0; // of the seed's cases, stored by an earlier, interrupted run
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
// ids are demo-<seed>-<n> (source "demo"). A run killed halfway leaves whole batches; running it
// again with the same seed and number of cases completes it with exactly the cases an
// uninterrupted run would have made (DemoRunRecord keeps the run's moment and attachment share).
// A complete seed refuses to run again (Conflict), so running twice adds nothing; another seed
// adds more.
class DemoDataGenerator
{
public:
    static constexpr qint64 kMaxCases = 10'000'000;
    using Progress = std::function<void(qint64 casesDone, qint64 casesTotal)>;

    DemoDataGenerator(const Database& db, qint64 cases, quint64 seed, Progress progress = {});

    // The moment the data leads up to; the current time unless set (tests fix it). Completing an
    // interrupted run takes that run's moment (and attachment share) instead.
    void setNow(const QDateTime& now) { m_now = now; }
    // Cases per transaction; by default a tenth of the cases, 100 to 2000, so that progress
    // comes in tenths and an interruption loses little.
    void setBatchSize(int cases) { m_batchSize = cases; }
    // The share of cases with uploaded files; default 30%, 5% above 20,000 cases to keep the
    // database small.
    void setAttachmentShare(double share) { m_attachmentShare = share; }

    Result<DemoDataReport> run();

    static QString source() { return QStringLiteral("demo"); }
    static QString externalId(quint64 seed, qint64 number);
    // True when a run with this seed was started and not all its cases are stored (a GUI start
    // on the demo database completes it).
    static Result<bool> unfinished(const Database& db, quint64 seed);

private:
    // Conflict unless this seed is new or an interrupted run of the same size.
    VoidResult checkResumable(const QList<qint64>& stored,
                              const std::optional<demo::DemoRunRecord>& record) const;

    const Database& m_db;
    qint64 m_cases;
    quint64 m_seed;
    Progress m_progress;
    QDateTime m_now;
    int m_batchSize = 0; // 0: by the number of cases
    double m_attachmentShare = -1;
};

} // namespace casedesk
