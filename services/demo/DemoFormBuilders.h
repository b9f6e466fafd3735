// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoCatalog.h"

#include <initializer_list>

// Small builders the catalog writes its forms with: field(...) with a value generator such as
// choice(...) or number(...).
namespace casedesk::demo::form {

using ValueFn = std::function<QJsonValue(FormContext&)>;

QString u(const char* utf8);
QStringList us(std::initializer_list<const char*> utf8);

// A field; `visibleWhen` uses the FieldCondition grammar and is parsed once, here.
DemoField field(const char* id, const char* label, const char* type, ValueFn value,
                const char* visibleWhen = "");

// One of `options` by `weights` (equal weights when empty).
ValueFn choice(const QStringList& options, const QList<int>& weights = {});
ValueFn yesNo(int yesPercent);
// One to `most` distinct options, in the order they are listed.
ValueFn multiChoice(const QStringList& options, int most);
// low, low + step, ... high, as a JSON number.
ValueFn number(int low, int high, int step = 1);
ValueFn text(const QStringList& options);
// `attached` when the applicant uploads files, `other` when not.
ValueFn delivery(const char* attached, const char* other);
// The file's name; the case gets one of the asset's variants as the field's attachment.
ValueFn file(AssetKind kind);
// "2025-05-14": `minDays`..`maxDays` after submission.
ValueFn dateAfterSubmission(int minDays, int maxDays);

QString swedishMonth(const QDate& date);         // "mars 2025"
int schoolYearStart(const QDate& date);          // spring applications are for the autumn
QString registrationNumber(DemoRandom& random);  // "ABC 12D"
QString propertyDesignation(DemoRandom& random); // "Björka 3:14"

} // namespace casedesk::demo::form
