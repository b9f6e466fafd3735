// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessagingTypes.h"

namespace casedesk {

namespace {

struct KindName
{
    MailKind kind;
    const char* id;
};

constexpr KindName KindNames[] = {
    {MailKind::Confirmation, "confirmation"},
    {MailKind::FunctionalMailbox, "functional_mailbox"},
    {MailKind::NewMessage, "new_message"},
    {MailKind::SupplementRequested, "supplement_requested"},
    {MailKind::DecisionAvailable, "decision_available"},
    {MailKind::CaseClosed, "case_closed"},
};

} // namespace

QString mailKindId(MailKind kind)
{
    for (const KindName& k : KindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    return {};
}

std::optional<MailKind> mailKindFromId(const QString& id)
{
    for (const KindName& k : KindNames)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QList<MailKind> allMailKinds()
{
    QList<MailKind> kinds;
    for (const KindName& k : KindNames)
        kinds << k.kind;
    return kinds;
}

} // namespace casedesk
