// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "casedesk.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIntake, "casedesk.intake", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMail, "casedesk.mail", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRetention, "casedesk.retention", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "casedesk.demo", QtWarningMsg)
