// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "core/UtcTime.h"
#include "db/Database.h"
#include "documents/CaseExport.h"
#include "repositories/ArchiveExportRepository.h"

#include <QCommandLineParser>
#include <QTimeZone>

namespace casedesk::ctl {

namespace {

constexpr int kBatchPage = 200;

int writePdf(CtlContext& context, const QString& reference, const QString& path, bool includeNotes,
             const Database& db)
{
    auto written = CaseExportService(db).exportPdfTo(reference, {includeNotes}, path);
    if (!written.ok())
        return context.fail(written.error());
    context.out() << reference << '\t' << path << '\t' << *written << " bytes" << Qt::endl;
    return ExitOk;
}

int writePackage(CtlContext& context, const QString& reference, const QString& folder, bool replace,
                 const Database& db)
{
    auto package = CaseExportService(db).exportPackage(reference, folder, replace);
    if (!package.ok()) {
        // Named by the case: a batch goes on with the next one.
        context.err() << reference << ": " << package.error().explainWithPath() << Qt::endl;
        return exitCodeFor(package.error());
    }
    context.out() << reference << '\t' << package->folder << '\t' << package->files << " files\t"
                  << package->bytes << " bytes\tMETS.xml sha256 " << package->metsSha256 << Qt::endl;
    return ExitOk;
}

} // namespace

int runExport(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports cases for the records.\n"
        "--pdf FILE writes one case as a PDF/A document: cover, parties, the form as the applicant saw it "
        "(with the fields hidden from them listed apart), signatures and their check, attachments with "
        "size and SHA-256, messages, decisions and history. Internal notes only with --include-notes, and "
        "then every page says so.\n"
        "--package DIR writes an archive package (E-ARK / FGS Paketstruktur) into DIR/<reference>: METS.xml "
        "listing every file with size, MIME type and SHA-256, metadata/descriptive/case.xml, and "
        "representations/rep1/data/ with the case PDF and every attachment as received. The package is "
        "written beside its place and moved there when complete, and the export is recorded on the case: "
        "what an e-service set to archive before purge waits for.\n"
        "Without REF, --eservice ID --closed-before DATE --package DIR exports every closed case of the "
        "e-service closed before that day (Swedish time); --pending only those not exported since they "
        "were last closed.\n"
        "Every export is recorded in the audit log. A case with a protected identity is exported only by "
        "someone allowed to see protected identities."));
    parser.addPositionalArgument(QStringLiteral("REF"),
                                 QStringLiteral("The case reference, e.g. CD-2026-000123."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the case as a PDF/A file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("Write archive packages into this folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption notes(
        QStringLiteral("include-notes"),
        QStringLiteral("Include the internal notes in the PDF (marked as internal)."));
    const QCommandLineOption eservice(QStringLiteral("eservice"),
                                      QStringLiteral("Every closed case of this e-service."),
                                      QStringLiteral("ID"));
    const QCommandLineOption closedBefore(
        QStringLiteral("closed-before"), QStringLiteral("Closed before this day (YYYY-MM-DD, Swedish time)."),
        QStringLiteral("DATE"));
    const QCommandLineOption pending(QStringLiteral("pending"),
                                     QStringLiteral("Only cases not exported since they were last closed."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QStringLiteral("Replace a package folder of the same case already there."));
    parser.addOptions({pdf, package, notes, eservice, closedBefore, pending, replace});
    const QString usage = QStringLiteral(
        "export REF (--pdf FILE [--include-notes] | --package DIR [--replace])\n"
        "       casedeskctl export --eservice ID --closed-before DATE [--pending] [--replace] --package DIR");
    if (auto stop = parseCommandLine(context, parser, usage, 0, 1))
        return *stop;
    const bool single = parser.positionalArguments().size() == 2;
    const bool batch = parser.isSet(eservice) || parser.isSet(closedBefore) || parser.isSet(pending);
    if (single == batch || parser.isSet(pdf) == parser.isSet(package))
        return context.usage(usage);
    if (parser.isSet(notes) && !parser.isSet(pdf))
        return context.usage(QStringLiteral("--include-notes is for --pdf: an archive package holds what the "
                                            "applicant and the records may see"));
    if (batch && (!parser.isSet(eservice) || !parser.isSet(closedBefore) || !parser.isSet(package)))
        return context.usage(usage);
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());

    if (single) {
        const QString reference = parser.positionalArguments().at(1);
        return parser.isSet(pdf)
                   ? writePdf(context, reference, parser.value(pdf), parser.isSet(notes), **db)
                   : writePackage(context, reference, parser.value(package), parser.isSet(replace), **db);
    }

    const QDate day = QDate::fromString(parser.value(closedBefore), Qt::ISODate);
    if (!day.isValid())
        return context.fail(makeError(ErrorCode::InvalidInput,
                                      {QT_TRANSLATE_NOOP("casedesk::Errors", "not a date YYYY-MM-DD: %1"),
                                       {parser.value(closedBefore)}},
                                      QStringLiteral("--closed-before")));
    const QDateTime before =
        QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).toUTC();
    const ArchiveExportRepository exports(**db);
    int exitCode = ExitOk;
    int exported = 0;
    int failed = 0;
    QDateTime afterClosedAt;
    qint64 afterId = 0;
    for (;;) {
        // A page at a time, after the last case seen: a failed case is passed, not met again.
        auto page = exports.closedBefore(parser.value(eservice), before, parser.isSet(pending), afterClosedAt,
                                         afterId, kBatchPage);
        if (!page.ok())
            return mostSerious(exitCode, context.fail(page.error()));
        for (const auto& closed : std::as_const(*page)) {
            const int code =
                writePackage(context, closed.reference, parser.value(package), parser.isSet(replace), **db);
            exitCode = mostSerious(exitCode, code);
            (code == ExitOk ? exported : failed) += 1;
            afterClosedAt = closed.closedAt;
            afterId = closed.id;
        }
        if (page->size() < kBatchPage)
            break;
    }
    context.err() << "casedeskctl: " << exported << (exported == 1 ? " case" : " cases") << " exported";
    if (failed > 0)
        context.err() << ", " << failed << " not (see above)";
    context.err() << Qt::endl;
    return exitCode;
}

} // namespace casedesk::ctl
