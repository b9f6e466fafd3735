// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "RowTableModel.h"
#include "access/AccessService.h"
#include "domain/AuditTypes.h"
#include "domain/CaseTypes.h"
#include "domain/RetentionTypes.h"

namespace casedesk {

// The tables of the settings dialog's administrative pages.

class EServiceTableModel : public RowTableModel<EService>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Id,
        Mailbox,
        Language,
        Retention,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    static QString retentionText(const std::optional<int>& days);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const EService& row, int column, int role) const override;
};

class StatusTableModel : public RowTableModel<Status>
{
    Q_OBJECT
public:
    enum Column
    {
        NameSv,
        NameEn,
        Id,
        Kind,
        Order,
        Scope,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    static QString kindText(StatusKind kind);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Status& row, int column, int role) const override;
};

class UserTableModel : public RowTableModel<UserInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        Login,
        DisplayName,
        Role,
        Protected,
        Access,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    static QString roleText(const QString& role);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const UserInfo& row, int column, int role) const override;
};

class RetentionCaseTableModel : public RowTableModel<RetentionCase>
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        EService,
        Closed,
        Due,
        Waits, // "Export to the archive" for a case kept until it is exported
        ColumnCount
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const RetentionCase& row, int column, int role) const override;
};

class PurgeLogTableModel : public RowTableModel<PurgeLogRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        EService,
        Closed,
        Purged,
        Contents,
        ColumnCount
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const PurgeLogRow& row, int column, int role) const override;
};

class AuditTableModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        User,
        Action,
        Reference,
        Detail,
        ColumnCount
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const AuditEntry& row, int column, int role) const override;
};

} // namespace casedesk
