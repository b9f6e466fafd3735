// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SecretStore.h"

namespace casedesk {

// For command-line programs only (casedeskctl): reads one secret and waits for the answer in a
// local QEventLoop, for at most `timeoutMs` milliseconds (then Unavailable). Needs a
// QCoreApplication.
//
// The GUI must NOT use this. A local event loop runs every other pending event (clicks,
// timers, socket reads, deleteLater) re-entrantly in the middle of the caller; use
// SecretStore::read with a context object instead.
Result<std::optional<QString>> readSecretBlocking(SecretStore& store, const QString& key, int timeoutMs);

} // namespace casedesk
