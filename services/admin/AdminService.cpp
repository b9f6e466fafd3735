// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AdminService.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/FileTypes.h"
#include "intake/TextRules.h"
#include "repositories/AuditRepository.h"
#include "repositories/DeadlineRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/PurgeLogRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StatusRepository.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

Error invalid(const QString& field, ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), field);
}

// Runs `change` and its audit row in one transaction.
template <typename Change> VoidResult inTransaction(const Database& db, Change change)
{
    TransactionGuard transaction(db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = change(); !r.ok())
        return r;
    return transaction.commit();
}

} // namespace

VoidResult AdminService::audit(const QString& action, const QString& detail) const
{
    return AuditRepository(m_db).append(m_db.currentUser(), action, 0, QString(), detail);
}

VoidResult AdminService::updateEService(const EService& e) const
{
    if (auto r = checkSingleLine(e.name, QStringLiteral("name"), 200); !r.ok())
        return r;
    if (e.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"));
    if (auto r = checkEmail(e.functionalMailbox, QStringLiteral("functionalMailbox")); !r.ok())
        return r;
    if (e.retentionDays && (*e.retentionDays < 0 || *e.retentionDays > 36500))
        return invalid(QStringLiteral("retentionDays"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "must be between 0 and 36500 days, or never"));
    return inTransaction(m_db, [&]() -> VoidResult {
        EService changed = e;
        changed.name = e.name.trimmed();
        if (auto r = EServiceRepository(m_db).update(changed); !r.ok())
            return r;
        return audit(
            QStringLiteral("admin.eservice_changed"),
            QStringLiteral("%1: retention %2, language %3, Navet at intake %4, archive before purge %5")
                .arg(e.id, e.retentionDays ? QString::number(*e.retentionDays) : QStringLiteral("never"),
                     e.language, e.navetAtIntake ? QStringLiteral("on") : QStringLiteral("off"),
                     e.archiveBeforePurge ? QStringLiteral("on") : QStringLiteral("off")));
    });
}

VoidResult AdminService::setAllowedFileTypes(const QString& eserviceId, const QStringList& typeIds) const
{
    for (const QString& id : typeIds) {
        if (!fileTypeById(id))
            return invalid(QStringLiteral("LIST"),
                           {QT_TRANSLATE_NOOP("casedesk::Errors", "unknown file type '%1'"), {id}});
    }
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = EServiceRepository(m_db).setAllowedFileTypes(eserviceId, typeIds); !r.ok())
            return r;
        return audit(QStringLiteral("admin.eservice_file_types"),
                     QStringLiteral("%1: %2").arg(eserviceId, typeIds.isEmpty()
                                                                  ? QStringLiteral("default")
                                                                  : typeIds.join(QLatin1Char(','))));
    });
}

VoidResult AdminService::setNavetAtIntake(const QString& eserviceId, bool on) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = EServiceRepository(m_db).setNavetAtIntake(eserviceId, on); !r.ok())
            return r;
        return audit(
            QStringLiteral("admin.eservice_navet_at_intake"),
            QStringLiteral("%1: %2").arg(eserviceId, on ? QStringLiteral("on") : QStringLiteral("off")));
    });
}

VoidResult AdminService::setArchiveBeforePurge(const QString& eserviceId, bool on) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = EServiceRepository(m_db).setArchiveBeforePurge(eserviceId, on); !r.ok())
            return r;
        return audit(
            QStringLiteral("admin.eservice_archive_before_purge"),
            QStringLiteral("%1: %2").arg(eserviceId, on ? QStringLiteral("on") : QStringLiteral("off")));
    });
}

Result<QList<Status>> AdminService::statuses(const QString& eserviceId) const
{
    return StatusRepository(m_db).listFor(eserviceId);
}

Result<QStringList> AdminService::transitions(const QString& fromStatusId, const QString& eserviceId) const
{
    auto next = StatusRepository(m_db).allowedNext(fromStatusId, eserviceId);
    if (!next.ok())
        return next.error();
    QStringList ids;
    for (const Status& s : *next)
        ids << s.id;
    return ids;
}

VoidResult AdminService::addStatus(const NewStatus& s) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    if (!idPattern.match(s.id).hasMatch())
        return invalid(
            QStringLiteral("id"),
            QT_TRANSLATE_NOOP("casedesk::Errors",
                              "must be 2-40 lower-case letters, digits or '_', starting with a letter"));
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("nameSv"), s.nameSv}, std::pair{QStringLiteral("nameEn"), s.nameEn}}) {
        if (text.trimmed().isEmpty())
            return invalid(field, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"));
        if (auto r = checkSingleLine(text, field, 100); !r.ok())
            return r;
    }
    return inTransaction(m_db, [&]() -> VoidResult {
        auto existing = StatusRepository(m_db).find(s.id);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return makeError(ErrorCode::Conflict,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "a status '%1' exists already"), {s.id}},
                             QStringLiteral("id"));
        Status status;
        status.id = s.id;
        status.eserviceId = s.eserviceId;
        status.nameSv = s.nameSv.trimmed();
        status.nameEn = s.nameEn.trimmed();
        status.kind = s.kind;
        status.sortOrder = s.sortOrder;
        if (auto r = StatusRepository(m_db).insert(status); !r.ok())
            return r;
        return audit(QStringLiteral("admin.status_added"),
                     QStringLiteral("%1 (%2) in %3").arg(s.id, statusKindId(s.kind), s.eserviceId));
    });
}

VoidResult AdminService::renameStatus(const QString& statusId, const QString& nameSv,
                                      const QString& nameEn) const
{
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("nameSv"), nameSv}, std::pair{QStringLiteral("nameEn"), nameEn}}) {
        if (text.trimmed().isEmpty())
            return invalid(field, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"));
        if (auto r = checkSingleLine(text, field, 100); !r.ok())
            return r;
    }
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = StatusRepository(m_db).rename(statusId, nameSv.trimmed(), nameEn.trimmed()); !r.ok())
            return r;
        return audit(QStringLiteral("admin.status_renamed"), statusId);
    });
}

VoidResult AdminService::deleteStatus(const QString& statusId) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        auto status = StatusRepository(m_db).find(statusId);
        if (!status.ok())
            return status.error();
        if (!status->has_value())
            return makeError(ErrorCode::NotFound,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "no status '%1'"), {statusId}});
        if ((*status)->builtIn)
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "the built-in status '%1' cannot be deleted"),
                 {statusId}},
                QStringLiteral("status"));
        auto used = StatusRepository(m_db).caseCount(statusId);
        if (!used.ok())
            return used.error();
        if (*used > 0)
            return makeError(
                ErrorCode::Conflict,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 cases are in the status '%2'; move them first"),
                 {*used, statusId}},
                QStringLiteral("status"));
        if (auto r = StatusRepository(m_db).remove(statusId); !r.ok())
            return r;
        return audit(QStringLiteral("admin.status_deleted"), statusId);
    });
}

VoidResult AdminService::setTransitions(const QString& fromStatusId, const QStringList& toStatusIds) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = StatusRepository(m_db).replaceTransitions(fromStatusId, toStatusIds); !r.ok())
            return r;
        return audit(QStringLiteral("admin.transitions_changed"),
                     fromStatusId + QStringLiteral(" -> ") + toStatusIds.join(QLatin1Char(',')));
    });
}

Result<QList<StatusDeadline>> AdminService::deadlines(const QString& eserviceId) const
{
    return DeadlineRepository(m_db).list(eserviceId);
}

VoidResult AdminService::setDeadline(const StatusDeadline& deadline) const
{
    if (deadline.days < 1 || deadline.days > 3650)
        return invalid(QStringLiteral("days"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "must be between 1 and 3650 days"));
    auto eservice = EServiceRepository(m_db).find(deadline.eserviceId);
    if (!eservice.ok())
        return eservice.error();
    if (!eservice->has_value())
        return invalid(QStringLiteral("eservice"),
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"), {deadline.eserviceId}});
    auto status = StatusRepository(m_db).find(deadline.statusId);
    if (!status.ok())
        return status.error();
    if (!status->has_value() ||
        (!(*status)->eserviceId.isEmpty() && (*status)->eserviceId != deadline.eserviceId))
        return invalid(QStringLiteral("status"),
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "the e-service %1 has no status '%2'"),
                        {deadline.eserviceId, deadline.statusId}});
    if ((*status)->kind == StatusKind::Closed)
        return invalid(
            QStringLiteral("status"),
            {QT_TRANSLATE_NOOP("casedesk::Errors", "a closed case has no handling time ('%1' closes it)"),
             {deadline.statusId}});
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = DeadlineRepository(m_db).set(deadline); !r.ok())
            return r;
        return audit(
            QStringLiteral("admin.deadline_set"),
            QStringLiteral("%1/%2: %3 %4")
                .arg(deadline.eserviceId, deadline.statusId)
                .arg(deadline.days)
                .arg(deadline.workingDays ? QStringLiteral("working days") : QStringLiteral("days")));
    });
}

VoidResult AdminService::clearDeadline(const QString& eserviceId, const QString& statusId) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        if (auto r = DeadlineRepository(m_db).clear(eserviceId, statusId); !r.ok())
            return r;
        return audit(QStringLiteral("admin.deadline_cleared"), eserviceId + QLatin1Char('/') + statusId);
    });
}

VoidResult AdminService::setSetting(const QString& key, const QString& value) const
{
    return setSettings({{key, value}});
}

VoidResult AdminService::setSettings(const QList<std::pair<QString, QString>>& values) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    for (const auto& [key, value] : values) {
        if (!keyPattern.match(key).hasMatch())
            return invalid(QStringLiteral("key"),
                           QT_TRANSLATE_NOOP("casedesk::Errors", "must look like section.name"));
        if (auto r = checkSingleLine(value, key, 1000); !r.ok())
            return r;
    }
    return inTransaction(m_db, [&]() -> VoidResult {
        for (const auto& [key, value] : values) {
            if (auto r = SettingsRepository(m_db).set(key, value); !r.ok())
                return r;
            // The value itself is not logged: it may be an address or a host name someone considers private.
            if (auto r = audit(QStringLiteral("admin.setting_changed"), key); !r.ok())
                return r;
        }
        return VoidResult{};
    });
}

Result<QList<EService>> AdminService::eservices() const
{
    return EServiceRepository(m_db).list();
}

Result<QMap<QString, QString>> AdminService::settings() const
{
    return SettingsRepository(m_db).all();
}

Result<QList<PurgeLogRow>> AdminService::recentPurges(int limit) const
{
    return PurgeLogRepository(m_db).recent(limit);
}

Result<QList<AuditEntry>> AdminService::auditLog(const AuditQuery& query) const
{
    return AuditRepository(m_db).list(query);
}

} // namespace casedesk
