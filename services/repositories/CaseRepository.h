// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/CaseQuery.h"
#include "domain/CaseTypes.h"
#include "repositories/CaseSearch.h"

#include <QVariantList>

#include <optional>
#include <utility>

namespace casedesk {

class Database;

// A count for the sidebar and the status bar. `exact` is false when counting exactly would have
// read too many rows: `value` is then a lower bound ("more than 10,000").
struct CaseCount
{
    qint64 value = 0;
    bool exact = true;
};

// The statement and parameters of a query, for plans and benchmarks.
struct CaseQuerySql
{
    QString sql;
    QVariantList params;
};

struct NewCaseRow
{
    QString reference;
    QString eserviceId;
    QString statusId;
    QString source;
    QString externalId;
    Applicant applicant;
    QDateTime submittedAt;
    SignatureState signatureState = SignatureState::None;
};

class CaseRepository
{
public:
    explicit CaseRepository(const Database& db)
        : m_db(db)
    {}

    // The next free reference for the year, e.g. CD-2026-000123. Call inside the transaction
    // that inserts the case: the counter row serialises concurrent intakes.
    Result<QString> nextReference(int year) const;
    // The same with the prefix (setting case.reference_prefix) read beforehand: a batch of
    // submissions reads it once.
    Result<QString> nextReference(int year, const QString& prefix) const;
    Result<QString> referencePrefix() const;
    Result<std::optional<QString>> referenceForExternalId(const QString& source,
                                                          const QString& externalId) const;
    Result<qint64> insert(const NewCaseRow& row, const QDateTime& now) const;

    Result<std::optional<CaseSummary>> findSummary(const QString& reference) const;
    // Where the case came from: its source ("casedesk", "oep", "demo") and external id.
    Result<std::pair<QString, QString>> origin(qint64 caseId) const;
    // The id of the case `reference`; NotFound (field "reference") for none, or one the caller
    // may not read (PostgreSQL shows them none).
    Result<qint64> idOf(const QString& reference) const;
    // One page. On PostgreSQL a page is a statement the connection keeps prepared: one round
    // trip once the connection has listed a page of that shape; a search with words asks the
    // index first how common they are (SearchIndex::estimate), one more.
    Result<QList<CaseSummary>> list(const CaseQuery& query) const;
    // How list() reads the pages of a search with words, instead of choosing by the estimate:
    // for tests and benchmarks, which compare the plans.
    void readSearchesWith(std::optional<SearchRead> read) { m_searchRead = read; }
    // How many cases match, ignoring the cursor and limit. Exact. Read from the maintained
    // counters (case_counts) when the query filters by nothing but e-service, status, status
    // kind, open, assignee and needs action (every saved view); otherwise counted row by row.
    // On PostgreSQL it counts what the caller may read: the cases of readable e-services,
    // protected identities included (their rows are visible as "Skyddad identitet").
    Result<qint64> count(const CaseQuery& query) const;
    // count() of several queries in one statement (one round trip for the sidebar's views).
    Result<QList<qint64>> counts(const QList<CaseQuery>& queries) const;
    // Like count(), but never reads more than kCountLimit rows: beyond that the result is
    // {kCountLimit, exact = false}. Counter-backed queries are always exact.
    static constexpr qint64 kCountLimit = 10'000;
    Result<CaseCount> quickCount(const CaseQuery& query) const;
    // Whether count() answers `query` from the counters.
    static bool countedByCounters(const CaseQuery& query);
    // Whether its count is the sum of the due-day counters (case_due_counts, 0036): a range of
    // due days (the Overdue and Due soon views), at most with an e-service.
    static bool countedByDueCounters(const CaseQuery& query);
    // The statement list() runs for `query`, and the database's plan for it (SQLite: EXPLAIN
    // QUERY PLAN, one line per step; PostgreSQL: EXPLAIN).
    CaseQuerySql listSql(const CaseQuery& query, const SearchRead& read = {}) const;
    Result<QString> explain(const CaseQuery& query, const SearchRead& read = {}) const;
    // The same for the statement count() runs.
    CaseQuerySql countSql(const CaseQuery& query) const;
    Result<QString> explainCount(const CaseQuery& query) const;
    // Everyone who has cases assigned, for the assignee filter.
    Result<QStringList> assignees() const;
    VoidResult setAssignee(qint64 caseId, int expectedVersion, const QString& assignee,
                           const QDateTime& now) const;

    // Waits for and holds the case row's lock until the transaction ends, so that what is read
    // next is what this transaction changes. True when it took a lock (PostgreSQL); false on
    // SQLite, whose writing transaction holds the whole file from its start.
    Result<bool> lockForChange(qint64 caseId) const;
    // Optimistic lock: changes only when the case still has `expectedVersion`; Conflict otherwise.
    VoidResult updateStatus(qint64 caseId, int expectedVersion, const QString& statusId, bool closes,
                            const QDateTime& now) const;
    VoidResult setNeedsAction(qint64 caseId, bool needsAction) const;

    VoidResult addEvent(qint64 caseId, const EventRow& event) const;
    // Several events of one case with one statement (intake: the submission and its renamed files).
    VoidResult addEvents(qint64 caseId, const QList<EventRow>& events) const;
    Result<QList<EventRow>> events(qint64 caseId) const;

private:
    Result<QString> explainSql(const CaseQuerySql& statement) const;
    // The ids of the statuses of one kind; nullopt when they could not be read (the list then
    // matches the kind through the statuses join instead).
    std::optional<QStringList> statusIdsOfKind(StatusKind kind) const;
    // The plan for a search's page: the forced one, or the cheaper by the index's estimate.
    Result<SearchRead> searchRead(const CaseQuery& query) const;
    // One part of list(): the cases of `query` without its high-priority-first split.
    Result<QList<CaseSummary>> listPart(const CaseQuery& query) const;
    // Runs a list statement. `walkEnd`: where a walking statement stopped (its last case read),
    // when it read a whole chunk.
    Result<QList<CaseSummary>> readPage(const CaseQuerySql& statement,
                                        std::optional<CaseSummary>* walkEnd = nullptr) const;

    const Database& m_db;
    std::optional<SearchRead> m_searchRead;
};

} // namespace casedesk
