// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QLoggingCategory>

// "casedesk.credentials": keyring operations. Never logs a secret, and never a key (a key
// names a person's database login).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
