// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/BuiltInViews.h"

#include <QString>

namespace casedesk {

// What the sidebar shows of a built-in view (services/domain/BuiltInViews).
QString savedViewTitle(SavedView view); // translated
QString savedViewIconName(SavedView view);

} // namespace casedesk
