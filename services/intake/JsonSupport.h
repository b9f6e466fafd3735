// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

// Typed access to the JSON of a casedesk.submission/1 document, with field paths in every
// error; used by JsonSubmissionParser.cpp only.

#include "IntakeLimits.h"
#include "core/Result.h"
#include "domain/Submission.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk::intake {

// Refuses the first key of `object` that is not in `allowed`: "pages[0].fields[1].colour: unknown key".
VoidResult checkKnownKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);

// The string at `key`; a missing or null key is an error when `required`, otherwise an empty
// string. Single-line strings are checked with checkSingleLine(maxLength).
Result<QString> singleLineString(const QJsonObject& object, const QString& key, const QString& path,
                                 bool required, int maxLength);

Result<std::optional<QJsonObject>> optionalObject(const QJsonObject& object, const QString& key,
                                                  const QString& path);
Result<QJsonObject> requiredObject(const QJsonObject& object, const QString& key, const QString& path);
Result<QJsonArray> optionalArray(const QJsonObject& object, const QString& key, const QString& path);
Result<bool> optionalBool(const QJsonObject& object, const QString& key, const QString& path);

// The first key that appears twice in one object of (valid) JSON text, as a field path;
// QJsonDocument silently keeps the last one, which would let a document say two things.
std::optional<QString> findDuplicateKey(const QByteArray& json);

// pages[] -> FormPage/FormField: exact keys, text rules, unique field ids, visibleWhen
// conditions that parse and only name existing fields.
Result<QList<FormPage>> parsePages(const QJsonObject& root, const IntakeLimits& limits);

} // namespace casedesk::intake
