// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "TestData.h"
#include "intake/SubmissionReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace casedesk::test {

// tests/data/intake/parkering-example.json: the documented example, with a real PDF and a
// signature over its pages.
inline QJsonObject exampleSubmission()
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("intake/parkering-example.json"))).object();
}

// Sets (or with an undefined value, removes) the value at a path such as
// "pages[0].fields[1].colour" inside `value`.
inline QJsonValue withPath(const QJsonValue& value, QStringList steps, const QJsonValue& newValue)
{
    if (steps.isEmpty())
        return newValue;
    const QString step = steps.takeFirst();
    static const QRegularExpression indexed(QStringLiteral(R"(^(.*)\[(\d+)\]$)"));
    const QRegularExpressionMatch match = indexed.match(step);
    if (match.hasMatch()) {
        // "name[i]": descend into the array first.
        QStringList rest = steps;
        QJsonObject object = value.toObject();
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int index = match.captured(2).toInt();
        if (rest.isEmpty() && newValue.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(withPath(QJsonValue(), rest, newValue));
        else
            array.replace(index, withPath(array.at(index), rest, newValue));
        object.insert(match.captured(1), array);
        return object;
    }
    QJsonObject object = value.toObject();
    if (steps.isEmpty() && newValue.isUndefined())
        object.remove(step);
    else
        object.insert(step, withPath(object.value(step), steps, newValue));
    return object;
}

inline QJsonObject with(const QJsonObject& root, const QString& path, const QJsonValue& newValue)
{
    return withPath(root, path.split(QLatin1Char('.')), newValue).toObject();
}

inline QJsonObject without(const QJsonObject& root, const QString& path)
{
    return withPath(root, path.split(QLatin1Char('.')), QJsonValue(QJsonValue::Undefined)).toObject();
}

inline Result<Submission> parseJson(const QJsonObject& root, const IntakeLimits& limits = {})
{
    return parseJsonSubmission(QJsonDocument(root).toJson(), limits);
}

// "OK" or the error as the CLI prints it after the file name: "field.path: reason".
inline QString outcome(const Result<Submission>& result)
{
    return result ? QStringLiteral("OK") : result.error().describe();
}

} // namespace casedesk::test
