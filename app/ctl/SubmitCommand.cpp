#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "intake/IntakeService.h"
#include "intake/SubmissionReader.h"

namespace casedesk::ctl {

namespace {

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
        "is already stored is reported and skipped."));
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

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const IntakeService intake(**db);

    int worst = ExitOk;
    int stored = 0;
    int duplicates = 0;
    const QStringList files = parser.positionalArguments().mid(1);
    for (const QString& file : files) {
        auto submission = readSubmissionFile(file, limits);
        if (!submission.ok()) {
            context.err() << file << ": " << submission.error().describe() << Qt::endl;
            worst = std::max(worst, int(ExitInvalidInput));
            continue;
        }
        auto receipt = intake.submit(*submission);
        if (!receipt.ok()) {
            const Error& error = receipt.error();
            if (error.code == ErrorCode::Conflict && error.field == QLatin1String("externalId")) {
                // A duplicate is reported, not an error: the portal may hand a case over twice.
                context.out() << file << ": duplicate, " << error.message << Qt::endl;
                ++duplicates;
                continue;
            }
            context.err() << file << ": " << error.describe() << Qt::endl;
            worst = std::max(worst, exitCodeFor(error));
            continue;
        }
        ++stored;
        context.out() << file << ": stored as " << receipt->reference << Qt::endl;
    }
    if (files.size() > 1)
        context.out() << stored << " stored, " << duplicates << " duplicates, "
                      << (files.size() - stored - duplicates) << " refused" << Qt::endl;
    return worst;
}

} // namespace casedesk::ctl
