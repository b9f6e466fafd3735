// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <qt6keychain/keychain.h>

namespace casedesk::keychain {

// How KeychainSecretStore reads a finished QtKeychain job. Split out so that the mapping can
// be unit-tested without a keyring.
enum class Outcome
{
    Success,
    NotFound, // EntryNotFound: "no password", not an error
    NotUpYet, // no keyring answering (yet): retried once, then noKeyringError()
    AccessDenied,
    Failed,
};

// `detail` is the job's errorString(). On Linux QtKeychain goes through libsecret, which reports
// a missing Secret Service as OtherError with a D-Bus error text; those count as NotUpYet.
Outcome classify(QKeychain::Error code, const QString& detail);

// The Error for a failed outcome (anything but Success and NotFound).
Error toError(Outcome outcome, const QString& detail);

} // namespace casedesk::keychain
