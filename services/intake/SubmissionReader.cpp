// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SubmissionReader.h"

#include "IntakeSupport.h"

#include <QFile>
#include <QFileInfo>

namespace casedesk {

using namespace intake;

namespace {

enum class Format
{
    Json,
    Xml,
    Unknown
};

Format recognise(const QByteArray& data)
{
    qsizetype i = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return data.size() >= 4 && (data.at(2) == '<' || data.at(3) == '<') ? Format::Xml : Format::Unknown;
    while (i < data.size() &&
           (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\r' || data.at(i) == '\n'))
        ++i;
    if (i >= data.size())
        return Format::Unknown;
    switch (data.at(i)) {
    case '{':
    case '[': // not an object, but the JSON parser says so more helpfully
        return Format::Json;
    case '<':
        return Format::Xml;
    default:
        return Format::Unknown;
    }
}

QByteArray withoutLeadingSpace(const QByteArray& data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() &&
           (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\r' || data.at(i) == '\n'))
        ++i;
    return i == 0 ? data : data.mid(i);
}

} // namespace

Result<Submission> readSubmission(const QByteArray& data, const IntakeLimits& limits)
{
    if (data.size() > limits.maxSubmissionBytes) {
        return invalid(QStringLiteral("$"),
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "submission is %1 bytes, over the limit of %2"),
                        {data.size(), limits.maxSubmissionBytes}});
    }
    switch (recognise(data)) {
    case Format::Json:
        return parseJsonSubmission(data, limits);
    case Format::Xml:
        // An XML declaration must come first, so leading space and the BOM go; a UTF-16
        // document is left to the XML reader as it is.
        return parseOepXml(
            data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") ? data : withoutLeadingSpace(data),
            limits);
    case Format::Unknown:
        break;
    }
    return invalid(
        QStringLiteral("$"),
        QT_TRANSLATE_NOOP("casedesk::Errors", "not a CaseDesk submission or Open ePlatform export"));
}

Result<Submission> readSubmissionFile(const QString& path, const IntakeLimits& limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("casedesk::Errors", "no such file"));
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "is a directory, not a file"));
    if (info.size() > limits.maxSubmissionBytes) {
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "file is %1 bytes, over the limit of %2"),
                          {info.size(), limits.maxSubmissionBytes}});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot be read: %1"), {file.errorString()}});
    // Read no more than the limit allows even if the file grows, or is a pipe or a device
    // that reports no size.
    QByteArray data;
    const qint64 cap = limits.maxSubmissionBytes + 1;
    while (data.size() < cap) {
        const QByteArray chunk = file.read(qMin<qint64>(cap - data.size(), 1 << 20));
        if (chunk.isEmpty())
            break;
        data.append(chunk);
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot be read: %1"), {file.errorString()}});
    if (data.size() > limits.maxSubmissionBytes) {
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "file is over the limit of %1 bytes"),
                          {limits.maxSubmissionBytes}});
    }
    return readSubmission(data, limits);
}

} // namespace casedesk
