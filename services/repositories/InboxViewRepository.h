// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

namespace casedesk {

class Database;

// One row of inbox_views (migration 0033): a person's own view, or one an administrator
// published for an e-service (owner empty).
struct InboxViewRow
{
    qint64 id = 0;
    QString owner;      // the login; empty: published
    QString eserviceId; // published for whoever reads this e-service; empty: own
    QString name;
    int position = 0;
    QByteArray definition; // JSON (InboxViewDefinition)
    bool published() const { return owner.isEmpty(); }
};

// inbox_views. On PostgreSQL the database shows a login its own views and those published for
// the e-services it reads, and lets it change only its own (an administrator: the published too).
class InboxViewRepository
{
public:
    explicit InboxViewRepository(const Database& db)
        : m_db(db)
    {}

    // `login`'s own views in their order, then the published ones by name.
    Result<QList<InboxViewRow>> visibleTo(const QString& login) const;
    // NotFound when there is none the caller may see.
    Result<InboxViewRow> find(qint64 id) const;
    Result<qint64> insert(const InboxViewRow& row, const QString& createdBy, const QDateTime& now) const;
    // Each changes one view; NotFound when the caller has no such view to change.
    VoidResult rename(qint64 id, const QString& name, const QDateTime& now) const;
    VoidResult redefine(qint64 id, const QByteArray& definition, const QDateTime& now) const;
    VoidResult place(qint64 id, int position) const;
    VoidResult remove(qint64 id) const;

private:
    VoidResult changeOne(const QString& sql, const QVariantList& params, qint64 id) const;

    const Database& m_db;
};

} // namespace casedesk
