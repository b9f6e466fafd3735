// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SqlDialect.h"

namespace casedesk {

class PostgresDialect final : public SqlDialect
{
public:
    QString qtDriver() const override;
    QString qtDriverPackage() const override;
    QString migrationFolder() const override;
    QStringList sessionSetup(bool readOnlyFile) const override;

    bool isEmbedded() const override;
    bool hasRolesAndRowSecurity() const override;
    bool hasCaseFunctions() const override;
    bool hasChangeNotifications() const override;
    bool prefersKeptStatements() const override;
    bool locksRows() const override;
    bool hasLateralJoinsAndArrays() const override;

    QString beginWriteTransaction(bool readOnlyFile) const override;
    QString migrationLock() const override;
    QString countTablesNamed() const override;
    QVariant idListParameter(const QList<qint64>& ids) const override;
    QString inIdList(const QString& column) const override;
    QString inSubquery(const QString& column, const QString& subquery) const override;
    QString byteOrder(const QString& expression) const override;
    QString timeMinusDays(const QString& time, const QString& days) const override;
    QString databaseNow() const override;
    QString secondsBeforeNow(const QString& seconds) const override;
    QString tableInIdOrder(const QString& table) const override;
    QString forUpdateSkipLocked() const override;
    QString fullTextQuery(const QStringList& words, bool wholeWords) const override;
    QString jsonRows(const QList<JsonRowColumn>& columns, const QString& alias) const override;
};

} // namespace casedesk
