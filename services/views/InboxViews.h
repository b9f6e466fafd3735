// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "InboxViewDefinition.h"
#include "repositories/InboxViewRepository.h"

#include <optional>

namespace casedesk {

class Database;

// A view in the sidebar below the built-in ones: the person's own, or published by an
// administrator for an e-service the person reads.
struct InboxView
{
    InboxViewRow row;
    InboxViewDefinition definition;
    // Why the stored definition could not be read (a newer or hand-edited one); the sidebar
    // shows the view disabled, saying so, rather than leaving it out.
    std::optional<Error> problem;
};

// The person's own inbox views and the published ones (issue #16 §2). Names are 1-60
// characters without control characters, unique (in any case) among the person's own views and
// among one e-service's published ones. Each change is one transaction; publishing is audited.
// PostgreSQL's policies decide who may change which view (0033); the embedded database has one
// user, who may do everything.
class InboxViewService
{
public:
    explicit InboxViewService(const Database& db)
        : m_db(db)
    {}

    Result<QList<InboxView>> list() const;
    // A new view of the person's own, last in their order; its id.
    Result<qint64> create(const QString& name, const InboxViewDefinition& definition) const;
    VoidResult rename(qint64 id, const QString& name) const;
    // Stores what the view shows now ("Save changes to the view").
    VoidResult redefine(qint64 id, const InboxViewDefinition& definition) const;
    // Moves one of the person's own views up (offset -1) or down (+1) among their own.
    VoidResult move(qint64 id, int offset) const;
    VoidResult remove(qint64 id) const;
    // Administrators: publishes a copy of the view to everyone who reads `eserviceId`, showing
    // that e-service's cases; its id.
    Result<qint64> publish(qint64 id, const QString& eserviceId) const;

private:
    // The name trimmed, or why not: against `rows`, the views the person sees (read once per change).
    static Result<QString> checkedName(const QString& name, const QString& eserviceId, qint64 except,
                                       const QList<InboxViewRow>& rows);

    const Database& m_db;
};

} // namespace casedesk
