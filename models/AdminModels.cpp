// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AdminModels.h"

#include "AuditText.h"

#include "CaseText.h"
#include "access/Role.h"

#include <QIcon>

namespace casedesk {

QString EServiceTableModel::retentionText(const std::optional<int>& days)
{
    return days ? tr("%n day(s)", nullptr, *days) : tr("Never");
}

QString EServiceTableModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("E-service");
    case Id:
        return tr("Id");
    case Mailbox:
        return tr("Functional mailbox");
    case Language:
        return tr("Language");
    case Retention:
        return tr("Purged after closing");
    }
    return {};
}

QVariant EServiceTableModel::cell(const EService& e, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return e.name;
    case Id:
        return e.id;
    case Mailbox:
        return e.functionalMailbox;
    case Language:
        return e.language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("Svenska");
    case Retention:
        return retentionText(e.retentionDays);
    }
    return {};
}

QString StatusTableModel::kindText(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Submitted:
        return tr("Submitted");
    case StatusKind::Registered:
        return tr("Registered");
    case StatusKind::InProgress:
        return tr("In progress");
    case StatusKind::Waiting:
        return tr("Waiting");
    case StatusKind::Closed:
        return tr("Closed");
    }
    return {};
}

QString StatusTableModel::header(int column) const
{
    switch (column) {
    case NameSv:
        return tr("Swedish name");
    case NameEn:
        return tr("English name");
    case Id:
        return tr("Id");
    case Kind:
        return tr("Kind");
    case Order:
        return tr("Order");
    case Scope:
        return tr("Used by");
    }
    return {};
}

QVariant StatusTableModel::cell(const Status& s, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameSv)
        return CaseText::icon(CaseText::statusIconPath(s.kind));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameSv:
        return s.nameSv;
    case NameEn:
        return s.nameEn;
    case Id:
        return s.builtIn ? tr("%1 (built in)").arg(s.id) : s.id;
    case Kind:
        return kindText(s.kind);
    case Order:
        return s.sortOrder;
    case Scope:
        return s.eserviceId.isEmpty() ? tr("All e-services") : s.eserviceId;
    }
    return {};
}

QString UserTableModel::roleText(const QString& role)
{
    switch (roleFromId(role)) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Caseworker:
        return tr("Caseworker");
    case Role::Reader:
        return tr("Reader");
    case Role::Service:
    case Role::Owner:
    case Role::None:
        break;
    }
    return role;
}

QString UserTableModel::header(int column) const
{
    switch (column) {
    case Login:
        return tr("User");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Protected:
        return tr("Protected identity");
    case Access:
        return tr("E-services");
    }
    return {};
}

QVariant UserTableModel::cell(const UserInfo& u, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Login:
        return u.login;
    case DisplayName:
        return u.displayName;
    case Role:
        return roleText(u.role);
    case Protected:
        return u.canSeeProtected ? tr("Yes") : tr("No");
    case Access: {
        QStringList grants;
        for (const UserGrant& g : u.grants)
            grants
                << (g.level == QLatin1String("work") ? tr("%1 (work)") : tr("%1 (read)")).arg(g.eserviceId);
        return grants.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString AuditTableModel::header(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Reference:
        return tr("Case");
    case Detail:
        return tr("Detail");
    }
    return {};
}

QVariant AuditTableModel::cell(const AuditEntry& e, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == User)
        return e.actor; // the login
    if (role == Qt::ToolTipRole && column == Action)
        return e.action; // as stored, for searching the log by its name
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time:
        return CaseText::dateTime(e.occurredAt);
    case User:
        return CaseText::personName(e.actor);
    case Action:
        return AuditText::actionText(e.action);
    case Reference:
        return e.reference;
    case Detail:
        return e.detail;
    }
    return {};
}

QString RetentionCaseTableModel::header(int column) const
{
    switch (column) {
    case Reference:
        return tr("Case");
    case EService:
        return tr("E-service");
    case Closed:
        return tr("Closed");
    case Due:
        return tr("Purged from");
    case Waits:
        return tr("Waits for");
    }
    return {};
}

QVariant RetentionCaseTableModel::cell(const RetentionCase& c, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Reference:
        return c.reference;
    case EService:
        return c.eserviceId;
    case Closed:
        return CaseText::dateTime(c.closedAt);
    case Due:
        return CaseText::dateTime(c.dueAt());
    case Waits:
        return c.waitsForArchive ? tr("Export to the archive") : QString();
    }
    return {};
}

QString PurgeLogTableModel::header(int column) const
{
    switch (column) {
    case Reference:
        return tr("Case");
    case EService:
        return tr("E-service");
    case Closed:
        return tr("Closed");
    case Purged:
        return tr("Purged");
    case Contents:
        return tr("What was removed");
    }
    return {};
}

QVariant PurgeLogTableModel::cell(const PurgeLogRow& row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Reference:
        return row.reference;
    case EService:
        return row.eserviceId;
    case Closed:
        return CaseText::dateTime(row.closedAt);
    case Purged:
        return CaseText::dateTime(row.purgedAt);
    case Contents: {
        const PurgeCounts& n = row.counts;
        return tr("%1 fields, %2 attachments, %3 messages, %4 notes, %5 signatures, %6 events, %7 mails")
            .arg(n.fields)
            .arg(n.attachments)
            .arg(n.messages)
            .arg(n.notes)
            .arg(n.signatures)
            .arg(n.events)
            .arg(n.mails);
    }
    }
    return {};
}

} // namespace casedesk
