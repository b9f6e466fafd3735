// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QStringList>

namespace casedesk {
class Database;
}

namespace casedesk::test {

// What must hold of a case database whatever happened to the programs writing it (kill -9,
// twenty writers at once): every case is whole (form pages and fields, its "submitted" history
// event, its search index row), nothing refers to a case or message that is not there, the
// view counters equal a count of the cases, references are unique and each year's run from 1
// is gap-free up to its counter, and on SQLite the file passes integrity_check and
// foreign_key_check. Returns one line per problem found; empty when consistent.
QStringList caseStoreProblems(const Database& db);

} // namespace casedesk::test
