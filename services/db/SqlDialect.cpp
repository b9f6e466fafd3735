// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace casedesk {

std::unique_ptr<SqlDialect> SqlDialect::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite:
        return std::make_unique<SqliteDialect>();
    case Dialect::Postgres:
        return std::make_unique<PostgresDialect>();
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace casedesk
