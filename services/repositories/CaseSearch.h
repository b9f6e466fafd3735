#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace casedesk {

class Database;
class SqlDialect;

// The inbox's search box as SQL: a condition on `c.id` (the cases row being listed) that is true
// for the cases whose reference starts with the text, or whose applicant (name, personal
// number), form values or messages hold every word of it as a word prefix ("anders" finds
// "Andersson"). It reads the full-text index of migration 0007 (FTS5 on SQLite, tsvector with
// GIN on PostgreSQL) and the reference's index; never a scan of the cases.
//
// A reference or its start ("CD-2026-0001") is matched as a reference only.
// A personal number in any written form (10 or 12 digits, with or without "-" or "+") is
// searched in its normalised form, as the index stores it.
struct SearchCondition
{
    QString sql; // "c.id IN (...)" (SQLite), "c.id = ANY (ARRAY(...))" (PostgreSQL)
    QVariantList params;
};

// The words of `text` as the index splits them: runs of letters and digits, lower-case. A text
// that is a valid personal number gives its 12 digits as the one word.
QStringList searchWords(const QString& text);

// Nothing when the text is blank.
std::optional<SearchCondition> searchCondition(const QString& text, const SqlDialect& sql);

// Bulk loading (demo data): inside its write transaction a bulk writer defers the per-row
// index maintenance, inserts its cases, fields and messages, then indexes those cases at once
// and ends the deferral before it commits, so that no other transaction ever sees a case
// missing from the index. Needs an administrator, the service or the owner on PostgreSQL.
class SearchIndex
{
public:
    explicit SearchIndex(const Database& db)
        : m_db(db)
    {}

    VoidResult setDeferred(bool deferred) const;
    // Indexes the given cases, which must not be indexed yet (inserted while deferred).
    VoidResult indexNewCases(QList<qint64> caseIds) const;

private:
    const Database& m_db;
};

} // namespace casedesk
