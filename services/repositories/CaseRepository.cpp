// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseRepository.h"

#include "DeadlineRepository.h"

#include "CaseContentRows.h"
#include "CaseSearch.h"
#include "JsonRowInsert.h"
#include "SettingsRepository.h"
#include "core/UtcTime.h"
#include "db/Database.h"
#include "domain/InboxColumns.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QStringList>

namespace casedesk {

namespace {

// The summary SELECT as each dialect reads it (listSql puts the page in place of "FROM cases c"),
// from the inbox's field table: every field AS its name.
QString summarySelect(const SqlDialect& sql)
{
    const auto build = [](bool postgres) -> QString {
        QStringList columns;
        for (const SummaryField& field : summaryFields())
            columns << QStringLiteral("%1 AS %2")
                           .arg(QLatin1String(postgres && field.postgresSql ? field.postgresSql : field.sql),
                                QLatin1String(field.name));
        return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
               QStringLiteral(" FROM cases c JOIN eservices e ON e.id = c.eservice_id"
                              " JOIN statuses s ON s.id = c.status_id") +
               QLatin1String(summaryJoins(postgres));
    };
    static const QString sqlite = build(false);
    static const QString postgres = build(true);
    return sql.hasRolesAndRowSecurity() ? postgres : sqlite;
}

// Reads case summaries by the fields' names: where each field is in the result is looked up
// once per statement.
class SummaryReader
{
public:
    explicit SummaryReader(const QSqlQuery& q)
    {
        const QSqlRecord record = q.record();
        for (const SummaryField& field : summaryFields()) {
            const int index = record.indexOf(QLatin1String(field.name));
            Q_ASSERT_X(index >= 0, "SummaryReader", field.name);
            m_index << index;
        }
    }

    CaseSummary read(const QSqlQuery& q) const
    {
        CaseSummary row;
        const QList<SummaryField>& fields = summaryFields();
        for (qsizetype i = 0; i < fields.size(); ++i)
            fields[i].set(row, value(fields[i].kind, q.value(m_index[i])));
        return row;
    }

private:
    static QVariant value(FieldKind kind, const QVariant& raw)
    {
        switch (kind) {
        case FieldKind::Time:
            if (raw.isNull())
                return QDateTime();
            if (raw.metaType().id() != QMetaType::QDateTime) {
                // Epoch milliseconds where the dialect selects them (Qt's driver may hand a
                // bigint over as text); a stored ISO time is no number.
                bool epoch = false;
                const qint64 msecs = raw.toLongLong(&epoch);
                if (epoch)
                    return utcFromMSecsSinceEpoch(msecs);
            }
            return fromSqlTime(raw);
        case FieldKind::Date:
            if (raw.isNull())
                return QDate();
            if (raw.metaType().id() == QMetaType::QDate)
                return raw;
            return QDate::fromString(raw.toString().left(10), Qt::ISODate);
        case FieldKind::Integer:
        case FieldKind::Text:
        case FieldKind::Boolean:
            break;
        }
        return raw;
    }

    QList<int> m_index;
};

} // namespace

Result<QString> CaseRepository::referencePrefix() const
{
    return SettingsRepository(m_db).value(QStringLiteral("case.reference_prefix"), QStringLiteral("CD"));
}

Result<QString> CaseRepository::nextReference(int year) const
{
    auto prefix = referencePrefix();
    if (!prefix.ok())
        return prefix.error();
    return nextReference(year, *prefix);
}

Result<QString> CaseRepository::nextReference(int year, const QString& prefix) const
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO reference_counters (year, last_number) VALUES (?, 1)"
                       " ON CONFLICT (year) DO UPDATE SET last_number = reference_counters.last_number + 1"
                       " RETURNING last_number"),
        {year});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the reference counter returned nothing"));
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(year)
        .arg(q->value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

Result<std::optional<QString>> CaseRepository::referenceForExternalId(const QString& source,
                                                                      const QString& externalId) const
{
    auto q = m_db.run(QStringLiteral("SELECT reference FROM cases WHERE source = ? AND external_id = ?"),
                      {source, externalId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<qint64> CaseRepository::insert(const NewCaseRow& row, const QDateTime& now) const
{
    const Applicant& a = row.applicant;
    QString columns = QStringLiteral(
        "reference, eservice_id, status_id, source, external_id, applicant_name, applicant_personal_number,"
        " applicant_email, applicant_phone, applicant_street, applicant_postal_code, applicant_city,"
        " protected_identity, submitted_at, updated_at, last_activity_at, signature_state, needs_action,"
        " applicant_organisation_number");
    QVariantList values{row.reference,
                        row.eserviceId,
                        row.statusId,
                        row.source,
                        row.externalId,
                        a.name,
                        toSqlText(a.personalNumber),
                        toSqlText(a.email),
                        toSqlText(a.phone),
                        toSqlText(a.address.street),
                        toSqlText(a.address.postalCode),
                        toSqlText(a.address.city),
                        a.protectedIdentity,
                        toSqlTime(row.submittedAt),
                        toSqlTime(now),
                        toSqlTime(now),
                        signatureStateId(row.signatureState),
                        true,
                        toSqlText(a.organisationNumber)};
    // The embedded database's due day, stored with the case (PostgreSQL's trigger sets it): the
    // case is in its first status since it was submitted.
    if (m_db.sql().isEmbedded()) {
        auto due = DeadlineRepository(m_db).dueOn(row.eserviceId, row.statusId, row.submittedAt);
        if (!due.ok())
            return due.error();
        columns += QStringLiteral(", status_since, status_due_on");
        values << toSqlTime(row.submittedAt) << due->toString(Qt::ISODate);
    }
    auto q = m_db.run(
        QStringLiteral("INSERT INTO cases (%1) VALUES (%2)"
                       // Two copies of one submission at once: the second waits for the
                       // first and then stores nothing (rather than failing the
                       // transaction on the unique key).
                       " ON CONFLICT (source, external_id) DO NOTHING RETURNING id")
            .arg(columns, QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
        values);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(
            ErrorCode::Conflict,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "already stored (external id %1)"), {row.externalId}},
            QStringLiteral("externalId"));
    return q->value(0).toLongLong();
}

Result<std::optional<CaseSummary>> CaseRepository::findSummary(const QString& reference) const
{
    auto q = m_db.exec(summarySelect(m_db.sql()) + QStringLiteral(" WHERE c.reference = ?"),
                       {m_db.currentUser(), reference});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<CaseSummary>();
    return std::optional<CaseSummary>(SummaryReader(*q).read(*q));
}

namespace {

// The SQL expression a sort orders by, and a row's value of it as bound (see InboxColumns).
QString sortExpression(CaseSort sort)
{
    return QLatin1String(caseSortKey(sort).sql);
}

QVariant sortValue(CaseSort sort, const CaseSummary& row)
{
    const QVariant key = caseSortKey(sort).keyOf(row);
    return key.typeId() == QMetaType::QDateTime ? toSqlTime(key.toDateTime()) : key;
}

// How the filter holds the search: as its matches, as the walk's test on each case (SQLite),
// or not at all (PostgreSQL's walk tests the cases it read afterwards: listSql).
enum class SearchFilter
{
    Matches,
    Walk,
    None,
};

// How a statement finds the statuses of query.statusKind (the Waiting and Closed views), and
// the open ones (openOnly).
struct KindStatuses
{
    enum Match
    {
        Join,     // through the statuses join (counts)
        Ids,      // their ids, read beforehand (the list on SQLite): `ids`
        Arm,      // the status of a lateral arm, `kinds.id` (the list on PostgreSQL, by submission)
        Subquery, // their ids, read once by the statement (the list on PostgreSQL, other sorts)
    };
    Match match = Join;
    const QStringList* ids = nullptr;
    // The open statuses' ids read once by the statement, so that the page reads no statuses
    // (the list on PostgreSQL): tested in the index entry itself, where a join to statuses cost
    // PostgreSQL a lookup for each of the thousands of closed cases a sort by name passes over.
    bool openByIds = false;
};

// WHERE clauses and their parameters for everything but the cursor.
void buildFilter(const CaseQuery& query, const SqlDialect& sql, QStringList& where, QVariantList& params,
                 const KindStatuses& kind = {}, SearchFilter search = SearchFilter::Matches)
{
    const auto add = [&](const char* clause, const QVariant& value) {
        where << QString::fromLatin1(clause);
        params << value;
    };
    if (!query.eserviceId.isEmpty())
        add("c.eservice_id = ?", query.eserviceId);
    if (!query.statusId.isEmpty())
        add("c.status_id = ?", query.statusId);
    const QStringList* kindIds = kind.match == KindStatuses::Ids ? kind.ids : nullptr;
    if (query.statusKind && kind.match == KindStatuses::Arm) {
        where << QStringLiteral("c.status_id = kinds.id");
    } else if (query.statusKind && kind.match == KindStatuses::Subquery) {
        add("c.status_id = ANY (ARRAY(SELECT id FROM statuses WHERE kind = ?))",
            statusKindId(*query.statusKind));
    } else if (query.statusKind && kindIds && kindIds->size() == 1) {
        add("c.status_id = ?", kindIds->constFirst());
    } else if (query.statusKind && kindIds && kindIds->isEmpty()) {
        where << QStringLiteral("false"); // a kind without statuses matches nothing
    } else if (query.statusKind && kindIds) {
        where << QStringLiteral("c.status_id IN (%1)")
                     .arg(QStringList(kindIds->size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        for (const QString& id : *kindIds)
            params << id;
    } else if (query.statusKind) {
        add("s.kind = ?", statusKindId(*query.statusKind));
    }
    if (query.openOnly && kind.openByIds)
        where << QStringLiteral("c.status_id = ANY (ARRAY(SELECT id FROM statuses WHERE kind <> 'closed'))");
    else if (query.openOnly)
        where << QStringLiteral("s.kind <> 'closed'");
    if (query.assignee) {
        if (query.assignee->isEmpty())
            where << QStringLiteral("c.assignee IS NULL");
        else
            add("c.assignee = ?", *query.assignee);
    }
    if (query.needsActionOnly)
        add("c.needs_action = ?", true);
    // The person's marks, few: the statement reads them first and then their cases by id.
    if (query.markedOnly || query.highPriority) {
        const bool high = query.highPriority.value_or(false);
        const bool others = query.highPriority == false;
        const char* clause =
            high      ? "c.id IN (SELECT m.case_id FROM case_marks m WHERE m.login = ? AND m.high_priority)"
            : !others ? "c.id IN (SELECT m.case_id FROM case_marks m WHERE m.login = ?)"
            : query.markedOnly
                ? "c.id IN (SELECT m.case_id FROM case_marks m WHERE m.login = ? AND NOT m.high_priority)"
                : "c.id NOT IN (SELECT m.case_id FROM case_marks m WHERE m.login = ? AND m.high_priority)";
        add(clause, query.markedBy);
    }
    if (query.submittedFrom.isValid())
        add("c.submitted_at >= ?", toSqlTime(query.submittedFrom));
    if (query.submittedTo.isValid())
        add("c.submitted_at < ?", toSqlTime(query.submittedTo));
    if (query.dueFrom.isValid())
        add("c.status_due_on >= ?", query.dueFrom.toString(Qt::ISODate));
    if (query.dueTo.isValid()) // before 9999-12-31, "no handling time"
        add("c.status_due_on <= ?", std::min(query.dueTo, noDueDate().addDays(-1)).toString(Qt::ISODate));
    if (search == SearchFilter::Matches) {
        if (auto condition = searchCondition(query.search, sql)) {
            where << condition->sql;
            params << condition->params;
        }
    } else if (search == SearchFilter::Walk) {
        if (auto terms = searchTerms(query.search, sql)) {
            const SearchCondition condition = walkCondition(*terms, sql);
            where << condition.sql;
            params << condition.params;
        }
    }
}

} // namespace

void continueAfter(CaseQuery& query, const CaseSummary& row)
{
    query.afterValue = sortValue(query.sort, row);
    query.afterId = row.id;
    query.afterHighPriority = query.highPriorityFirst && !row.highPriority;
}

Result<std::pair<QString, QString>> CaseRepository::origin(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT source, external_id FROM cases WHERE id = ?"), {caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with id %1"), {caseId}});
    return std::pair{q->value(0).toString(), q->value(1).toString()};
}

Result<qint64> CaseRepository::idOf(const QString& reference) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no case %1"), {reference}},
                         QStringLiteral("reference"));
    return q->value(0).toLongLong();
}

std::optional<QStringList> CaseRepository::statusIdsOfKind(StatusKind kind) const
{
    // Kept prepared: on PostgreSQL one round trip (EXECUTE) after the connection's first.
    auto q = m_db.execKept(QStringLiteral("SELECT id FROM statuses WHERE kind = ? ORDER BY id"),
                           {statusKindId(kind)});
    if (!q.ok())
        return std::nullopt;
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    (*q)->finish();
    return ids;
}

CaseQuerySql CaseRepository::listSql(const CaseQuery& query, const SearchRead& read) const
{
    // A status kind (the Waiting and Closed views) as the ids of its statuses, a handful, so
    // that the page is read from cases_status_idx (status_id, submitted_at, id) rather than by
    // walking the submitted-time index and skipping every case of another kind (closed cases are
    // the old ones: at a million cases SQLite's Closed view skipped most of the table, and
    // PostgreSQL's plans did the same). Several ids sorted by submission time: one index range
    // per id, each stopped after the page, merged.
    // PostgreSQL reads the kind's statuses in the same statement, saving a round trip: by
    // submission time one lateral arm per status; by another key (which has no index per status)
    // the ids once, as an InitPlan.
    const bool kindInStatement = query.statusKind && m_db.sql().hasLateralJoinsAndArrays();
    const std::optional<QStringList> resolved =
        query.statusKind && !kindInStatement ? statusIdsOfKind(*query.statusKind) : std::nullopt;
    const QStringList kindIds = resolved.value_or(QStringList());
    const bool lateralArms = kindInStatement && query.sort == CaseSort::Submitted;
    const bool unionOfArms = !lateralArms && kindIds.size() > 1 && query.sort == CaseSort::Submitted;
    KindStatuses kind;
    if (kindInStatement)
        kind.match = lateralArms ? KindStatuses::Arm : KindStatuses::Subquery;
    else if (resolved)
        kind = {KindStatuses::Ids, &kindIds};
    // PostgreSQL's page reads cases alone; SQLite's joins statuses where a clause asks for them.
    kind.openByIds = m_db.sql().hasLateralJoinsAndArrays();
    const QString pageFrom = kind.openByIds
                                 ? QStringLiteral(" FROM cases c")
                                 : QStringLiteral(" FROM cases c JOIN statuses s ON s.id = c.status_id");
    const QString key = sortExpression(query.sort);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const int limit = std::clamp(query.limit, 1, 10000);
    // A walk of a search with words (SearchPlan): SQLite tests each case in the WHERE clause;
    // PostgreSQL, whose index only its functions read, reads a chunk of cases in order and has
    // casedesk_search_filter (0018) keep those that hold the words.
    const std::optional<SearchTerms> terms = searchTerms(query.search, m_db.sql());
    const bool walk = terms && !terms->wordQuery.isEmpty() && read.plan == SearchPlan::WalkOrder;
    const bool walkInChunks = walk && m_db.sql().hasRolesAndRowSecurity();
    const SearchFilter search =
        walkInChunks ? SearchFilter::None : (walk ? SearchFilter::Walk : SearchFilter::Matches);
    // The WHERE clause with the cursor, and its parameters, for the given status ids.
    const auto filter = [&](const KindStatuses& statuses, QVariantList& params) {
        QStringList where;
        buildFilter(query, m_db.sql(), where, params, statuses, search);
        if (query.hasCursor()) {
            where << QStringLiteral("(%1, c.id) %2 (?, ?)")
                         .arg(key, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
            params << query.afterValue << query.afterId;
        }
        return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    };
    // The page first, from cases and statuses alone, so that the planner reads it in index
    // order and stops after `limit` rows (a walk's chunk: `walkChunk` rows); then the page's rows
    // get their e-service, status and applicant.
    // The page's size is written into the statement, not bound: with a bound LIMIT PostgreSQL
    // cannot cost a plan made once for any values (it assumes a tenth of the table) and plans a
    // kept page afresh at every run, a millisecond each; with the number in the text it plans
    // the shape once. A page size is one of a few numbers (the window's, a script's --limit), an
    // int clamped above. A walk's chunk, sized per search, stays bound.
    const int pageRows = walkInChunks ? std::clamp(read.walkChunk, limit, kMaxWalkChunk) : limit;
    const QString pageLimit = walkInChunks ? QStringLiteral("?") : QString::number(pageRows);
    const QString columns =
        walkInChunks ? QStringLiteral("c.id AS id, %1 AS sort_key, c.reference AS reference").arg(key)
                     : QStringLiteral("c.id AS id, %1 AS sort_key").arg(key);
    QString page;
    QVariantList params;
    // One arm: the cases of one status in the page's order, stopped after the page.
    const auto arm = [&](const KindStatuses& statuses, QVariantList& params) {
        QString sql = QStringLiteral("SELECT %1%2%3 ORDER BY %4 %5, c.id %5 LIMIT %6")
                          .arg(columns, pageFrom, filter(statuses, params), key, direction, pageLimit);
        if (walkInChunks)
            params << pageRows;
        return sql;
    };
    const QString armColumns =
        walkInChunks ? QStringLiteral("id, sort_key, reference") : QStringLiteral("id");
    if (lateralArms) {
        params << statusKindId(*query.statusKind);
        page = QStringLiteral("SELECT %1 FROM (SELECT id FROM statuses WHERE kind = ?) kinds"
                              " CROSS JOIN LATERAL (%2) arms ORDER BY arms.sort_key %3, arms.id %3 LIMIT %4")
                   .arg(walkInChunks ? QStringLiteral("arms.id, arms.sort_key, arms.reference")
                                     : QStringLiteral("arms.id"),
                        arm(kind, params), direction, pageLimit);
    } else if (unionOfArms) {
        QStringList unions;
        for (const QString& id : kindIds) {
            const QStringList one{id};
            unions << QStringLiteral("SELECT * FROM (%1) arm%2")
                          .arg(arm({KindStatuses::Ids, &one, kind.openByIds}, params),
                               QString::number(unions.size()));
        }
        page = QStringLiteral("SELECT %1 FROM (%2) arms ORDER BY sort_key %3, id %3 LIMIT %4")
                   .arg(armColumns, unions.join(QStringLiteral(" UNION ALL ")), direction, pageLimit);
    } else {
        page = QStringLiteral("SELECT ") + (walkInChunks ? columns : QStringLiteral("c.id")) + pageFrom +
               filter(kind, params) +
               QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT %3").arg(key, direction, pageLimit);
    }
    if (walkInChunks)
        params << pageRows;
    QString sql = summarySelect(m_db.sql());
    const QString from = QStringLiteral(" FROM cases c ");
    Q_ASSERT(sql.contains(from));
    if (!walkInChunks) {
        sql.replace(sql.indexOf(from), from.size(),
                    QStringLiteral(" FROM (") + page +
                        QStringLiteral(") page JOIN cases c ON c.id = page.id "));
        sql += QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(key, direction);
        params << m_db.currentUser(); // whose marks (summaryJoins)
        return {sql, params};
    }
    // The walk's chunk (`walked`), the cases of it that hold the words or whose reference starts
    // with the text (`hits`, the page's first `limit`), and the chunk's last case when it was read
    // whole (`walk_end`): list() goes on from there when the chunk did not fill the page.
    const QString reference = m_db.sql().byteOrder(QStringLiteral("walked.reference"));
    sql.replace(sql.indexOf(from), from.size(),
                QStringLiteral(", page.walk_end AS walk_end FROM page JOIN cases c ON c.id = page.id "));
    sql.prepend(QStringLiteral(
                    "WITH walked AS MATERIALIZED (%1),"
                    " hits AS (SELECT walked.id, walked.sort_key FROM walked"
                    " WHERE walked.id IN (SELECT f.id FROM casedesk_search_filter(?, ARRAY(SELECT walked.id "
                    "FROM walked)) f(id))"
                    " OR (%2 >= ? AND %2 < ?)),"
                    " page AS ((SELECT hits.id, false AS walk_end FROM hits ORDER BY hits.sort_key %3, "
                    "hits.id %3 LIMIT ?)"
                    " UNION ALL (SELECT walked.id, true FROM walked ORDER BY walked.sort_key %3, walked.id %3"
                    " OFFSET ? LIMIT 1)) ")
                    .arg(page, reference, direction));
    params << terms->wordQuery << terms->referencePrefix << terms->referenceEnd << limit << pageRows - 1;
    params << m_db.currentUser(); // whose marks (summaryJoins)
    sql += QStringLiteral(" ORDER BY page.walk_end, %1 %2, c.id %2").arg(key, direction);
    return {sql, params};
}

namespace {

// Whether a count of this query stays prepared on a PostgreSQL connection (Database::execKept):
// one round trip instead of PREPARE, EXECUTE and DEALLOCATE. The text of a count is the same for
// every query of one shape (filters, cursor); the values are bound. After five runs PostgreSQL
// may plan a kept statement once for any values. That plan is the same for the inbox's filters
// (equalities), but a count of a search or a time range is planned with its values every time.
// List statements are all kept: their plan is the sort index's walk whatever the values, and a
// search's words reach the index only through functions the planner cannot see into.
bool keptOnPostgres(const CaseQuery& query)
{
    return query.search.trimmed().isEmpty();
}

} // namespace

Result<SearchRead> CaseRepository::searchRead(const CaseQuery& query) const
{
    if (m_searchRead)
        return *m_searchRead;
    const std::optional<SearchTerms> terms = searchTerms(query.search, m_db.sql());
    if (!terms || terms->wordQuery.isEmpty())
        return SearchRead{};
    const int limit = std::clamp(query.limit, 1, 10000);
    auto estimate = SearchIndex(m_db).estimate(terms->wordQuery, limit);
    if (!estimate.ok())
        return estimate.error();
    return SearchRead{cheaperSearchPlan(*estimate, limit), walkChunk(*estimate, limit)};
}

Result<QList<CaseSummary>> CaseRepository::readPage(const CaseQuerySql& statement,
                                                    std::optional<CaseSummary>* walkEnd) const
{
    QList<CaseSummary> result;
    const auto read = [&](QSqlQuery& q) {
        const SummaryReader reader(q);
        const int walkEndColumn = walkEnd ? q.record().indexOf(QStringLiteral("walk_end")) : -1;
        while (q.next()) {
            if (walkEndColumn >= 0 && q.value(walkEndColumn).toBool())
                *walkEnd = reader.read(q);
            else
                result.append(reader.read(q));
        }
    };
    if (m_db.sql().prefersKeptStatements()) {
        auto q = m_db.execKept(statement.sql, statement.params);
        if (!q.ok())
            return q.error();
        read(**q);
        (*q)->finish();
        return result;
    }
    auto q = m_db.exec(statement.sql, statement.params);
    if (!q.ok())
        return q.error();
    read(q.value());
    return result;
}

Result<QList<CaseSummary>> CaseRepository::list(const CaseQuery& query) const
{
    if (!query.highPriorityFirst || query.highPriority)
        return listPart(query);
    // The high-priority cases, then the others: each part its own statement, so that each reads
    // an index (the marks, or the sort's) rather than sorting every case by a joined mark.
    const int limit = std::clamp(query.limit, 1, 10000);
    QList<CaseSummary> rows;
    if (!query.afterHighPriority) {
        CaseQuery high = query;
        high.highPriority = true;
        auto first = listPart(high);
        if (!first.ok())
            return first.error();
        rows = *first;
        if (rows.size() >= limit)
            return rows;
    }
    CaseQuery others = query;
    others.highPriority = false;
    others.limit = limit - int(rows.size());
    if (!query.afterHighPriority) { // the others from their first
        others.afterValue = QVariant();
        others.afterId = 0;
    }
    auto rest = listPart(others);
    if (!rest.ok())
        return rest.error();
    rows << *rest;
    return rows;
}

Result<QList<CaseSummary>> CaseRepository::listPart(const CaseQuery& query) const
{
    auto read = searchRead(query);
    if (!read.ok())
        return read.error();
    if (read->plan != SearchPlan::WalkOrder || !m_db.sql().hasRolesAndRowSecurity())
        return readPage(listSql(query, *read));
    // PostgreSQL's walk, a chunk per statement until the page is full or the cases run out;
    // each further chunk twice the last (the words are rarer than estimated among these cases).
    const int limit = std::clamp(query.limit, 1, 10000);
    QList<CaseSummary> result;
    CaseQuery rest = query;
    SearchRead chunk = *read;
    for (;;) {
        rest.limit = limit - int(result.size());
        std::optional<CaseSummary> walkEnd;
        auto rows = readPage(listSql(rest, chunk), &walkEnd);
        if (!rows.ok())
            return rows.error();
        result << *rows;
        if (result.size() >= limit || !walkEnd)
            return result;
        continueAfter(rest, *walkEnd);
        chunk.walkChunk = std::min(chunk.walkChunk * 2, kMaxWalkChunk);
    }
}

bool CaseRepository::countedByCounters(const CaseQuery& query)
{
    return query.search.trimmed().isEmpty() && !query.submittedFrom.isValid() &&
           !query.submittedTo.isValid() && !query.dueFrom.isValid() && !query.dueTo.isValid() &&
           !query.markedOnly && !query.highPriority;
}

bool CaseRepository::countedByDueCounters(const CaseQuery& query)
{
    return (query.dueFrom.isValid() || query.dueTo.isValid()) && query.search.trimmed().isEmpty() &&
           !query.submittedFrom.isValid() && !query.submittedTo.isValid() && query.statusId.isEmpty() &&
           !query.statusKind && !query.openOnly && !query.assignee && !query.needsActionOnly &&
           !query.markedOnly && !query.highPriority;
}

namespace {

// The filters of a counter-backed query, on case_counts k (see 0007: '' is "unassigned").
void buildCounterFilter(const CaseQuery& query, QStringList& where, QVariantList& params)
{
    const auto add = [&](const char* clause, const QVariant& value) {
        where << QString::fromLatin1(clause);
        params << value;
    };
    if (!query.eserviceId.isEmpty())
        add("k.eservice_id = ?", query.eserviceId);
    if (!query.statusId.isEmpty())
        add("k.status_id = ?", query.statusId);
    if (query.statusKind)
        add("s.kind = ?", statusKindId(*query.statusKind));
    if (query.openOnly)
        where << QStringLiteral("s.kind <> 'closed'");
    if (query.assignee) {
        if (query.assignee->isEmpty())
            where << QStringLiteral("k.assignee = ''"); // unassigned, as the counters store it
        else
            add("k.assignee = ?", *query.assignee);
    }
    if (query.needsActionOnly)
        add("k.needs_action = ?", true);
}

} // namespace

CaseQuerySql CaseRepository::countSql(const CaseQuery& query) const
{
    QStringList where;
    QVariantList params;
    QString sql;
    if (countedByCounters(query)) {
        buildCounterFilter(query, where, params);
        sql = QStringLiteral(
            "SELECT coalesce(sum(k.n), 0) FROM case_counts k JOIN statuses s ON s.id = k.status_id");
    } else if (countedByDueCounters(query)) {
        // As buildFilter's due-day clauses, on the counters' days.
        sql = QStringLiteral("SELECT coalesce(sum(d.n), 0) FROM case_due_counts d");
        if (query.dueFrom.isValid()) {
            where << QStringLiteral("d.due_on >= ?");
            params << query.dueFrom.toString(Qt::ISODate);
        }
        if (query.dueTo.isValid()) {
            where << QStringLiteral("d.due_on <= ?");
            params << std::min(query.dueTo, noDueDate().addDays(-1)).toString(Qt::ISODate);
        }
        if (!query.eserviceId.isEmpty()) {
            where << QStringLiteral("d.eservice_id = ?");
            params << query.eserviceId;
        }
    } else {
        buildFilter(query, m_db.sql(), where, params);
        // Statuses only when a clause asks for their kind: without them a due-day count (the
        // Overdue view) reads its index alone, never the cases' rows.
        sql = query.statusKind || query.openOnly
                  ? QStringLiteral("SELECT count(*) FROM cases c JOIN statuses s ON s.id = c.status_id")
                  : QStringLiteral("SELECT count(*) FROM cases c");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return {sql, params};
}

Result<qint64> CaseRepository::count(const CaseQuery& query) const
{
    auto counted = counts({query});
    if (!counted.ok())
        return counted.error();
    return counted->value(0);
}

Result<QList<qint64>> CaseRepository::counts(const QList<CaseQuery>& queries) const
{
    if (queries.isEmpty())
        return QList<qint64>();
    // SELECT (count 1), (count 2), ...: each count a scalar subquery, all in one statement.
    QStringList columns;
    QVariantList params;
    bool kept = m_db.sql().prefersKeptStatements();
    for (const CaseQuery& query : queries) {
        const CaseQuerySql statement = countSql(query);
        columns << QLatin1Char('(') + statement.sql + QLatin1Char(')');
        params << statement.params;
        kept = kept && keptOnPostgres(query);
    }
    const QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
    QList<qint64> result;
    const auto read = [&](QSqlQuery& q) {
        if (q.next())
            for (int i = 0; i < queries.size(); ++i)
                result << q.value(i).toLongLong();
    };
    if (kept) {
        auto q = m_db.execKept(sql, params);
        if (!q.ok())
            return q.error();
        read(**q);
        (*q)->finish();
    } else {
        auto q = m_db.exec(sql, params);
        if (!q.ok())
            return q.error();
        read(q.value());
    }
    if (result.size() != queries.size())
        return makeError(ErrorCode::Internal,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "counting cases returned no row"));
    return result;
}

Result<CaseCount> CaseRepository::quickCount(const CaseQuery& query) const
{
    if (countedByCounters(query) || countedByDueCounters(query)) {
        auto exact = count(query);
        if (!exact.ok())
            return exact.error();
        return CaseCount{*exact, true};
    }
    CaseQuerySql statement = countSql(query);
    statement.sql.replace(QStringLiteral("SELECT count(*) FROM"),
                          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM"));
    statement.sql += QStringLiteral(" LIMIT ?) limited");
    statement.params << kCountLimit + 1;
    auto q = m_db.exec(statement.sql, statement.params);
    if (!q.ok())
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    if (n > kCountLimit)
        return CaseCount{kCountLimit, false};
    return CaseCount{n, true};
}

Result<QString> CaseRepository::explain(const CaseQuery& query, const SearchRead& read) const
{
    return explainSql(listSql(query, read));
}

Result<QString> CaseRepository::explainCount(const CaseQuery& query) const
{
    return explainSql(countSql(query));
}

Result<QString> CaseRepository::explainSql(const CaseQuerySql& statement) const
{
    QStringList lines;
    if (m_db.sql().isEmbedded()) {
        auto q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.params);
        if (!q.ok())
            return q.error();
        // Rows: id, parent, notused, detail; indent each step under its parent.
        QHash<int, int> depth;
        while (q->next()) {
            const int level = depth.value(q->value(1).toInt(), -1) + 1;
            depth.insert(q->value(0).toInt(), level);
            lines << QString(level * 2, QLatin1Char(' ')) + q->value(3).toString();
        }
        return lines.join(QLatin1Char('\n'));
    }
    // PostgreSQL cannot PREPARE an EXPLAIN, which is how Qt runs statements with parameters: the
    // values go in as literals quoted by the driver (libpq's escaping). This gives the plan
    // the application's own statements get when they are planned with their values: searches
    // every time, the kept inbox statements for their first five runs (see keptOnPostgres).
    QString sql;
    qsizetype next = 0;
    bool quoted = false;
    const QSqlDriver* driver = m_db.connection().driver();
    for (const QChar ch : statement.sql) {
        if (ch == QLatin1Char('\''))
            quoted = !quoted;
        if (ch != QLatin1Char('?') || quoted) {
            sql += ch;
            continue;
        }
        if (next >= statement.params.size())
            return makeError(ErrorCode::Internal,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "explain: too few parameters"));
        const QVariant& value = statement.params.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        sql += driver->formatValue(field);
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN ") + sql))
        return sqlError(q, QT_TRANSLATE_NOOP("casedesk::Errors", "explaining a case query"));
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

Result<QStringList> CaseRepository::assignees() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT DISTINCT assignee FROM cases WHERE assignee IS NOT NULL ORDER BY assignee"));
    if (!q.ok())
        return q.error();
    QStringList result;
    while (q->next())
        result << q->value(0).toString();
    return result;
}

Result<bool> CaseRepository::lockForChange(qint64 caseId) const
{
    if (!m_db.sql().locksRows())
        return false;
    auto q = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE id = ? FOR UPDATE"), {caseId});
    if (!q.ok())
        return q.error();
    return true;
}

VoidResult CaseRepository::setAssignee(qint64 caseId, int expectedVersion, const QString& assignee,
                                       const QDateTime& now) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE cases SET assignee = ?, updated_at = ?, version = version + 1"
                                      " WHERE id = ? AND version = ?"),
                       {assignee.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(assignee),
                        toSqlTime(now), caseId, expectedVersion});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("casedesk::Errors", "the case was changed by someone else meanwhile"));
    return {};
}

VoidResult CaseRepository::updateStatus(qint64 caseId, int expectedVersion, const QString& statusId,
                                        bool closes, const QDateTime& now) const
{
    // The embedded database stores the due day in the new status with the move (PostgreSQL's
    // trigger counts it); a caseworker there may not write either column.
    QString entered;
    QVariantList dueValues;
    if (m_db.sql().isEmbedded()) {
        auto due = DeadlineRepository(m_db).dueOnEntering(caseId, statusId, now);
        if (!due.ok())
            return due.error();
        entered = QStringLiteral(", status_since = ?, status_due_on = ?");
        dueValues << toSqlTime(now) << due->toString(Qt::ISODate);
    }
    auto q = m_db.exec(
        QStringLiteral("UPDATE cases SET status_id = ?, closed_at = ?, updated_at = ?, last_activity_at = ?,"
                       " version = version + 1%1 WHERE id = ? AND version = ?")
            .arg(entered),
        QVariantList{statusId, closes ? toSqlTime(now) : QVariant(QMetaType(QMetaType::QString)),
                     toSqlTime(now), toSqlTime(now)} +
            dueValues + QVariantList{caseId, expectedVersion});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("casedesk::Errors", "the case was changed by someone else meanwhile"));
    return {};
}

VoidResult CaseRepository::setNeedsAction(qint64 caseId, bool needsAction) const
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE cases SET needs_action = ? WHERE id = ?"), {needsAction, caseId});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult CaseRepository::addEvent(qint64 caseId, const EventRow& event) const
{
    auto q = m_db.run(
        QStringLiteral(
            "INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id,"
            " detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {caseId, toSqlTime(event.occurredAt), event.actor, event.kind, toSqlText(event.fromStatusId),
         toSqlText(event.toStatusId), toSqlText(event.detail)});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult CaseRepository::addEvents(qint64 caseId, const QList<EventRow>& events) const
{
    return insertCaseJsonRows(m_db, "case_events", caseId, kEventColumns, eventRows(events));
}

Result<QList<EventRow>> CaseRepository::events(qint64 caseId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, occurred_at, actor, kind, from_status_id, to_status_id, detail"
                                 " FROM case_events WHERE case_id = ? ORDER BY occurred_at, id"),
                  {caseId});
    if (!q.ok())
        return q.error();
    QList<EventRow> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), fromSqlTime(q->value(1)), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                       q->value(6).toString()});
    return result;
}

} // namespace casedesk
