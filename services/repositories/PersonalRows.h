// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>
#include <QVariantList>

namespace casedesk {

class Database;

// Where a query reads one case's rows of a table that holds personal data (form_fields,
// case_parties, signatures, attachments' contents, messages, notes, supplement_requests,
// decisions). On PostgreSQL people may not read those columns directly: the rows come from
// casedesk_read_<table>(case), which checks access and writes the database's own audit row
// (migration 0011). On SQLite it is the table itself. Use as
//   const PersonalRows rows(db, "messages", caseId);
//   db.exec("SELECT ... FROM " + rows.from + " WHERE case_id = ?", rows.params + {caseId});
// (the source is aliased to the table's name, or to `alias`, so column references stay as they
// were).
struct PersonalRows
{
    PersonalRows(const Database& db, const char* table, qint64 caseId, const char* alias = nullptr);

    QString from;
    QVariantList params; // goes before the query's own parameters
};

} // namespace casedesk
