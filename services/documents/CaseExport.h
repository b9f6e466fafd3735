// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseRecord.h"
#include "PagedDocument.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace casedesk {

class Database;

struct CaseExportOptions
{
    bool includeNotes = false; // internal notes in the document, marked as internal on every page
};

// A written archive package (ArchivePackage.h).
struct ExportedPackage
{
    QString reference;
    QString folder;     // the package's folder, complete
    QString metsSha256; // of its METS.xml, as recorded on the case
    int files = 0;      // files METS.xml lists
    qint64 bytes = 0;   // their sizes together
};

// Exports a case for the records: as one PDF/A document, or as an archive package. Reading a
// case for export is an audited access ("case.exported", with what was exported); a case with a
// protected identity is exported only by someone with the right to see it, and anyone else is
// refused (PermissionDenied), whatever the database would show them.
class CaseExportService
{
public:
    explicit CaseExportService(const Database& db)
        : m_db(db)
    {}

    // The record of the case as the current user may see it. Not audited: the exports are.
    Result<CaseRecord> read(const QString& reference, const CaseExportOptions& options) const;

    // The case as PDF/A-1b, and the audit row for it.
    Result<QByteArray> exportPdf(const QString& reference, const CaseExportOptions& options) const;
    // The same, written to `path` (whole or not at all); the number of bytes written.
    Result<qint64> exportPdfTo(const QString& reference, const CaseExportOptions& options,
                               const QString& path) const;

    // The case as the document the print dialog prints (the same pages as the PDF), audited as a print.
    Result<PagedDocument> documentForPrinting(const QString& reference,
                                              const CaseExportOptions& options) const;

    // The case as an E-ARK / FGS archive package in `parentFolder`/<reference>: written to a
    // temporary folder beside it and renamed when complete, so a package folder is never half
    // written. The export is recorded on the case (who, when, the SHA-256 of METS.xml) in the same
    // transaction as its audit row, which is what "archive before purge" waits for. A folder of
    // that name already there is replaced only when `replace` is set; else Conflict.
    Result<ExportedPackage> exportPackage(const QString& reference, const QString& parentFolder,
                                          bool replace = false) const;

private:
    VoidResult audit(const CaseRecord& record, const QString& what) const;
    const Database& m_db;
};

} // namespace casedesk
