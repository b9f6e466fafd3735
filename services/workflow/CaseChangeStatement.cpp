// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseChangeStatement.h"

#include "CaseReading.h"
#include "db/Database.h"
#include "db/DatabaseRefusals.h"
#include "db/TransactionGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

ErrorCode refusalCode(const QString& code)
{
    if (code == QLatin1String("not_found"))
        return ErrorCode::NotFound;
    if (code == QLatin1String("permission_denied"))
        return ErrorCode::PermissionDenied;
    if (code == QLatin1String("conflict"))
        return ErrorCode::Conflict;
    if (code == QLatin1String("invalid_input"))
        return ErrorCode::InvalidInput;
    return ErrorCode::Internal;
}

QVariant versionParam(std::optional<int> expectedVersion)
{
    return expectedVersion ? QVariant(*expectedVersion) : QVariant(QMetaType(QMetaType::Int));
}

// Runs one of the 0013 functions and reads its answer: the case after the change, or the refusal.
Result<CaseSummary> runChange(const Database& db, const QString& sql, const QVariantList& params,
                              const char* function)
{
    auto q = db.execKept(sql, params);
    if (!q.ok())
        return markUnknownOutcomeIfLost(db, q.error());
    QSqlQuery& query = **q;
    const QByteArray json = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    if (const QJsonObject refusal = answer.value(QLatin1String("error")).toObject(); !refusal.isEmpty()) {
        // The reason and its arguments become CaseDesk's own text for the refusal; a reason this
        // CaseDesk does not know keeps the function's English words.
        std::optional<ErrorText> text = refusalText(refusal.value(QLatin1String("reason")).toString(),
                                                    refusal.value(QLatin1String("args")).toArray());
        return makeError(refusalCode(refusal.value(QLatin1String("code")).toString()),
                         text ? *text
                              : ErrorText::verbatim(refusal.value(QLatin1String("message")).toString()),
                         refusal.value(QLatin1String("field")).toString());
    }
    const QJsonObject summary = answer.value(QLatin1String("summary")).toObject();
    if (summary.isEmpty())
        return makeError(ErrorCode::Internal, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 returned no case"),
                                               {QString::fromLatin1(function)}});
    return summaryFromJson(summary);
}

} // namespace

Result<CaseSummary> changeStatusInOneStatement(const Database& db, const QString& reference,
                                               const QString& statusId, std::optional<int> expectedVersion,
                                               const QString& note)
{
    return runChange(db, QStringLiteral("SELECT casedesk_change_status(?, ?, ?, ?)"),
                     {reference, statusId, versionParam(expectedVersion), note}, "casedesk_change_status");
}

Result<CaseSummary> assignInOneStatement(const Database& db, const QString& reference,
                                         const QString& assignee, std::optional<int> expectedVersion)
{
    return runChange(db, QStringLiteral("SELECT casedesk_assign_case(?, ?, ?)"),
                     {reference, assignee, versionParam(expectedVersion)}, "casedesk_assign_case");
}

} // namespace casedesk
