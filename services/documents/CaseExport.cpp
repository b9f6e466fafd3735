// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseExport.h"

#include "ArchivePackage.h"
#include "CaseDocument.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "messaging/MessageService.h"
#include "repositories/ArchiveExportRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/StatusRepository.h"
#include "workflow/CaseService.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace casedesk {

Result<CaseRecord> CaseExportService::read(const QString& reference, const CaseExportOptions& options) const
{
    auto detail = CaseService(m_db).open(reference, /*markOpened=*/false);
    if (!detail.ok())
        return detail.error();
    // The records get the whole case or nothing: a case whose identity the reader may not see is
    // refused, not exported without its parties.
    if (detail->contentHidden)
        return makeError(ErrorCode::PermissionDenied,
                         {QT_TRANSLATE_NOOP("casedesk::Errors",
                                            "case %1 has a protected identity: only someone allowed to see "
                                            "protected identities may export it"),
                          {reference}},
                         QStringLiteral("reference"));
    auto thread = MessageService(m_db).thread(reference);
    if (!thread.ok())
        return thread.error();
    auto statuses = StatusRepository(m_db).listAll();
    if (!statuses.ok())
        return statuses.error();
    auto eservice = EServiceRepository(m_db).find(detail->summary.eserviceId);
    if (!eservice.ok())
        return eservice.error();

    CaseRecord record;
    record.detail = std::move(detail).value();
    record.thread = std::move(thread).value();
    if (!options.includeNotes)
        record.thread.notes.clear();
    for (const Status& status : std::as_const(*statuses))
        record.statuses.insert(status.id, status);
    if (*eservice)
        record.eservice = **eservice;
    else
        record.eservice.id = record.detail.summary.eserviceId;
    record.includeNotes = options.includeNotes;
    record.exportedBy = m_db.currentUser();
    record.exportedAt = QDateTime::currentDateTimeUtc();
    return record;
}

VoidResult CaseExportService::audit(const CaseRecord& record, const QString& what) const
{
    QString detail = what;
    if (record.includeNotes)
        detail += QStringLiteral(", internal notes");
    if (record.detail.summary.protectedIdentity)
        detail += QStringLiteral(", protected identity");
    return AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.exported"),
                                        record.detail.summary.id, record.detail.summary.reference, detail);
}

Result<QByteArray> CaseExportService::exportPdf(const QString& reference,
                                                const CaseExportOptions& options) const
{
    auto record = read(reference, options);
    if (!record.ok())
        return record.error();
    // No audit row, no export: the access must be on record before the document leaves.
    if (auto audited = audit(*record, QStringLiteral("pdf")); !audited.ok())
        return audited.error();
    return renderPdfA(caseDocument(*record), record->exportedAt);
}

Result<qint64> CaseExportService::exportPdfTo(const QString& reference, const CaseExportOptions& options,
                                              const QString& path) const
{
    auto pdf = exportPdf(reference, options);
    if (!pdf.ok())
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot write %1: %2"), {path, file.errorString()}},
            QStringLiteral("file"));
    return qint64(pdf->size());
}

Result<PagedDocument> CaseExportService::documentForPrinting(const QString& reference,
                                                             const CaseExportOptions& options) const
{
    auto record = read(reference, options);
    if (!record.ok())
        return record.error();
    if (auto audited = audit(*record, QStringLiteral("print")); !audited.ok())
        return audited.error();
    return caseDocument(*record);
}

Result<ExportedPackage> CaseExportService::exportPackage(const QString& reference,
                                                         const QString& parentFolder, bool replace) const
{
    auto record = read(reference, {});
    if (!record.ok())
        return record.error();
    const CaseSummary& summary = record->detail.summary;

    // The package's document shows no export time or person: the same case gives the same
    // package. Its dates are the case's own last change.
    CaseRecord packaged = *record;
    packaged.exportedAt = {};
    packaged.exportedBy.clear();
    const QDateTime documentTime = summary.closedAt.isValid() ? summary.closedAt : summary.updatedAt;

    QList<PackageFile> files;
    QStringList taken;
    files.append({ArchivePackage::uniqueName(summary.reference + QStringLiteral(".pdf"), taken),
                  QStringLiteral("application/pdf"), renderPdfA(caseDocument(packaged), documentTime),
                  QStringLiteral("case-document")});
    QSet<qint64> decisionDocuments;
    for (const Decision& d : record->thread.decisions)
        decisionDocuments.insert(d.documentAttachmentId);
    const CaseContentRepository content(m_db);
    for (const AttachmentInfo& attachment : record->detail.attachments) {
        auto bytes = content.attachmentContent(summary.id, attachment.id);
        if (!bytes.ok())
            return bytes.error();
        files.append({ArchivePackage::uniqueName(attachment.fileName, taken), attachment.mimeType, *bytes,
                      decisionDocuments.contains(attachment.id) ? QStringLiteral("decision-document")
                                                                : QStringLiteral("attachment")});
    }
    const ArchivePackage package(*record, files, QDateTime::currentDateTimeUtc());
    const auto packageFiles = package.files();
    const QByteArray& mets = packageFiles.constLast().second;

    StagedFolder folder(parentFolder, summary.reference);
    if (auto written = folder.write(packageFiles); !written.ok())
        return written.error();

    ExportedPackage exported;
    exported.reference = summary.reference;
    exported.folder = folder.finalPath();
    exported.metsSha256 =
        QString::fromLatin1(QCryptographicHash::hash(mets, QCryptographicHash::Sha256).toHex());
    exported.files = int(packageFiles.size()) - 1;
    for (qsizetype i = 0; i + 1 < packageFiles.size(); ++i)
        exported.bytes += packageFiles[i].second.size();

    // One transaction records the export and its audit row; the folder is moved into place inside
    // it, so a package on disk is recorded, and a recorded package is on disk.
    TransactionGuard tx(m_db);
    if (!tx.begun().ok())
        return tx.begun().error();
    if (auto recorded = ArchiveExportRepository(m_db).record(summary.id, exported.metsSha256); !recorded.ok())
        return recorded.error();
    if (auto audited = audit(*record, QStringLiteral("package ") + exported.metsSha256); !audited.ok())
        return audited.error();
    if (auto published = folder.publish(replace); !published.ok())
        return published.error();
    if (auto committed = tx.commit(); !committed.ok()) {
        folder.withdraw();
        return committed.error();
    }
    return exported;
}

} // namespace casedesk
