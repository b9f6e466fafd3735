// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoDataGenerator.h"

#include "db/TransactionGuard.h"
#include "repositories/DeadlineRepository.h"

#include "DemoBatch.h"
#include "DemoBulkWriter.h"
#include "DemoRunRecord.h"
#include "core/Logging.h"
#include "db/Database.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace casedesk {

using namespace demo;

namespace {

// Every default status, with its share of the cases: most are closed.
struct StatusShare
{
    const char* id;
    int weight;
    double meanAgeDays; // how long ago cases in this status typically came in
    double minAgeDays;
};

constexpr StatusShare kStatuses[] = {
    {"submitted", 9, 3, 0.02},        {"registered", 7, 8, 0.3},  {"in_progress", 13, 25, 1},
    {"waiting_supplement", 6, 25, 2}, {"supplemented", 5, 20, 3}, {"closed", 60, 0, 1},
};
constexpr double kSpanDays = 730; // two years

struct Skeleton
{
    Msecs submittedAt;
    int status;
};

// When each case came in and where it is now, sorted by time, so that references and ids
// follow submission order. Open cases are recent, closed ones anywhere in the two years.
std::vector<Skeleton> makeSkeleton(DemoRandom& random, qint64 count, Msecs now)
{
    std::vector<Skeleton> cases;
    cases.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const int status = random.weighted({kStatuses[0].weight, kStatuses[1].weight, kStatuses[2].weight,
                                            kStatuses[3].weight, kStatuses[4].weight, kStatuses[5].weight});
        const StatusShare& share = kStatuses[status];
        double age = share.meanAgeDays > 0
                         ? share.minAgeDays + random.exponential(share.meanAgeDays)
                         : share.minAgeDays + random.real() * (kSpanDays - share.minAgeDays);
        age = std::min(age, kSpanDays - 0.01);
        cases.push_back({now - Msecs(age * double(kDay)), status});
    }
    std::sort(cases.begin(), cases.end(), [](const Skeleton& a, const Skeleton& b) {
        return a.submittedAt != b.submittedAt ? a.submittedAt < b.submittedAt : a.status < b.status;
    });
    return cases;
}

// Batches handed from the generator thread to the writer; at most two wait. Written batches
// come back to be freed in the generator thread, which has time to spare.
class BatchQueue
{
public:
    bool push(DemoBatch&& batch)
    {
        std::vector<DemoBatch> spent;
        {
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        spent.clear();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_items.size() < 2 || m_cancelled; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    std::optional<DemoBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty() || m_finished; });
        if (m_items.empty())
            return std::nullopt;
        DemoBatch batch = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void recycle(DemoBatch&& batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<DemoBatch> m_items;
    std::vector<DemoBatch> m_spent;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(const Database& db, qint64 cases, quint64 seed, Progress progress)
    : m_db(db)
    , m_cases(cases)
    , m_seed(seed)
    , m_progress(std::move(progress))
{}

QString DemoDataGenerator::externalId(quint64 seed, qint64 number)
{
    return QStringLiteral("demo-%1-%2").arg(seed).arg(number);
}

VoidResult DemoDataGenerator::checkResumable(const QList<qint64>& stored,
                                             const std::optional<DemoRunRecord>& record) const
{
    if (stored.isEmpty())
        return {};
    if (!record)
        return makeError(
            ErrorCode::Conflict,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "demo data with seed %1 is already in the database (%2 cases); nothing "
                               "added. Use another --seed for more cases."),
             {m_seed, stored.size()}},
            QStringLiteral("seed"));
    // An interrupted run leaves cases 1 to k (batches are written in order); holes mean cases
    // were purged or deleted since, and those are not to come back.
    if (stored.size() >= record->cases || stored.constLast() != stored.size())
        return makeError(
            ErrorCode::Conflict,
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "demo data with seed %1 is already in the database (%2 of %3 cases); "
                               "nothing added. Use another --seed for more cases."),
             {m_seed, stored.size(), record->cases}},
            QStringLiteral("seed"));
    if (record->cases != m_cases || stored.constLast() > m_cases)
        return makeError(ErrorCode::Conflict,
                         {QT_TRANSLATE_NOOP("casedesk::Errors",
                                            "demo data with seed %1 was started with --cases %2 (%3 stored); "
                                            "nothing added. Run it with --cases %2 to complete it, or use "
                                            "another --seed."),
                          {m_seed, record->cases, stored.size()}},
                         QStringLiteral("cases"));
    return {};
}

Result<bool> DemoDataGenerator::unfinished(const Database& db, quint64 seed)
{
    auto record = DemoRunRecord::load(db, seed);
    if (!record.ok())
        return record.error();
    if (!record->has_value())
        return false;
    auto stored = storedDemoCaseNumbers(db, seed);
    if (!stored.ok())
        return stored.error();
    return stored->size() < (*record)->cases && (stored->isEmpty() || stored->constLast() == stored->size());
}

Result<DemoDataReport> DemoDataGenerator::run()
{
    if (m_cases < 1 || m_cases > kMaxCases)
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the number of cases must be 1 to %1"), {kMaxCases}},
            QStringLiteral("cases"));
    QElapsedTimer timer;
    timer.start();

    auto stored = storedDemoCaseNumbers(m_db, m_seed);
    if (!stored.ok())
        return stored.error();
    auto record = DemoRunRecord::load(m_db, m_seed);
    if (!record.ok())
        return record.error();
    if (auto refused = checkResumable(*stored, *record); !refused.ok())
        return refused.error();

    DemoBulkWriter writer(m_db);
    auto added = writer.prepare();
    if (!added.ok())
        return added.error();

    // A fresh run records what it starts with before its first batch; a rerun takes it back.
    DemoRunRecord run;
    if (stored->isEmpty()) {
        run.cases = m_cases;
        run.nowMsecs = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
        run.attachmentShare = m_attachmentShare >= 0 ? m_attachmentShare : (m_cases <= 20'000 ? 0.3 : 0.05);
        if (auto saved = run.save(m_db, m_seed); !saved.ok())
            return saved.error();
    } else {
        run = **record;
        qCInfo(lcDemo) << "completing demo seed" << m_seed << ":" << stored->size() << "of" << m_cases
                       << "cases were stored";
    }
    const Msecs now = run.nowMsecs;
    const double attachmentShare = run.attachmentShare;
    const int batchSize = m_batchSize > 0 ? std::clamp(m_batchSize, 1, 20'000)
                                          : int(std::clamp<qint64>(m_cases / 10, 100, 2000));
    const qint64 alreadyStored = stored->size();

    DemoDataReport report;
    report.eservicesAdded = *added;
    std::atomic<qint64> attachments = 0;
    std::atomic<qint64> messages = 0;
    BatchQueue queue;
    std::thread generator([&] {
        DemoRandom random(m_seed);
        const std::vector<Skeleton> skeleton = makeSkeleton(random, m_cases, now);
        DemoCaseFactory factory(m_seed, now, attachmentShare);
        DemoBatch batch;
        auto nextStored = stored->cbegin();
        for (qint64 i = 0; i < m_cases; ++i) {
            const qint64 number = i + 1;
            // Every case comes from its own number's random streams, so skipping the ones an
            // interrupted run stored changes none of the others.
            if (nextStored != stored->cend() && *nextStored == number) {
                ++nextStored;
            } else {
                const Skeleton& planned = skeleton[std::size_t(i)];
                appendCase(batch,
                           factory.make(number, planned.submittedAt,
                                        QString::fromLatin1(kStatuses[planned.status].id)),
                           m_seed);
            }
            if (batch.caseCount() > 0 && (batch.caseCount() == batchSize || number == m_cases)) {
                attachments += batch.rows(DemoTable::Attachments).rowCount;
                messages += batch.rows(DemoTable::Messages).rowCount;
                if (!queue.push(std::move(batch)))
                    return;
                batch = DemoBatch();
            }
        }
        queue.finish();
    });

    VoidResult failure;
    qint64 done = 0;      // by this run
    qint64 waitingNs = 0; // for the log: is the generator or the database the bottleneck?
    qint64 writingNs = 0;
    QElapsedTimer step;
    step.start();
    while (std::optional<DemoBatch> batch = queue.pop()) {
        waitingNs += step.nsecsElapsed();
        step.restart();
        const int count = batch->caseCount();
        if (auto r = writer.write(*batch); !r.ok()) {
            failure = r;
            break;
        }
        queue.recycle(std::move(*batch));
        writingNs += step.nsecsElapsed();
        step.restart();
        done += count;
        if (m_progress)
            m_progress(alreadyStored + done, m_cases);
    }
    queue.cancel();
    generator.join();
    if (!failure.ok()) {
        const Error& error = failure.error();
        if (done > 0)
            return makeError(
                error.code,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 (%2 demo cases were stored before the error)"),
                 {error.text, done}},
                error.field);
        return error;
    }

    // Handling times, as a municipality would set them (issue #16): registered within two
    // working days, a first look within five, a decision within thirty days. An e-service that
    // has handling times already keeps its own. The open cases get their due days now.
    TransactionGuard handlingTimes(m_db);
    if (!handlingTimes.begun().ok())
        return handlingTimes.begun().error();
    for (const DemoEServiceSpec& spec : demoCatalog()) {
        const DeadlineRepository deadlines(m_db);
        auto existing = deadlines.list(spec.eservice.id);
        if (!existing.ok())
            return existing.error();
        if (!existing->isEmpty()) {
            // Kept; the embedded database's new cases get their due days from them (the batches
            // are written without; PostgreSQL's trigger counted them as they were written).
            for (const StatusDeadline& d : std::as_const(*existing))
                if (auto r = deadlines.refreshOpenCases(d.eserviceId, d.statusId); !r.ok())
                    return r.error();
            continue;
        }
        for (const StatusDeadline& d :
             {StatusDeadline{spec.eservice.id, QStringLiteral("submitted"), 2, true},
              StatusDeadline{spec.eservice.id, QStringLiteral("registered"), 5, true},
              StatusDeadline{spec.eservice.id, QStringLiteral("in_progress"), 30, false}})
            if (auto r = deadlines.set(d); !r.ok())
                return r.error();
    }
    if (auto r = handlingTimes.commit(); !r.ok())
        return r.error();

    // Fresh statistics, so that the planners know the tables' new sizes at once. SQLite samples
    // (analysis_limit) to keep this to seconds at a million cases. PostgreSQL also vacuums, which
    // moves the GIN search index's pending list (fast inserts) into the index proper: until then
    // the planner prices every search through that list and prefers reading the whole table.
    // (Only the tables' owner may; for others these are warnings, not errors.)
    if (m_db.sql().isEmbedded()) {
        m_db.exec(QStringLiteral("PRAGMA analysis_limit = 1000")).ok();
        if (auto r = m_db.exec(QStringLiteral("ANALYZE")); !r.ok())
            qCWarning(lcDemo) << "ANALYZE failed:" << r.error().describe();
        m_db.exec(QStringLiteral("PRAGMA analysis_limit = 0")).ok();
    } else if (auto r = m_db.exec(
                   QStringLiteral("VACUUM (ANALYZE) cases, case_search, case_counts, form_fields, messages"));
               !r.ok()) {
        qCWarning(lcDemo) << "ANALYZE failed:" << r.error().describe();
    }

    report.cases = done;
    report.alreadyStored = alreadyStored;
    report.attachments = attachments;
    report.messages = messages;
    report.firstReference = writer.firstReference();
    report.lastReference = writer.lastReference();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcDemo) << "created" << done << "demo cases in" << report.seconds << "s; writing"
                   << double(writingNs) / 1e9 << "s, waiting for the generator" << double(waitingNs) / 1e9
                   << "s";
    return report;
}

} // namespace casedesk
