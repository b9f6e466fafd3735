// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk::messaging {

// Free text typed by a person: trimmed non-empty (unless allowEmpty), at most `maxLength`
// characters, no control characters but tab and newlines. InvalidInput naming `field`.
// (The rules of working a case, from finding it to its history event, are CaseWork's.)
Result<QString> checkText(const QString& text, const QString& field, int maxLength, bool allowEmpty = false);

} // namespace casedesk::messaging
