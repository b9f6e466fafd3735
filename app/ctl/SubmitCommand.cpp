// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "db/TransactionGuard.h"
#include "intake/IntakeService.h"
#include "intake/SubmissionReader.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

namespace casedesk::ctl {

namespace {

// How long submit waits for the database to come back after the connection broke: a server
// restart takes a few seconds.
constexpr int kReconnectSeconds = 30;

// How many bytes of files one batch reads at most (besides IntakeService::kMaxBatch files).
constexpr qint64 kBatchBytes = 64 * 1024 * 1024;

// Submits the files in batches (IntakeService::submitBatch: one transaction per batch, a
// savepoint per file) and reports each file as stored, duplicate, refused (with its reason) or
// not stored because the database went away. A file is reported stored only after its batch
// committed. The connection may drop once (a server restart): submit reconnects and retries the
// batch it was on. Intake is idempotent on (source, external id), so a retried file whose first
// COMMIT did go through before its answer was lost is reported as a duplicate, never stored
// twice. At the next loss it stops and names the files that were not stored.
class SubmitRun
{
public:
    explicit SubmitRun(CtlContext& context)
        : m_context(context)
    {}

    int submitAll(const QStringList& files, const IntakeLimits& limits, int batchSize)
    {
        qsizetype next = 0;
        while (next < files.size() && !m_stop) {
            // A batch is read into memory whole before it is stored: big files make smaller
            // batches (one file over the limit is a batch of its own).
            QStringList batch;
            qint64 bytes = 0;
            while (next < files.size() && batch.size() < batchSize &&
                   (batch.isEmpty() || bytes + QFileInfo(files.at(next)).size() <= kBatchBytes)) {
                bytes += QFileInfo(files.at(next)).size();
                batch << files.at(next++);
            }
            submitBatch(batch, limits);
        }
        if (m_stop) {
            for (const QString& file : std::as_const(m_stop->notAttempted) + files.mid(next)) {
                m_context.err() << file << ": not stored (not attempted): " << m_stop->label << Qt::endl;
                ++m_notStored;
            }
        }
        if (files.size() > 1) {
            m_context.out() << m_stored << " stored, " << m_duplicates << " duplicates, " << m_refused
                            << " refused";
            if (m_notStored > 0)
                m_context.out() << ", " << m_notStored << " not stored (" << m_stop->label << ")";
            if (m_unknown > 0)
                m_context.out() << ", " << m_unknown << " unknown (connection lost during its commit)";
            m_context.out() << Qt::endl;
        }
        if (m_stop) {
            m_context.err() << "casedeskctl: " << m_stop->label << ": " << m_stop->message << Qt::endl;
            m_context.err() << "casedeskctl: stopped; running the same command again stores the files not "
                               "stored and reports the stored ones as duplicates"
                            << Qt::endl;
        }
        return m_worst;
    }

private:
    struct Stop
    {
        QString label;            // "connection lost", "database unavailable"
        QString message;          // what the driver said
        QStringList notAttempted; // files read but never sent
    };

    // What one batch's files were: in order, each parsed file with its submission.
    struct Parsed
    {
        QStringList files;
        QList<Submission> submissions;
    };

    using Outcomes = std::vector<Result<IntakeReceipt>>;

    void submitBatch(const QStringList& batch, const IntakeLimits& limits)
    {
        Parsed parsed;
        for (const QString& file : batch) {
            auto submission = readSubmissionFile(file, limits);
            if (!submission.ok()) {
                refuse(file, submission.error());
                continue;
            }
            parsed.files << file;
            parsed.submissions << *submission;
        }
        if (parsed.files.isEmpty())
            return;
        if (!m_db) {
            auto opened = m_context.database();
            if (!opened.ok()) {
                // Before anything was attempted: a server that is down is "unavailable", and
                // no file is blamed for it.
                const Error& error = opened.error();
                m_stop =
                    Stop{error.code == ErrorCode::Unavailable ? QStringLiteral("database unavailable")
                                                              : QStringLiteral("cannot use the database"),
                         error.explainWithPath(), parsed.files};
                m_worst = mostSerious(m_worst, exitCodeFor(error));
                return;
            }
            m_db = *opened;
        }
        auto outcomes = store(parsed.submissions);
        if (!outcomes.ok() && connectionLost(outcomes.error())) {
            bool mayBeStored = isUnknownCommitOutcome(outcomes.error());
            if (m_reconnected || !reconnect(outcomes.error())) {
                stopAt(parsed.files, outcomes.error(), mayBeStored);
                return;
            }
            m_context.err() << "casedeskctl: reconnected to the database; trying the " << parsed.files.size()
                            << " file(s) of its batch again, from " << parsed.files.constFirst() << Qt::endl;
            outcomes = store(parsed.submissions);
            if (!outcomes.ok() && connectionLost(outcomes.error())) {
                mayBeStored = mayBeStored || isUnknownCommitOutcome(outcomes.error());
                stopAt(parsed.files, outcomes.error(), mayBeStored);
                return;
            }
        }
        if (!outcomes.ok()) {
            // The batch as a whole was refused (a read-only or full file, no right to take in
            // cases): nothing of it is stored, and each file says why.
            for (const QString& file : std::as_const(parsed.files))
                refuse(file, outcomes.error());
            return;
        }
        for (qsizetype i = 0; i < parsed.files.size(); ++i)
            report(parsed.files.at(i), (*outcomes)[std::size_t(i)]);
    }

    // One file alone in its own transaction, as before batches; several in one batch.
    Result<Outcomes> store(const QList<Submission>& submissions) const
    {
        const IntakeService intake(*m_db);
        if (submissions.size() > 1)
            return intake.submitBatch(submissions);
        Outcomes outcomes;
        auto receipt = intake.submit(submissions.constFirst());
        if (!receipt.ok() && receipt.error().code == ErrorCode::Unavailable)
            return receipt.error(); // the transaction's fate, as a batch's
        outcomes.push_back(std::move(receipt));
        return outcomes;
    }

    void report(const QString& file, const Result<IntakeReceipt>& receipt)
    {
        if (!receipt.ok()) {
            const Error& error = receipt.error();
            if (error.code == ErrorCode::Conflict && error.field == QLatin1String("externalId")) {
                // A duplicate is reported, not an error: the portal may hand a case over twice.
                m_context.out() << file << ": duplicate, " << error.message() << Qt::endl;
                ++m_duplicates;
                return;
            }
            refuse(file, error);
            return;
        }
        ++m_stored;
        m_context.out() << file << ": stored as " << receipt->reference << Qt::endl;
    }

    void refuse(const QString& file, const Error& error)
    {
        m_context.err() << file << ": " << error.explainWithPath() << Qt::endl;
        m_worst = mostSerious(m_worst, exitCodeFor(error));
        ++m_refused;
    }

    // Unavailable is also SQLite's "database is locked"; only a connection that no longer
    // answers is a lost one.
    bool connectionLost(const Error& error) const
    {
        return error.code == ErrorCode::Unavailable && !m_db->ping().ok();
    }

    // Once per run: waits up to kReconnectSeconds for the server to come back.
    bool reconnect(const Error& lost)
    {
        m_reconnected = true;
        m_context.err() << "casedeskctl: connection lost (" << lost.message() << "); reconnecting"
                        << Qt::endl;
        const QDeadlineTimer deadline(kReconnectSeconds * 1000);
        for (;;) {
            auto reconnected = m_db->reconnect();
            if (reconnected.ok())
                return true;
            if (deadline.hasExpired()) {
                m_context.err() << "casedeskctl: cannot reconnect: " << reconnected.error().message()
                                << Qt::endl;
                return false;
            }
            QThread::msleep(500);
        }
    }

    // The batch's files were sent: none is stored, or, when the connection broke during the
    // COMMIT, each may be.
    void stopAt(const QStringList& files, const Error& error, bool mayBeStored)
    {
        m_stop = Stop{QStringLiteral("connection lost"), error.message(), {}};
        m_worst = mostSerious(m_worst, ExitRuntime);
        for (const QString& file : files) {
            if (mayBeStored) {
                m_context.err() << file
                                << ": not known whether stored: connection lost during its commit (running "
                                   "the same command again reports it as a duplicate if it was stored)"
                                << Qt::endl;
                ++m_unknown;
            } else {
                m_context.err() << file << ": not stored: connection lost (" << error.message() << ")"
                                << Qt::endl;
                ++m_notStored;
            }
        }
    }

    CtlContext& m_context;
    Database* m_db = nullptr;
    bool m_reconnected = false;
    std::optional<Stop> m_stop;
    int m_worst = ExitOk;
    int m_stored = 0;
    int m_duplicates = 0;
    int m_refused = 0;
    int m_notStored = 0;
    int m_unknown = 0;
};

std::optional<qint64> parseMebibytes(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || value > 4096)
        return std::nullopt;
    return value * 1024 * 1024;
}

} // namespace

int runSubmit(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Takes in submitted cases. Each FILE is a casedesk.submission/1 JSON document or an Open ePlatform "
        "flow-instance XML export, recognised by content. The files are stored in batches (--batch, "
        "default 50), one transaction per batch in which each file is all or nothing: a file with an "
        "error stores nothing, and the other files still go in. A file is reported stored once its "
        "batch is committed. A file whose external id is already stored is reported and skipped. If the "
        "connection to the database breaks (a server restart), submit reconnects once, waiting up to 30 "
        "seconds, and tries the batch it was on again; at the next break it stops with \"connection "
        "lost\", names every file that was not stored, and exits 1. "
        "When files fail for different reasons, the exit status is the most serious (1 > 5 > 4 > 3)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Submission files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption maxAttachment(QStringLiteral("max-attachment-mib"),
                                           QStringLiteral("Largest attachment accepted (default 25)."),
                                           QStringLiteral("MIB"));
    const QCommandLineOption maxSubmission(QStringLiteral("max-submission-mib"),
                                           QStringLiteral("Largest submission accepted (default 100)."),
                                           QStringLiteral("MIB"));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QStringLiteral("Files stored per transaction, 1 to %1 (default %1).").arg(IntakeService::kMaxBatch),
        QStringLiteral("N"));
    parser.addOptions({maxAttachment, maxSubmission, batch});
    if (auto stop = parseCommandLine(context, parser, QStringLiteral("submit FILE..."), 1, -1))
        return *stop;

    IntakeLimits limits;
    if (parser.isSet(maxAttachment)) {
        const auto bytes = parseMebibytes(parser.value(maxAttachment));
        if (!bytes)
            return context.usage(QStringLiteral("--max-attachment-mib needs a whole number from 1 to 4096"));
        limits.maxAttachmentBytes = *bytes;
    }
    if (parser.isSet(maxSubmission)) {
        const auto bytes = parseMebibytes(parser.value(maxSubmission));
        if (!bytes)
            return context.usage(QStringLiteral("--max-submission-mib needs a whole number from 1 to 4096"));
        limits.maxSubmissionBytes = *bytes;
    }

    int batchSize = IntakeService::kMaxBatch;
    if (parser.isSet(batch)) {
        bool ok = false;
        batchSize = parser.value(batch).toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > IntakeService::kMaxBatch)
            return context.usage(
                QStringLiteral("--batch needs a whole number from 1 to %1").arg(IntakeService::kMaxBatch));
    }

    SubmitRun run(context);
    return run.submitAll(parser.positionalArguments().mid(1), limits, batchSize);
}

} // namespace casedesk::ctl
