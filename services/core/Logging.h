// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QLoggingCategory>

// One category per module so that operators can turn on exactly what they need, e.g.
// QT_LOGGING_RULES="casedesk.db.debug=true". Never log personal data or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
Q_DECLARE_LOGGING_CATEGORY(lcRetention)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
