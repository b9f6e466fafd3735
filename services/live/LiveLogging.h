// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QLoggingCategory>

// casedesk.live: the change feed (listener connection, reconnects). Never personal data.
Q_DECLARE_LOGGING_CATEGORY(lcLive)
