// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "deadlines/StatusDeadline.h"
#include "domain/AuditTypes.h"
#include "domain/CaseTypes.h"
#include "domain/RetentionTypes.h"

#include <QMap>

#include <optional>

namespace casedesk {

class Database;

struct NewStatus
{
    QString id;         // machine id, e.g. "remiss"
    QString eserviceId; // owning e-service
    QString nameSv;
    QString nameEn;
    StatusKind kind = StatusKind::InProgress;
    int sortOrder = 35;
};

// The administrator's changes to shared settings: e-services, statuses, retention, settings.
// Each change is one transaction with its audit-log row. On PostgreSQL the database refuses
// non-administrators (PermissionDenied); SQLite has one user, who is the administrator.
class AdminService
{
public:
    explicit AdminService(const Database& db)
        : m_db(db)
    {}

    VoidResult updateEService(const EService& eservice) const; // name, mailbox, language, retention
    // The attachment types the e-service accepts (FileTypes ids); empty: the default list.
    VoidResult setAllowedFileTypes(const QString& eserviceId, const QStringList& typeIds) const;
    // "Look up every applicant at intake": new cases of the e-service get a Navet request that the
    // background service answers. Administrators only (the database's guard on PostgreSQL); audited.
    VoidResult setNavetAtIntake(const QString& eserviceId, bool on) const;
    // "Archive before purge": retention keeps the e-service's closed cases until each was exported
    // as an archive package since it was last closed. Administrators only (the database's guard on
    // PostgreSQL); audited.
    VoidResult setArchiveBeforePurge(const QString& eserviceId, bool on) const;

    Result<QList<Status>> statuses(const QString& eserviceId) const;
    // The statuses a case in `fromStatusId` may move to, for this e-service.
    Result<QStringList> transitions(const QString& fromStatusId, const QString& eserviceId) const;
    VoidResult addStatus(const NewStatus& status) const;
    VoidResult renameStatus(const QString& statusId, const QString& nameSv, const QString& nameEn) const;
    // The built-in statuses and statuses that cases are in cannot be deleted.
    VoidResult deleteStatus(const QString& statusId) const;
    VoidResult setTransitions(const QString& fromStatusId, const QStringList& toStatusIds) const;
    // Handling times (issue #16 §1): how long a case of the e-service may stay in the status, in
    // calendar or Swedish working days (1..3650). The status must be one of the e-service's and
    // not closed. The open cases in it get their new due day in the same transaction; audited.
    Result<QList<StatusDeadline>> deadlines(const QString& eserviceId) const;
    VoidResult setDeadline(const StatusDeadline& deadline) const;
    VoidResult clearDeadline(const QString& eserviceId, const QString& statusId) const;

    VoidResult setSetting(const QString& key, const QString& value) const;
    // Several settings in one transaction: all are stored, or none.
    VoidResult setSettings(const QList<std::pair<QString, QString>>& values) const;

    // What the settings pages read: the settings window reaches data through here, never a
    // repository.
    Result<QList<EService>> eservices() const;
    Result<QMap<QString, QString>> settings() const;
    Result<QList<PurgeLogRow>> recentPurges(int limit) const;
    Result<QList<AuditEntry>> auditLog(const AuditQuery& query) const;

private:
    VoidResult audit(const QString& action, const QString& detail) const;
    const Database& m_db;
};

} // namespace casedesk
