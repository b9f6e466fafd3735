// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/Submission.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// The kinds of attachment CaseDesk knows, and the rule that ties a stored file's name to what
// its content is.
//
// The rule (intake, the portal's messages and caseworkers' own attachments alike):
// 1. The type is what the content is (ContentSniffer's magic bytes; for the zip-based office
//    formats, the declared type checked against the package's own marker). A file of no type
//    we know has the type of its declared MIME type, which no allowlist can contain.
// 2. The type must be on the e-service's allowlist (eservices.allowed_file_types, NULL = the
//    default list), or the file is refused: "type X is not allowed for e-service Y".
// 3. The stored name ends in one of the type's extensions: when the last extension is not one
//    of them it is replaced by the type's canonical extension ("läkarintyg.pdf.js" with a PDF
//    body is stored as "läkarintyg.pdf.pdf", "intyg" as "intyg.pdf"), and the case history
//    records the change. So no file is ever stored under an executable or script name
//    (.exe, .hta, .msi, .js, .bat, .cmd, .ps1, .vbs, .scr, .lnk, ...): no type has those.
struct FileType
{
    QString id;             // "pdf", as in allowed_file_types
    QString mimeType;       // the canonical MIME type
    QStringList extensions; // lower-case, the first is the canonical one
};

// Every type an allowlist may name, in a stable order.
const QList<FileType>& knownFileTypes();
const FileType* fileTypeById(const QString& id);
// pdf, jpeg, png, heic, text, docx, xlsx, odt.
QStringList defaultFileTypes();

// An allowlist as stored: NULL/empty = the default list.
QStringList allowedFileTypes(const QString& stored);
// "pdf, JPEG,png" -> {"pdf", "jpeg", "png"} or an error naming an unknown id; "default" -> {}
// (meaning: store NULL).
Result<QStringList> parseFileTypeList(const QString& text);

// The id of the type `content` is, or empty for none we know.
QString detectFileType(const QString& declaredMimeType, const QByteArray& content);

// True when `fileName`'s last extension (lower-case) is one of the type's.
bool hasExtensionOf(const QString& fileName, const FileType& type);
// `fileName` with its last extension replaced by (or, without one, extended with) the type's
// canonical extension.
QString withExtensionOf(const QString& fileName, const FileType& type);

// Extensions that Windows or a desktop would run: never stored, never opened.
bool hasExecutableExtension(const QString& fileName);

struct RenamedAttachment
{
    QString from;
    QString to;
};

// Applies the rule above to checked attachments (safe names, MIME types already checked
// against the content): refuses a type that is not allowed, renames where the name does not
// fit the content, and keeps names unique. `field` names the list in errors
// ("attachments[1].fileName: type exe is not allowed for e-service parkering").
Result<QList<RenamedAttachment>> applyFileTypeRule(QList<IncomingAttachment>& attachments,
                                                   const QStringList& allowed, const QString& eserviceId,
                                                   const QString& field);

// The desktop may open a stored attachment itself only when its content's type is allowed
// and its name's extension is that type's; anything else is only saved.
bool mayOpenOnDesktop(const QString& fileName, const QString& mimeType, const QByteArray& content,
                      const QStringList& allowed);
// The same without the content (to enable the button): judged by the stored MIME type.
bool mayOpenOnDesktop(const QString& fileName, const QString& mimeType, const QStringList& allowed);

} // namespace casedesk
