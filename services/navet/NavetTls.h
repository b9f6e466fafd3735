// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetSettings.h"
#include "core/Result.h"

#include <QByteArray>
#include <QSslConfiguration>

namespace casedesk {

// The TLS side of a Navet connection: the organisation's client certificate and key from the
// PKCS#12 file (with its chain, when the file holds one), the system's certificate authorities
// plus those of navet.ca_certificates, peer verification required, TLS 1.2 or newer. Errors name
// the setting (navet.certificate, navet.ca_certificates) and say what is wrong with the file:
// missing, unreadable, a wrong password or not PKCS#12, no key, expired or not yet valid.
Result<QSslConfiguration> navetSslConfiguration(const NavetConfiguration& configuration,
                                                const QByteArray& password);

} // namespace casedesk
