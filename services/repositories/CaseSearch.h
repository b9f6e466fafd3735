// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
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

// The search text as the statements read it.
struct SearchTerms
{
    // The reference prefix as typed (upper case) and the first text after every text it starts.
    QString referencePrefix;
    QString referenceEnd;
    // The dialect's full-text query of the words (fullTextQuery); empty when the text is read as
    // a reference only.
    QString wordQuery;
};

// How a page of a search with words is read. A word that few cases hold is best read from the
// index: its cases, then the page sorted from them. A word that thousands hold (a common surname,
// "komplettering") would read and sort every one of them for a page of 200: instead the cases are
// walked in the page's order, each tested against the words, until the page is full.
enum class SearchPlan
{
    ReadMatches,
    WalkOrder,
};

// How a list reads a search's pages: the plan, and for PostgreSQL's walk how many cases one
// statement reads.
struct SearchRead
{
    SearchPlan plan = SearchPlan::ReadMatches;
    int walkChunk = 0;
};

// What the index says of a word query before it is run (SearchIndex::estimate).
struct SearchEstimate
{
    qint64 matches = 0; // cases that hold the words (PostgreSQL: the planner's estimate)
    qint64 cases = 0;   // cases in the index
};

// The cheaper plan for a page of `limit` rows. Walking tests about limit × cases / matches cases;
// reading the matches reads `matches` cases and sorts them, and reading one costs about twice as
// much as testing one (measured at 1,000,000 cases on both dialects). Walk when
// matches² > limit × cases / 2.
SearchPlan cheaperSearchPlan(const SearchEstimate& estimate, int limit);
// The number of matches from which walking is cheaper: where counting can stop (SQLite).
qint64 walkingMatches(qint64 cases, int limit);
// How many cases one walking statement reads on PostgreSQL: the page at the estimated rate, and
// a quarter more so that a page rarely needs a second statement; at most kMaxWalkChunk.
inline constexpr int kMaxWalkChunk = 100'000;
int walkChunk(const SearchEstimate& estimate, int limit);

// The words of `text` as the index splits them: runs of letters and digits, lower-case. A text
// that is a valid personal number gives its 12 digits as the one word.
QStringList searchWords(const QString& text);

// Nothing when the text is blank.
std::optional<SearchTerms> searchTerms(const QString& text, const SqlDialect& sql);

// The condition that reads the matches: the cases of the reference prefix and of the words,
// looked up by id. Nothing when the text is blank.
std::optional<SearchCondition> searchCondition(const QString& text, const SqlDialect& sql);

// The condition a walk tests on each case (SQLite, which has no row-level security): the
// reference prefix, or the words' cases as a set built once per statement ("+c.id": not as the
// table's index, so that the cases are read in the sort index's order).
SearchCondition walkCondition(const SearchTerms& terms, const SqlDialect& sql);

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

    // How many cases hold the words of `wordQuery` (SearchTerms::wordQuery) against how many
    // there are, to choose a SearchPlan for pages of `limit` rows. SQLite counts, and stops at
    // walkingMatches(); PostgreSQL asks the planner through casedesk_search_estimate (0018),
    // which costs a planning, not a search.
    Result<SearchEstimate> estimate(const QString& wordQuery, int limit) const;

    VoidResult setDeferred(bool deferred) const;
    // Indexes the given cases, which must not be indexed yet (inserted while deferred).
    VoidResult indexNewCases(QList<qint64> caseIds) const;

private:
    const Database& m_db;
};

} // namespace casedesk
