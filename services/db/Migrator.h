// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk {

class Database;

struct SchemaState
{
    int current = 0;   // 0: empty database
    int supported = 0; // the newest migration this program carries
};

// Applies the numbered migrations from resources/sql/<dialect>/NNNN_name.sql, each in one
// transaction together with its schema_version row.
class Migrator
{
public:
    explicit Migrator(const Database& db);

    Result<SchemaState> state() const;
    // Creates or upgrades; idempotent. Refuses a database newer than this program.
    Result<SchemaState> migrate() const;
    // For programs that only use the database: ok when the schema is exactly the one we know.
    VoidResult requireCurrent() const;

private:
    const Database& m_db;
};

} // namespace casedesk
