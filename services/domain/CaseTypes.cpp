// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseTypes.h"

#include <array>
#include <utility>

namespace casedesk {

namespace {

constexpr std::array<std::pair<StatusKind, const char*>, 5> kStatusKinds{
    {{StatusKind::Submitted, "submitted"},
     {StatusKind::Registered, "registered"},
     {StatusKind::InProgress, "in_progress"},
     {StatusKind::Waiting, "waiting"},
     {StatusKind::Closed, "closed"}}};

constexpr std::array<std::pair<SignatureState, const char*>, 5> kSignatureStates{
    {{SignatureState::None, "none"},
     {SignatureState::Valid, "valid"},
     {SignatureState::Mismatch, "mismatch"},
     {SignatureState::External, "external"},
     {SignatureState::Awaiting, "awaiting"}}};

} // namespace

QString statusKindId(StatusKind kind)
{
    for (const auto& [k, id] : kStatusKinds)
        if (k == kind)
            return QString::fromLatin1(id);
    return {};
}

std::optional<StatusKind> statusKindFromId(const QString& id)
{
    for (const auto& [k, text] : kStatusKinds)
        if (id == QLatin1String(text))
            return k;
    return std::nullopt;
}

QString signatureStateId(SignatureState state)
{
    for (const auto& [s, id] : kSignatureStates)
        if (s == state)
            return QString::fromLatin1(id);
    return {};
}

SignatureState signatureStateFromId(const QString& id)
{
    for (const auto& [s, text] : kSignatureStates)
        if (id == QLatin1String(text))
            return s;
    return SignatureState::None;
}

QString signatureCheckId(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid:
        return QStringLiteral("valid");
    case SignatureCheck::Mismatch:
        return QStringLiteral("mismatch");
    case SignatureCheck::SignedInOpenEPlatform:
        return QStringLiteral("signed_in_open_eplatform");
    case SignatureCheck::Awaiting:
        return QStringLiteral("awaiting");
    }
    return {};
}

void markRegisteredGuardians(QList<SignatureRow>& rows, const QList<RegisterEntry>& entries)
{
    QStringList guardians;
    bool anyGuardians = false;
    for (const RegisterEntry& entry : entries)
        for (const NavetRelation& relation : entry.person.relations)
            if (relation.type == NavetRelationType::Guardian) {
                anyGuardians = true;
                if (!relation.personalNumber.isEmpty())
                    guardians << relation.personalNumber;
            }
    for (SignatureRow& row : rows) {
        row.registeredGuardian.reset();
        if (anyGuardians && row.signsAsGuardian() && !row.personalNumber.isEmpty())
            row.registeredGuardian = guardians.contains(row.personalNumber);
    }
}

} // namespace casedesk
