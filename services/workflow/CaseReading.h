// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <QJsonObject>

namespace casedesk {

class Database;

// Reading a case for CaseService::open, without the write lock.
struct CaseRead
{
    CaseDetail detail;
    // This person's "case.opened" audit row is less than five minutes old: no new one is due.
    bool openedRecently = false;
};

// SQLite: the summary and every part of the case in one deferred transaction, a snapshot that
// never waits for a writer.
Result<CaseRead> readCaseInSnapshot(const Database& db, const QString& reference);

// PostgreSQL: casedesk_open_case (migration 0012), one statement kept prepared, so one round
// trip (two on a connection's first open). With `markOpened` the database marks the case opened
// after reading it; a failure of that part only fills detail.notMarked.
Result<CaseDetail> openCaseInOneStatement(const Database& db, const QString& reference, bool markOpened);

// PostgreSQL: runs `sql`, a call of casedesk_open_case or of a function that extends its
// document (casedesk_open_case_screen, 0017) with the reference and the mark as its parameters,
// as a kept statement, and returns the document. NotFound when the database returned NULL: no
// such case, or one the caller may not read.
Result<QJsonObject> openCaseDocument(const Database& db, const QString& sql, const QString& reference,
                                     bool markOpened);

// casedesk_open_case's document as a CaseDetail, with the marking's outcome (notMarked, the
// unread count it cleared).
CaseDetail openedCaseFromJson(const QJsonObject& doc);

// The "summary" object of the case documents the database returns (casedesk_read_case,
// casedesk_case_summary).
CaseSummary summaryFromJson(const QJsonObject& summary);

} // namespace casedesk
