// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

// Helpers shared by the JSON and Open ePlatform parsers; not part of the services API.

#include "IntakeLimits.h"
#include "core/Result.h"
#include "domain/Submission.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casedesk::intake {

inline Error invalid(const QString& fieldPath, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), fieldPath);
}

// "applicant" + "name" -> "applicant.name"; "" + "format" -> "format".
QString childPath(const QString& parent, const QString& key);
// "pages" + 2 -> "pages[2]".
QString indexPath(const QString& parent, qsizetype index);

// Strict base64 (no whitespace, no characters outside the alphabet). Checks the decoded size,
// estimated from the encoded length before decoding, against maxAttachmentBytes, and
// `totalBytes + size` against maxSubmissionBytes; adds the size to `totalBytes`.
Result<QByteArray> decodeAttachmentBase64(const QByteArray& base64, const QString& fieldPath,
                                          const IntakeLimits& limits, qint64& totalBytes);

// Gives every attachment a name no other has (compared case-insensitively, as on Windows):
// the second "intyg.pdf" becomes "intyg (2).pdf".
void makeAttachmentNamesUnique(QList<IncomingAttachment>& attachments);

// ISO 8601 date and time with a UTC offset ("2026-11-20T10:15:00+01:00" or "...Z"), in UTC.
Result<QDateTime> parseDateTimeWithOffset(const QString& text, const QString& fieldPath);
// `utc` unless it lies more than five minutes in the future or before 1900 (InvalidInput naming
// the field).
Result<QDateTime> plausibleTime(const QDateTime& utc, const QString& fieldPath);

QString trimTrailingWhitespace(const QString& text);

} // namespace casedesk::intake
