// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxColumns.h"

#include "deadlines/StatusDeadline.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <string>

namespace casedesk {

namespace {

// Times in the JSON as the cursor compares them: UTC with milliseconds.
QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A text sort key that is never NULL: the sort expressions fold NULL to '', and a null QString
// would be bound as NULL, which compares as unknown and would end the listing.
QVariant textKey(const QString& text)
{
    return text.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The applicant as the inbox reads it. PostgreSQL: from the case row itself,
// applicant_sort_name and applicant_list_number (0007, 0014: the name and the masked personal
// number, '' for a protected identity), so a page joins nothing per row and evaluates no rights
// per row. A protected case's row, and only for a caller with that right (an InitPlan, once per
// statement), reads its applicant from case_applicant_names, name and number in one lookup
// (`pa`, kPostgresApplicantJoin); without the right it shows no name (NULL), as the view would.
// Reading the full applicant is a logged access (0011), which lists never make. SQLite has one
// user: the case_applicants view (joined as a) is the case row.
constexpr const char* kPostgresApplicantName =
    "CASE WHEN NOT c.protected_identity THEN c.applicant_sort_name ELSE pa.name END";
constexpr const char* kPostgresApplicantNumber =
    "CASE WHEN NOT c.protected_identity THEN c.applicant_list_number ELSE pa.personal_number END";
// LIMIT 1 keeps the lookup a subquery run per protected row (One-Time Filter): flattened into
// the join, PostgreSQL read the whole view by hash join, a second for a page of a million.
constexpr const char* kPostgresApplicantJoin =
    " LEFT JOIN LATERAL (SELECT x.name, x.personal_number FROM case_applicant_names x"
    " WHERE c.protected_identity AND (SELECT casedesk_can_see_protected()) AND x.case_id = c.id"
    " LIMIT 1) pa ON true";
constexpr const char* kSqliteApplicantJoin = " LEFT JOIN case_applicants a ON a.case_id = c.id";
// The reader's own marks (0033), by the primary key: one probe per row of a page.
constexpr const char* kMarksJoin = " LEFT JOIN case_marks cm ON cm.login = ? AND cm.case_id = c.id";

} // namespace

QString protectedNameText()
{
    return QStringLiteral("(skyddad identitet)");
}

const char* summaryJoins(bool postgres)
{
    static const std::string postgresJoins = std::string(kPostgresApplicantJoin) + kMarksJoin;
    static const std::string sqliteJoins = std::string(kSqliteApplicantJoin) + kMarksJoin;
    return postgres ? postgresJoins.c_str() : sqliteJoins.c_str();
}

const QList<SummaryField>& summaryFields()
{
    using K = FieldKind;
    static const QList<SummaryField> fields{
        {"id", "c.id", nullptr, K::Integer, [](CaseSummary& r, const QVariant& v) { r.id = v.toLongLong(); },
         nullptr, nullptr},
        {"reference", "c.reference", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.reference = v.toString(); }, "reference",
         [](const CaseSummary& r) { return QJsonValue(r.reference); }},
        {"eservice_id", "c.eservice_id", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.eserviceId = v.toString(); }, "eservice",
         [](const CaseSummary& r) { return QJsonValue(r.eserviceId); }},
        {"eservice_name", "e.name", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.eserviceName = v.toString(); }, "eserviceName",
         [](const CaseSummary& r) { return QJsonValue(r.eserviceName); }},
        {"status_id", "c.status_id", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.statusId = v.toString(); }, "status",
         [](const CaseSummary& r) { return QJsonValue(r.statusId); }},
        {"status_name_sv", "s.name_sv", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.statusNameSv = v.toString(); }, "statusNameSv",
         [](const CaseSummary& r) { return QJsonValue(r.statusNameSv); }},
        {"status_name_en", "s.name_en", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.statusNameEn = v.toString(); }, "statusNameEn",
         [](const CaseSummary& r) { return QJsonValue(r.statusNameEn); }},
        {"status_kind", "s.kind", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) {
             r.statusKind = statusKindFromId(v.toString()).value_or(StatusKind::Submitted);
         },
         "statusKind", [](const CaseSummary& r) { return QJsonValue(statusKindId(r.statusKind)); }},
        {"assignee", "c.assignee", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.assignee = v.toString(); }, "assignee",
         [](const CaseSummary& r) { return textOrNull(r.assignee); }},
        {"applicant_name", "a.name", kPostgresApplicantName, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.applicantName = v.toString(); }, "applicant",
         [](const CaseSummary& r) {
             return QJsonValue(r.protectedIdentity ? protectedNameText() : r.applicantName);
         }},
        {"applicant_number", "coalesce(a.organisation_number, a.personal_number)", kPostgresApplicantNumber,
         K::Text, [](CaseSummary& r, const QVariant& v) { r.personalNumber = v.toString(); }, nullptr,
         nullptr},
        {"protected_identity", "c.protected_identity", nullptr, K::Boolean,
         [](CaseSummary& r, const QVariant& v) { r.protectedIdentity = v.toBool(); }, "protectedIdentity",
         [](const CaseSummary& r) { return QJsonValue(r.protectedIdentity); }},
        {"submitted_at", "c.submitted_at", "(extract(epoch FROM c.submitted_at) * 1000)::bigint", K::Time,
         [](CaseSummary& r, const QVariant& v) { r.submittedAt = v.toDateTime(); }, "submittedAt",
         [](const CaseSummary& r) { return timeJson(r.submittedAt); }},
        {"updated_at", "c.updated_at", "(extract(epoch FROM c.updated_at) * 1000)::bigint", K::Time,
         [](CaseSummary& r, const QVariant& v) { r.updatedAt = v.toDateTime(); }, "updatedAt",
         [](const CaseSummary& r) { return timeJson(r.updatedAt); }},
        {"closed_at", "c.closed_at", "(extract(epoch FROM c.closed_at) * 1000)::bigint", K::Time,
         [](CaseSummary& r, const QVariant& v) { r.closedAt = v.toDateTime(); }, "closedAt",
         [](const CaseSummary& r) { return timeJson(r.closedAt); }},
        {"last_activity_at", "c.last_activity_at", "(extract(epoch FROM c.last_activity_at) * 1000)::bigint",
         K::Time, [](CaseSummary& r, const QVariant& v) { r.lastActivityAt = v.toDateTime(); },
         "lastActivityAt", [](const CaseSummary& r) { return timeJson(r.lastActivityAt); }},
        {"signature_state", "c.signature_state", nullptr, K::Text,
         [](CaseSummary& r, const QVariant& v) { r.signatureState = signatureStateFromId(v.toString()); },
         "signatureState",
         [](const CaseSummary& r) { return QJsonValue(signatureStateId(r.signatureState)); }},
        {"needs_action", "c.needs_action", nullptr, K::Boolean,
         [](CaseSummary& r, const QVariant& v) { r.needsAction = v.toBool(); }, "needsAction",
         [](const CaseSummary& r) { return QJsonValue(r.needsAction); }},
        {"version", "c.version", nullptr, K::Integer,
         [](CaseSummary& r, const QVariant& v) { r.version = v.toInt(); }, "version",
         [](const CaseSummary& r) { return QJsonValue(r.version); }},
        {"unread_count", "c.unread_count", nullptr, K::Integer,
         [](CaseSummary& r, const QVariant& v) { r.unreadCount = v.toInt(); }, "unreadCount",
         [](const CaseSummary& r) { return QJsonValue(r.unreadCount); }},
        {"supplement_due_at", "c.supplement_due_at", nullptr, K::Date,
         [](CaseSummary& r, const QVariant& v) { r.supplementDueDate = v.toDate(); }, "supplementDueDate",
         [](const CaseSummary& r) {
             return r.supplementDueDate.isValid() ? QJsonValue(r.supplementDueDate.toString(Qt::ISODate))
                                                  : QJsonValue();
         }},
        // 9999-12-31 is "no handling time" (0031): an invalid date here.
        {"status_due_on", "c.status_due_on", nullptr, K::Date,
         [](CaseSummary& r, const QVariant& v) {
             const QDate due = v.toDate();
             r.statusDueDate = due == noDueDate() ? QDate() : due;
         },
         "dueDate",
         [](const CaseSummary& r) {
             return r.statusDueDate.isValid() ? QJsonValue(r.statusDueDate.toString(Qt::ISODate))
                                              : QJsonValue();
         }},
        {"flagged", "coalesce(cm.flagged, 0)", "coalesce(cm.flagged, false)", K::Boolean,
         [](CaseSummary& r, const QVariant& v) { r.flagged = v.toBool(); }, "flagged",
         [](const CaseSummary& r) { return QJsonValue(r.flagged); }},
        {"high_priority", "coalesce(cm.high_priority, 0)", "coalesce(cm.high_priority, false)", K::Boolean,
         [](CaseSummary& r, const QVariant& v) { r.highPriority = v.toBool(); }, "highPriority",
         [](const CaseSummary& r) { return QJsonValue(r.highPriority); }},
    };
    return fields;
}

QJsonObject derivedJson(const CaseSummary& row, const QDate& today)
{
    return QJsonObject{{QStringLiteral("supplementOverdue"), row.supplementOverdue(today)},
                       {QStringLiteral("overdue"), row.overdue(today)}};
}

// The expressions match the indexes that read them (0001, 0007, 0016): an ordering without its
// index would sort every readable case for a page.
const QList<CaseSortKey>& caseSorts()
{
    static const QList<CaseSortKey> sorts{
        {CaseSort::Submitted, "submitted", "c.submitted_at",
         [](const CaseSummary& r) { return QVariant(r.submittedAt); }},
        {CaseSort::Reference, "reference", "c.reference",
         [](const CaseSummary& r) { return QVariant(r.reference); }},
        {CaseSort::EService, "eservice", "c.eservice_id",
         [](const CaseSummary& r) { return QVariant(r.eserviceId); }},
        // The name with '' for a protected identity, as everybody may sort by it (0007).
        {CaseSort::Applicant, "applicant", "c.applicant_sort_name",
         [](const CaseSummary& r) { return textKey(r.protectedIdentity ? QString() : r.applicantName); }},
        {CaseSort::Status, "status", "c.status_id",
         [](const CaseSummary& r) { return QVariant(r.statusId); }},
        {CaseSort::Assignee, "assignee", "coalesce(c.assignee, '')",
         [](const CaseSummary& r) { return textKey(r.assignee); }},
        {CaseSort::LastActivity, "last-activity", "c.last_activity_at",
         [](const CaseSummary& r) { return QVariant(r.lastActivityAt); }},
        {CaseSort::Unread, "unread", "c.unread_count",
         [](const CaseSummary& r) { return QVariant(r.unreadCount); }},
        // Cases without an open request after every due date (before them, descending).
        {CaseSort::SupplementDue, "supplement-due", "c.supplement_due_order",
         [](const CaseSummary& r) {
             return QVariant(r.supplementDueDate.isValid() ? r.supplementDueDate.toString(Qt::ISODate)
                                                           : QStringLiteral("9999-12-31"));
         }},
        {CaseSort::StatusDue, "due", "c.status_due_on",
         [](const CaseSummary& r) {
             return QVariant(
                 (r.statusDueDate.isValid() ? r.statusDueDate : noDueDate()).toString(Qt::ISODate));
         }},
    };
    return sorts;
}

const CaseSortKey& caseSortKey(CaseSort sort)
{
    for (const CaseSortKey& key : caseSorts())
        if (key.sort == sort)
            return key;
    Q_UNREACHABLE(); // every CaseSort has its row above; the JSON test walks them all
}

std::optional<CaseSort> caseSortNamed(const QString& name)
{
    for (const CaseSortKey& key : caseSorts())
        if (name == QLatin1String(key.name))
            return key.sort;
    return std::nullopt;
}

const QList<InboxColumn>& inboxColumns()
{
    static const QList<InboxColumn> columns{
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Reference"), "reference", CaseSort::Reference},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "E-service"), "eserviceName", CaseSort::EService},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Applicant"), "applicant", CaseSort::Applicant},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Status"), "status", CaseSort::Status},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Assignee"), "assignee", CaseSort::Assignee},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Submitted"), "submittedAt", CaseSort::Submitted},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Last activity"), "lastActivityAt",
         CaseSort::LastActivity},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Unread"), "unreadCount", CaseSort::Unread},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Signatures"), "signatureState", std::nullopt},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Supplement due"), "supplementDueDate",
         CaseSort::SupplementDue},
        {QT_TRANSLATE_NOOP("casedesk::CaseListModel", "Due"), "dueDate", CaseSort::StatusDue},
    };
    return columns;
}

} // namespace casedesk
