// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseTypes.h"

namespace casedesk {

struct SignatureVerification
{
    QList<SignatureRow> rows; // every signature, then one Awaiting row per missing required signer
    SignatureState state = SignatureState::None;
};

// Checks each signature against the form as it is stored now: a form changed after signing
// no longer matches its digest. Required signers match signatures by personal number.
SignatureVerification verifySignatures(const QList<FormPage>& pages,
                                       const QList<IncomingSignature>& signatures,
                                       const QList<RequiredSigner>& requiredSigners);

} // namespace casedesk
