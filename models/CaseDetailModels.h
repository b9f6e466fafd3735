// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "RowTableModel.h"
#include "domain/CaseTypes.h"

namespace casedesk {

class AttachmentListModel : public RowTableModel<AttachmentInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Size,
        Checksum,
        ColumnCount
    };
    enum Role
    {
        AttachmentIdRole = Qt::UserRole + 1
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const AttachmentInfo& row, int column, int role) const override;
};

class SignatureListModel : public RowTableModel<SignatureRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Role,
        Name,
        PersonalNumber,
        SignedAt,
        Provider,
        Check,
        SignedData,         // what was signed: the form's digest or Open ePlatform's checksum
        RegisteredGuardian, // for a guardian, what the population register says
        ColumnCount
    };
    enum DataRole
    {
        CheckRole = Qt::UserRole + 1
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const SignatureRow& row, int column, int role) const override;
};

class HistoryModel : public RowTableModel<EventRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        User,
        Event,
        ColumnCount
    };
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const EventRow& row, int column, int role) const override;
};

} // namespace casedesk
