#include "CaseRepository.h"

#include "SettingsRepository.h"
#include "db/Database.h"
#include "intake/PersonalNumber.h"

#include <QStringList>

namespace casedesk {

namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT c.id, c.reference, c.eservice_id, e.name, c.status_id, s.name_sv, s.name_en, s.kind, c.assignee,"
    " a.name, a.personal_number, c.protected_identity, c.submitted_at, c.updated_at, c.closed_at,"
    " c.last_activity_at, c.signature_state, c.needs_action, c.version"
    " FROM cases c JOIN eservices e ON e.id = c.eservice_id JOIN statuses s ON s.id = c.status_id"
    " LEFT JOIN case_applicants a ON a.case_id = c.id");

CaseSummary readSummary(const QSqlQuery& q)
{
    CaseSummary c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.eserviceId = q.value(2).toString();
    c.eserviceName = q.value(3).toString();
    c.statusId = q.value(4).toString();
    c.statusNameSv = q.value(5).toString();
    c.statusNameEn = q.value(6).toString();
    c.statusKind = statusKindFromId(q.value(7).toString()).value_or(StatusKind::Submitted);
    c.assignee = q.value(8).toString();
    c.applicantName = q.value(9).toString();
    c.personalNumber = q.value(10).toString();
    c.protectedIdentity = q.value(11).toBool();
    c.submittedAt = fromSqlTime(q.value(12));
    c.updatedAt = fromSqlTime(q.value(13));
    c.closedAt = fromSqlTime(q.value(14));
    c.lastActivityAt = fromSqlTime(q.value(15));
    c.signatureState = signatureStateFromId(q.value(16).toString());
    c.needsAction = q.value(17).toBool();
    c.version = q.value(18).toInt();
    return c;
}

} // namespace

Result<QString> CaseRepository::nextReference(int year) const
{
    auto prefix =
        SettingsRepository(m_db).value(QStringLiteral("case.reference_prefix"), QStringLiteral("CD"));
    if (!prefix.ok())
        return prefix.error();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO reference_counters (year, last_number) VALUES (?, 1)"
                       " ON CONFLICT (year) DO UPDATE SET last_number = reference_counters.last_number + 1"
                       " RETURNING last_number"),
        {year});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("the reference counter returned nothing"));
    return QStringLiteral("%1-%2-%3")
        .arg(*prefix)
        .arg(year)
        .arg(q->value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

Result<std::optional<QString>> CaseRepository::referenceForExternalId(const QString& source,
                                                                      const QString& externalId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT reference FROM cases WHERE source = ? AND external_id = ?"),
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
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO cases (reference, eservice_id, status_id, source, external_id, applicant_name,"
            " applicant_personal_number, applicant_email, applicant_phone, applicant_street, "
            "applicant_postal_code,"
            " applicant_city, protected_identity, submitted_at, updated_at, last_activity_at, "
            "signature_state,"
            " needs_action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {row.reference, row.eserviceId, row.statusId, row.source, row.externalId, a.name,
         toSqlText(a.personalNumber), toSqlText(a.email), toSqlText(a.phone), toSqlText(a.address.street),
         toSqlText(a.address.postalCode), toSqlText(a.address.city), a.protectedIdentity,
         toSqlTime(row.submittedAt), toSqlTime(now), toSqlTime(now), signatureStateId(row.signatureState),
         true});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("inserting the case returned no id"));
    return q->value(0).toLongLong();
}

Result<std::optional<CaseSummary>> CaseRepository::findSummary(const QString& reference) const
{
    auto q = m_db.exec(kSummarySelect + QStringLiteral(" WHERE c.reference = ?"), {reference});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<CaseSummary>();
    return std::optional<CaseSummary>(readSummary(*q));
}

namespace {

// The SQL expression a sort orders by. NULLs are folded to '' so that the keyset comparison
// (expr, id) < (?, ?) never meets a NULL.
QString sortExpression(CaseSort sort)
{
    switch (sort) {
    case CaseSort::Submitted:
        return QStringLiteral("c.submitted_at");
    case CaseSort::Reference:
        return QStringLiteral("c.reference");
    case CaseSort::EService:
        return QStringLiteral("c.eservice_id");
    case CaseSort::Applicant:
        return QStringLiteral("coalesce(a.name, '')");
    case CaseSort::Status:
        return QStringLiteral("c.status_id");
    case CaseSort::Assignee:
        return QStringLiteral("coalesce(c.assignee, '')");
    case CaseSort::LastActivity:
        return QStringLiteral("c.last_activity_at");
    }
    return QStringLiteral("c.submitted_at");
}

QVariant sortValue(CaseSort sort, const CaseSummary& row)
{
    switch (sort) {
    case CaseSort::Submitted:
        return toSqlTime(row.submittedAt);
    case CaseSort::Reference:
        return row.reference;
    case CaseSort::EService:
        return row.eserviceId;
    case CaseSort::Applicant:
        return row.applicantName;
    case CaseSort::Status:
        return row.statusId;
    case CaseSort::Assignee:
        return row.assignee;
    case CaseSort::LastActivity:
        return toSqlTime(row.lastActivityAt);
    }
    return {};
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// WHERE clauses and their parameters for everything but the cursor.
void buildFilter(const CaseQuery& query, Dialect dialect, QStringList& where, QVariantList& params)
{
    const auto add = [&](const char* clause, const QVariant& value) {
        where << QString::fromLatin1(clause);
        params << value;
    };
    if (!query.eserviceId.isEmpty())
        add("c.eservice_id = ?", query.eserviceId);
    if (!query.statusId.isEmpty())
        add("c.status_id = ?", query.statusId);
    if (query.statusKind)
        add("s.kind = ?", statusKindId(*query.statusKind));
    if (query.openOnly)
        where << QStringLiteral("s.kind <> 'closed'");
    if (query.assignee) {
        if (query.assignee->isEmpty())
            where << QStringLiteral("c.assignee IS NULL");
        else
            add("c.assignee = ?", *query.assignee);
    }
    if (query.needsActionOnly)
        add("c.needs_action = ?", true);
    if (query.submittedFrom.isValid())
        add("c.submitted_at >= ?", toSqlTime(query.submittedFrom));
    if (query.submittedTo.isValid())
        add("c.submitted_at < ?", toSqlTime(query.submittedTo));
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString like = dialect == Dialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        const QString pattern = QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
        // A personal number typed in any of its forms finds the normalised one stored.
        const auto personalNumber = PersonalNumber::normalize(search);
        where << QStringLiteral("(c.reference LIKE ? ESCAPE '\\' OR a.personal_number = ? OR"
                                " a.personal_number LIKE ? ESCAPE '\\' OR a.name %1 ? "
                                "ESCAPE '\\' OR EXISTS (SELECT 1 FROM form_fields f WHERE f.case_id = c.id "
                                "AND f.value_text %1 ? "
                                "ESCAPE '\\'))")
                     .arg(like);
        params << QString(escapeLike(search.toUpper()) + QLatin1Char('%'))
               << (personalNumber.ok() ? *personalNumber : search) << pattern << pattern << pattern;
    }
}

} // namespace

void continueAfter(CaseQuery& query, const CaseSummary& row)
{
    query.afterValue = sortValue(query.sort, row);
    query.afterId = row.id;
}

Result<std::pair<QString, QString>> CaseRepository::origin(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT source, external_id FROM cases WHERE id = ?"), {caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no case with id %1").arg(caseId));
    return std::pair{q->value(0).toString(), q->value(1).toString()};
}

Result<QList<CaseSummary>> CaseRepository::list(const CaseQuery& query) const
{
    QStringList where;
    QVariantList params;
    buildFilter(query, m_db.dialect(), where, params);
    const QString key = sortExpression(query.sort);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (query.hasCursor()) {
        where << QStringLiteral("(%1, c.id) %2 (?, ?)")
                     .arg(key, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        params << query.afterValue << query.afterId;
    }
    QString sql = kSummarySelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT ?").arg(key, direction);
    params << std::clamp(query.limit, 1, 10000);

    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    QList<CaseSummary> result;
    while (q->next())
        result.append(readSummary(*q));
    return result;
}

Result<qint64> CaseRepository::count(const CaseQuery& query) const
{
    QStringList where;
    QVariantList params;
    buildFilter(query, m_db.dialect(), where, params);
    QString sql = QStringLiteral("SELECT count(*) FROM cases c JOIN statuses s ON s.id = c.status_id");
    if (!query.search.trimmed().isEmpty())
        sql += QStringLiteral(" LEFT JOIN case_applicants a ON a.case_id = c.id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
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
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the case was changed by someone else meanwhile"));
    return {};
}

VoidResult CaseRepository::updateStatus(qint64 caseId, int expectedVersion, const QString& statusId,
                                        bool closes, const QDateTime& now) const
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE cases SET status_id = ?, closed_at = ?, updated_at = ?, last_activity_at = ?,"
                       " version = version + 1 WHERE id = ? AND version = ?"),
        {statusId, closes ? toSqlTime(now) : QVariant(QMetaType(QMetaType::QString)), toSqlTime(now),
         toSqlTime(now), caseId, expectedVersion});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the case was changed by someone else meanwhile"));
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
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, to_status_id,"
            " detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {caseId, toSqlTime(event.occurredAt), event.actor, event.kind, toSqlText(event.fromStatusId),
         toSqlText(event.toStatusId), toSqlText(event.detail)});
    if (!q.ok())
        return q.error();
    return {};
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
