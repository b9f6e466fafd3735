#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "db/TransactionGuard.h"
#include "intake/IntakeService.h"
#include "intake/SubmissionReader.h"

#include <QDeadlineTimer>
#include <QThread>

namespace casedesk::ctl {

namespace {

// How long submit waits for the database to come back after the connection broke: a server
// restart takes a few seconds.
constexpr int kReconnectSeconds = 30;

// Submits the files one by one, each in its own transaction, and reports each file as stored,
// duplicate, refused (with its reason) or not stored because the database went away. The
// connection may drop once (a server restart): submit reconnects and retries the file it was
// on. Intake is idempotent on (source, external id), so a retried file whose first COMMIT did
// go through before its answer was lost is reported as a duplicate, never stored twice. At the
// next loss it stops and names the files that were not stored.
class SubmitRun
{
public:
    explicit SubmitRun(CtlContext& context)
        : m_context(context)
    {}

    int submitAll(const QStringList& files, const IntakeLimits& limits)
    {
        qsizetype index = 0;
        for (; index < files.size() && !m_stop; ++index)
            submitOne(files.at(index), limits);
        if (m_stop) {
            // The file it was on is reported already; the rest were never tried.
            const qsizetype first = m_stop->inFlight ? index : index - 1;
            for (qsizetype i = first; i < files.size(); ++i) {
                m_context.err() << files.at(i) << ": not stored (not attempted): " << m_stop->label
                                << Qt::endl;
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
        QString label;         // "connection lost", "database unavailable"
        QString message;       // what the driver said
        bool inFlight = false; // false: the current file was not attempted either
    };

    void submitOne(const QString& file, const IntakeLimits& limits)
    {
        auto submission = readSubmissionFile(file, limits);
        if (!submission.ok()) {
            refuse(file, submission.error());
            return;
        }
        if (!m_db) {
            auto opened = m_context.database();
            if (!opened.ok()) {
                // Before anything was attempted: a server that is down is "unavailable", and
                // no file is blamed for it.
                const Error& error = opened.error();
                m_stop =
                    Stop{error.code == ErrorCode::Unavailable ? QStringLiteral("database unavailable")
                                                              : QStringLiteral("cannot use the database"),
                         error.explainWithPath(), false};
                m_worst = mostSerious(m_worst, exitCodeFor(error));
                return;
            }
            m_db = *opened;
        }
        auto receipt = IntakeService(*m_db).submit(*submission);
        if (!receipt.ok() && connectionLost(receipt.error())) {
            bool mayBeStored = isUnknownCommitOutcome(receipt.error());
            if (m_reconnected || !reconnect(receipt.error())) {
                stopAt(file, receipt.error(), mayBeStored);
                return;
            }
            m_context.err() << "casedeskctl: reconnected to the database; trying " << file << " again"
                            << Qt::endl;
            receipt = IntakeService(*m_db).submit(*submission);
            if (!receipt.ok() && connectionLost(receipt.error())) {
                mayBeStored = mayBeStored || isUnknownCommitOutcome(receipt.error());
                stopAt(file, receipt.error(), mayBeStored);
                return;
            }
        }
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

    void stopAt(const QString& file, const Error& error, bool mayBeStored)
    {
        m_stop = Stop{QStringLiteral("connection lost"), error.message(), true};
        m_worst = mostSerious(m_worst, ExitRuntime);
        if (mayBeStored) {
            m_context.err() << file
                            << ": not known whether stored: connection lost during its commit (running the "
                               "same command again reports it as a duplicate if it was stored)"
                            << Qt::endl;
            ++m_unknown;
        } else {
            m_context.err() << file << ": not stored: connection lost (" << error.message() << ")"
                            << Qt::endl;
            ++m_notStored;
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
        "flow-instance XML export, recognised by content, and is stored in one transaction of its own: "
        "a file with an error stores nothing, and the other files still go in. A file whose external id "
        "is already stored is reported and skipped. If the connection to the database breaks (a server "
        "restart), submit reconnects once, waiting up to 30 seconds, and tries the file it was on again; at "
        "the "
        "next break it stops with \"connection lost\", names every file that was not stored, and exits 1. "
        "When files fail for different reasons, the exit status is the most serious (1 > 5 > 4 > 3)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Submission files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption maxAttachment(QStringLiteral("max-attachment-mib"),
                                           QStringLiteral("Largest attachment accepted (default 25)."),
                                           QStringLiteral("MIB"));
    const QCommandLineOption maxSubmission(QStringLiteral("max-submission-mib"),
                                           QStringLiteral("Largest submission accepted (default 100)."),
                                           QStringLiteral("MIB"));
    parser.addOptions({maxAttachment, maxSubmission});
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

    SubmitRun run(context);
    return run.submitAll(parser.positionalArguments().mid(1), limits);
}

} // namespace casedesk::ctl
