// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SignatureVerifier.h"

#include "FormCanonical.h"

#include <algorithm>

namespace casedesk {

SignatureVerification verifySignatures(const QList<FormPage>& pages,
                                       const QList<IncomingSignature>& signatures,
                                       const QList<RequiredSigner>& requiredSigners)
{
    SignatureVerification result;
    const QString digest = signatures.isEmpty() ? QString() : pagesDigest(pages);
    bool anyMismatch = false;
    bool anyExternal = false;
    for (const IncomingSignature& signature : signatures) {
        SignatureRow row;
        row.role = signature.role;
        row.name = signature.name;
        row.personalNumber = signature.personalNumber;
        row.signedAt = signature.signedAt;
        row.provider = signature.provider;
        row.signedDigest = signature.signedDigest;
        for (const RequiredSigner& signer : requiredSigners)
            if (!signer.personalNumber.isEmpty() && signer.personalNumber == signature.personalNumber)
                row.requiredRole = signer.role;
        if (signature.kind == SignatureKind::OpenEPlatform) {
            row.check = SignatureCheck::SignedInOpenEPlatform;
            anyExternal = true;
        } else if (signature.signedDigest != digest) {
            row.check = SignatureCheck::Mismatch;
            anyMismatch = true;
        }
        result.rows.append(row);
    }
    bool anyAwaiting = false;
    for (const RequiredSigner& signer : requiredSigners) {
        const bool signedAlready =
            std::any_of(signatures.begin(), signatures.end(), [&](const IncomingSignature& s) {
                return !signer.personalNumber.isEmpty() && s.personalNumber == signer.personalNumber;
            });
        if (signedAlready)
            continue;
        SignatureRow awaiting;
        awaiting.role = signer.role;
        awaiting.name = signer.name;
        awaiting.personalNumber = signer.personalNumber;
        awaiting.check = SignatureCheck::Awaiting;
        awaiting.requiredRole = signer.role;
        result.rows.append(awaiting);
        anyAwaiting = true;
    }
    if (anyMismatch)
        result.state = SignatureState::Mismatch;
    else if (anyAwaiting)
        result.state = SignatureState::Awaiting;
    else if (anyExternal)
        result.state = SignatureState::External;
    else if (!signatures.isEmpty())
        result.state = SignatureState::Valid;
    return result;
}

} // namespace casedesk
