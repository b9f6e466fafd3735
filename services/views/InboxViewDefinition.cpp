// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxViewDefinition.h"

#include "domain/InboxColumns.h"

#include <QJsonDocument>

namespace casedesk {

namespace {

constexpr int kMaxText = 200; // a search, an id or a login

Error invalid(const char* key, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason),
                     QStringLiteral("definition.") + QLatin1String(key));
}

} // namespace

CaseQuery InboxViewDefinition::query(const QString& currentUser, const QDate& today) const
{
    CaseQuery query = queryForView(base, currentUser, today);
    // A view with an order of its own keeps it unless the definition sorts otherwise.
    if (!viewHasItsOwnOrder(base) || sort != CaseSort::Submitted || !descending) {
        query.sort = sort;
        query.descending = descending;
    }
    query.eserviceId = eserviceId;
    query.statusId = statusId;
    if (!statusId.isEmpty()) { // an explicit status wins over the view's kind ("Closed" under "All open")
        query.openOnly = false;
        query.statusKind.reset();
    }
    if (assignee == QLatin1String(kMe))
        query.assignee = currentUser;
    else if (!assignee.isEmpty())
        query.assignee = assignee;
    if (periodDays > 0)
        query.submittedFrom = QDateTime(QDate::currentDate().addDays(1 - periodDays), QTime(0, 0));
    query.search = search;
    query.highPriorityFirst = query.highPriorityFirst || highPriorityFirst;
    return query;
}

QJsonObject InboxViewDefinition::toJson() const
{
    return QJsonObject{{QStringLiteral("base"), savedViewId(base)},
                       {QStringLiteral("eservice"), eserviceId},
                       {QStringLiteral("status"), statusId},
                       {QStringLiteral("assignee"), assignee},
                       {QStringLiteral("periodDays"), periodDays},
                       {QStringLiteral("search"), search},
                       {QStringLiteral("sort"), QLatin1String(caseSortKey(sort).name)},
                       {QStringLiteral("descending"), descending},
                       {QStringLiteral("highPriorityFirst"), highPriorityFirst}};
}

Result<InboxViewDefinition> InboxViewDefinition::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "is not a JSON object"),
                         QStringLiteral("definition"));
    return fromJson(document.object());
}

Result<InboxViewDefinition> InboxViewDefinition::fromJson(const QJsonObject& object)
{
    InboxViewDefinition d;
    // Each text key: a string of at most kMaxText characters, or absent.
    const auto text = [&](const char* key, QString& into) -> std::optional<Error> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString())
            return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be text"));
        if (value.toString().size() > kMaxText)
            return invalid(
                key, {QT_TRANSLATE_NOOP("casedesk::Errors", "must be at most %1 characters"), {kMaxText}});
        into = value.toString();
        return std::nullopt;
    };
    const auto flag = [&](const char* key, bool& into) -> std::optional<Error> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool())
            return invalid(key, QT_TRANSLATE_NOOP("casedesk::Errors", "must be true or false"));
        into = value.toBool();
        return std::nullopt;
    };
    QString base = savedViewId(d.base);
    QString sort = QLatin1String(caseSortKey(d.sort).name);
    for (const auto& problem :
         {text("base", base), text("eservice", d.eserviceId), text("status", d.statusId),
          text("assignee", d.assignee), text("search", d.search), text("sort", sort),
          flag("descending", d.descending), flag("highPriorityFirst", d.highPriorityFirst)})
        if (problem)
            return *problem;
    const std::optional<SavedView> view = savedViewFromId(base);
    if (!view)
        return invalid("base", {QT_TRANSLATE_NOOP("casedesk::Errors", "no built-in view '%1'"), {base}});
    d.base = *view;
    const std::optional<CaseSort> order = caseSortNamed(sort);
    if (!order)
        return invalid("sort", {QT_TRANSLATE_NOOP("casedesk::Errors", "no sort '%1'"), {sort}});
    d.sort = *order;
    const QJsonValue period = object.value(QStringLiteral("periodDays"));
    if (!period.isUndefined()) {
        const double days = period.toDouble(-1);
        if (!period.isDouble() || days != double(int(days)) || days < 0 || days > 3650)
            return invalid("periodDays", QT_TRANSLATE_NOOP("casedesk::Errors",
                                                           "must be a whole number of days from 0 to 3650"));
        d.periodDays = int(days);
    }
    return d;
}

} // namespace casedesk
