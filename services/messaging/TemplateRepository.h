// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <optional>

namespace casedesk {

class Database;

// SQL for message templates, mail template overrides, decision outcomes and announcements.
class TemplateRepository
{
public:
    explicit TemplateRepository(const Database& db)
        : m_db(db)
    {}

    Result<QList<MessageTemplate>> messageTemplates(const QString& eserviceId) const;
    VoidResult upsertMessageTemplate(const MessageTemplate& t, const QDateTime& now) const;
    Result<bool> deleteMessageTemplate(const QString& eserviceId, const QString& name) const;

    Result<std::optional<MailTemplate>> mailOverride(const QString& eserviceId, const QString& kindId,
                                                     const QString& language) const;
    VoidResult upsertMailOverride(const MailTemplate& t, const QDateTime& now) const;
    Result<bool> deleteMailOverride(const QString& eserviceId, const QString& kindId,
                                    const QString& language) const;

    // Rows of the e-service (ownOnly) or, without own rows, the built-in list (eservice_id NULL).
    Result<QList<DecisionOutcome>> outcomes(const QString& eserviceId, bool ownOnly) const;
    VoidResult insertOutcome(const DecisionOutcome& outcome) const;
    Result<bool> updateOutcome(const DecisionOutcome& outcome) const; // false: no such row

    Result<bool> eserviceExists(const QString& eserviceId) const;
    Result<QString> eserviceName(const QString& eserviceId) const;
    Result<bool> announcesClosed(const QString& eserviceId) const;
    Result<bool> setAnnouncesClosed(const QString& eserviceId, bool announce) const;

private:
    const Database& m_db;
};

} // namespace casedesk
