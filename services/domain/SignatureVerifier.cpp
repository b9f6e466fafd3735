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
        SignatureRow row{signature.role,     signature.name,     signature.personalNumber,
                         signature.signedAt, signature.provider, SignatureCheck::Valid};
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
        result.rows.append({signer.role, signer.name, signer.personalNumber, QDateTime(), QString(),
                            SignatureCheck::Awaiting});
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
