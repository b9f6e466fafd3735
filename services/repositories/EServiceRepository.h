// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <QStringList>

namespace casedesk {

class Database;

class EServiceRepository
{
public:
    explicit EServiceRepository(const Database& db)
        : m_db(db)
    {}

    Result<std::optional<EService>> find(const QString& id) const;
    Result<QList<EService>> list() const;
    // Creates the e-service on first intake, by id and name; an existing one keeps its name and
    // settings. The functional mailbox is set by administrators only (setMailbox).
    Result<EService> ensure(const QString& id, const QString& name) const;
    VoidResult setRetention(const QString& id, std::optional<int> days) const;
    VoidResult setMailbox(const QString& id, const QString& mailbox) const;
    VoidResult setLanguage(const QString& id, const QString& language) const;
    // The attachment types it accepts (FileTypes ids); empty: back to the default list. On
    // PostgreSQL only administrators may (a trigger refuses everyone else).
    VoidResult setAllowedFileTypes(const QString& id, const QStringList& typeIds) const;
    // Look up every new case's people in Navet (a waiting request written at intake, 0026).
    VoidResult setNavetAtIntake(const QString& id, bool on) const;
    VoidResult setArchiveBeforePurge(const QString& id, bool on) const;
    // Name, mailbox, language and retention together (the administrator's dialog).
    VoidResult update(const EService& e) const;

private:
    VoidResult updateOne(const QString& sql, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace casedesk
