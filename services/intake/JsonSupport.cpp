// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "JsonSupport.h"

#include "IntakeSupport.h"
#include "TextRules.h"

#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace casedesk::intake {

VoidResult checkKnownKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // The key itself comes from outside: show it only when it is harmless to print.
            const bool printable = it.key().size() <= 64 && checkSingleLine(it.key(), {}, 64).ok();
            if (!printable)
                return invalid(path,
                               QT_TRANSLATE_NOOP("casedesk::Errors",
                                                 "unknown key (not shown: long or with control characters)"));
            return invalid(childPath(path, it.key()), QT_TRANSLATE_NOOP("casedesk::Errors", "unknown key"));
        }
    }
    return {};
}

Result<QString> singleLineString(const QJsonObject& object, const QString& key, const QString& path,
                                 bool required, int maxLength)
{
    const QString fieldPath = childPath(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
        return QString();
    }
    if (!value.isString())
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
    const QString text = value.toString();
    if (VoidResult checked = checkSingleLine(text, fieldPath, maxLength); !checked)
        return checked.error();
    if (required && text.trimmed().isEmpty())
        return invalid(fieldPath, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"));
    return text;
}

Result<std::optional<QJsonObject>> optionalObject(const QJsonObject& object, const QString& key,
                                                  const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QJsonObject>();
    if (!value.isObject())
        return invalid(childPath(path, key), QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
    return std::optional<QJsonObject>(value.toObject());
}

Result<QJsonObject> requiredObject(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return invalid(childPath(path, key), QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (!value.isObject())
        return invalid(childPath(path, key), QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
    return value.toObject();
}

Result<QJsonArray> optionalArray(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return invalid(childPath(path, key), QT_TRANSLATE_NOOP("casedesk::Errors", "expected an array"));
    return value.toArray();
}

Result<bool> optionalBool(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        return invalid(childPath(path, key), QT_TRANSLATE_NOOP("casedesk::Errors", "expected a boolean"));
    return value.toBool();
}

namespace {

struct Frame
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    QString key;           // the last key read, in an object
    bool expectKey = true; // in an object
    qsizetype index = -1;  // the current element, in an array
};

QString decodeKey(const QByteArray& token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(QByteArray("[") + token + QByteArray("]")));
    return document.array().at(0).toString();
}

} // namespace

std::optional<QString> findDuplicateKey(const QByteArray& json)
{
    std::vector<Frame> stack;
    const auto valuePath = [&]() -> QString {
        if (stack.empty())
            return {};
        Frame& top = stack.back();
        if (top.object)
            return childPath(top.path, top.key);
        return indexPath(top.path, top.index);
    };
    const auto startValue = [&]() {
        if (!stack.empty() && !stack.back().object)
            ++stack.back().index;
    };

    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            startValue();
            Frame frame;
            frame.object = c == '{';
            frame.path = valuePath();
            stack.push_back(std::move(frame));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame& top = stack.back();
                top.key = decodeKey(json.mid(start, i - start + 1));
                top.expectKey = false;
                if (top.keys.contains(top.key))
                    return childPath(top.path, top.key);
                top.keys.insert(top.key);
            } else {
                startValue();
            }
            break;
        }
        default:
            // Numbers, true, false, null: count the value once, at its first character.
            if ((c >= '0' && c <= '9') || c == '-' || c == 't' || c == 'f' || c == 'n') {
                startValue();
                while (i + 1 < size && json.at(i + 1) != ',' && json.at(i + 1) != ']' &&
                       json.at(i + 1) != '}' && json.at(i + 1) != ' ' && json.at(i + 1) != '\n' &&
                       json.at(i + 1) != '\r' && json.at(i + 1) != '\t')
                    ++i;
            }
            break;
        }
    }
    return std::nullopt;
}

} // namespace casedesk::intake
