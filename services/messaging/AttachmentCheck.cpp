// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AttachmentCheck.h"

#include "intake/ContentSniffer.h"
#include "intake/IntakeSupport.h"
#include "intake/SafeFileName.h"

#include <QFile>
#include <QFileInfo>

namespace casedesk {

Result<QList<IncomingAttachment>> checkAttachments(const QList<OutgoingFile>& files, const QString& field,
                                                   const IntakeLimits& limits)
{
    if (files.size() > limits.maxAttachments)
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "at most %1 attachments"), {limits.maxAttachments}},
            field);
    QList<IncomingAttachment> checked;
    qint64 total = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const OutgoingFile& file = files.at(i);
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        IncomingAttachment a;
        a.fileName = safeFileName(file.fileName);
        if (file.content.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "the file is empty"),
                             path + QStringLiteral(".content"));
        if (file.content.size() > limits.maxAttachmentBytes)
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "larger than %1 bytes"), {limits.maxAttachmentBytes}},
                path + QStringLiteral(".content"));
        total += file.content.size();
        if (total > limits.maxSubmissionBytes)
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "attachments larger than %1 bytes together"),
                 {limits.maxSubmissionBytes}},
                field);
        QString declared = file.mimeType.trimmed();
        if (declared.isEmpty())
            declared = mimeTypeForFileName(a.fileName);
        if (declared.isEmpty())
            declared = sniffMimeType(file.content);
        if (declared.isEmpty())
            declared = QStringLiteral("application/octet-stream");
        if (mimeTypeEssence(declared).isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "not a MIME type"),
                             path + QStringLiteral(".mimeType"));
        if (VoidResult r = checkDeclaredMimeType(declared, file.content); !r.ok())
            return withField(r.error(), path + QStringLiteral(".content"));
        a.mimeType = mimeTypeEssence(declared);
        a.content = file.content;
        checked << a;
    }
    intake::makeAttachmentNamesUnique(checked);
    return checked;
}

Result<OutgoingFile> loadAttachmentFile(const QString& path, const IntakeLimits& limits)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: not a readable file"), {path}},
                         QStringLiteral("attach"));
    if (info.size() > limits.maxAttachmentBytes)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: larger than %2 bytes"),
                          {path, limits.maxAttachmentBytes}},
                         QStringLiteral("attach"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: %2"), {path, file.errorString()}},
                         QStringLiteral("attach"));
    OutgoingFile out;
    out.fileName = info.fileName();
    out.content = file.read(limits.maxAttachmentBytes + 1);
    if (out.content.size() > limits.maxAttachmentBytes)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: larger than %2 bytes"),
                          {path, limits.maxAttachmentBytes}},
                         QStringLiteral("attach"));
    return out;
}

} // namespace casedesk
