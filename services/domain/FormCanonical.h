// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Submission.h"

#include <QJsonArray>

namespace casedesk {

// The signed form, as the portal signs it: the `pages` array with exactly the keys of the
// submission format, written compact with sorted keys (what QJsonDocument writes).
QJsonArray pagesToJson(const QList<FormPage>& pages);

// "sha256:" + lowercase hex of the compact JSON of pagesToJson(pages).
QString pagesDigest(const QList<FormPage>& pages);

// How a field value reads for a person: strings as they are, lists joined by ", ",
// objects as "key: value" lines, booleans as Ja/Nej is left to the UI (here "true"/"false").
QString jsonValueToText(const QJsonValue& value);

} // namespace casedesk
