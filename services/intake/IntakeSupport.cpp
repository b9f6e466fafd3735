// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "IntakeSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace casedesk::intake {

namespace {

constexpr qsizetype MaxFileNameLength = 180; // as safeFileName()

QString withCounter(const QString& name, int counter)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    QString stem = name.left(name.size() - extension.size());
    const QString suffix = QStringLiteral(" (%1)").arg(counter);
    const qsizetype room = MaxFileNameLength - extension.size() - suffix.size();
    if (stem.size() > room) {
        qsizetype length = qMax<qsizetype>(room, 1);
        if (stem.at(length - 1).isHighSurrogate())
            --length;
        stem = stem.left(length);
    }
    return stem + suffix + extension;
}

} // namespace

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Result<QByteArray> decodeAttachmentBase64(const QByteArray& base64, const QString& fieldPath,
                                          const IntakeLimits& limits, qint64& totalBytes)
{
    qsizetype significant = base64.size();
    while (significant > 0 && base64.at(significant - 1) == '=')
        --significant;
    const qint64 estimated = qint64(significant) * 3 / 4;
    if (estimated > limits.maxAttachmentBytes) {
        return invalid(fieldPath,
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "attachment is %1 bytes, over the limit of %2"),
                        {estimated, limits.maxAttachmentBytes}});
    }
    if (totalBytes + estimated > limits.maxSubmissionBytes) {
        return invalid(fieldPath, {QT_TRANSLATE_NOOP("casedesk::Errors",
                                                     "attachments total %1 bytes, over the limit of %2"),
                                   {totalBytes + estimated, limits.maxSubmissionBytes}});
    }
    // Qt accepts a lone trailing character and missing padding; only the latter is base64.
    if (significant % 4 == 1 || base64.size() - significant > 2)
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "not valid base64"));
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "not valid base64"));
    totalBytes += decoded.decoded.size();
    return std::move(decoded.decoded);
}

void makeAttachmentNamesUnique(QList<IncomingAttachment>& attachments)
{
    QSet<QString> taken;
    for (const IncomingAttachment& attachment : attachments)
        taken.insert(attachment.fileName.toCaseFolded());
    QSet<QString> seen;
    for (IncomingAttachment& attachment : attachments) {
        const QString folded = attachment.fileName.toCaseFolded();
        if (!seen.contains(folded)) {
            seen.insert(folded);
            continue;
        }
        QString candidate;
        for (int counter = 2;; ++counter) {
            candidate = withCounter(attachment.fileName, counter);
            if (!taken.contains(candidate.toCaseFolded()))
                break;
        }
        attachment.fileName = candidate;
        taken.insert(candidate.toCaseFolded());
        seen.insert(candidate.toCaseFolded());
    }
}

Result<QDateTime> parseDateTimeWithOffset(const QString& text, const QString& fieldPath)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!shape.match(text).hasMatch()) {
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors",
                                                    "expected an ISO 8601 date and time with a UTC offset, "
                                                    "e.g. 2026-11-20T10:15:00+01:00"));
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || (parsed.timeSpec() != Qt::OffsetFromUTC && parsed.timeSpec() != Qt::UTC))
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid date and time"));
    return plausibleTime(parsed.toUTC(), fieldPath);
}

Result<QDateTime> plausibleTime(const QDateTime& utc, const QString& fieldPath)
{
    // A submission or signature from the future would sort first in every list for years (and
    // name a reference year that has not begun); clocks differ by a few minutes at most.
    if (utc > QDateTime::currentDateTimeUtc().addSecs(5 * 60))
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "lies in the future"));
    if (utc < QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc()))
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "is before 1900"));
    return utc;
}

QString trimTrailingWhitespace(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace casedesk::intake
