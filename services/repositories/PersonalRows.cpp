// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PersonalRows.h"

#include "db/Database.h"

namespace casedesk {

PersonalRows::PersonalRows(const Database& db, const char* table, qint64 caseId, const char* alias)
{
    const QString name = QString::fromLatin1(table);
    const QString as = QString::fromLatin1(alias ? alias : table);
    if (db.sql().hasRolesAndRowSecurity()) {
        from = QStringLiteral("casedesk_read_%1(?) AS %2").arg(name, as);
        params = {caseId};
    } else {
        from = name + QLatin1Char(' ') + as;
    }
}

} // namespace casedesk
