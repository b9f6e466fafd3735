// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk {

// Single-line text (names, ids, labels, addresses): no control characters at all.
VoidResult checkSingleLine(const QString& text, const QString& fieldPath, int maxLength);

// Free text (field values, messages): tab, CR and LF allowed, no other control characters.
VoidResult checkMultiLine(const QString& text, const QString& fieldPath, int maxLength);

// A plausible e-mail address (one @, a dot in the domain, no spaces); empty is allowed.
VoidResult checkEmail(const QString& text, const QString& fieldPath);

} // namespace casedesk
