// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Reads a password that a service is given in a file (CASEDESK_SMTP_PASSWORD_FILE,
// CASEDESK_NAVET_PASSWORD_FILE): a regular file that on Unix neither group nor others may read
// or write, at most 4 KiB, not empty; one trailing newline is dropped. Errors name `variable`
// (the environment variable that named the file) as their field. The secret is never logged.
Result<QByteArray> readSecretFile(const QString& path, const QString& variable);

// The secret from the file named by `fileVariable` when that is set, else the value of
// `valueVariable` (possibly empty).
Result<QByteArray> secretFromEnvironment(const char* fileVariable, const char* valueVariable);

} // namespace casedesk
