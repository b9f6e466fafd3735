// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxViews.h"

#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/TextRules.h"
#include "repositories/AuditRepository.h"
#include "repositories/EServiceRepository.h"

#include <QJsonDocument>

namespace casedesk {

namespace {

constexpr int kMaxName = 60;

QByteArray stored(const InboxViewDefinition& definition)
{
    return QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact);
}

template <typename Change> auto inTransaction(const Database& db, Change change) -> decltype(change())
{
    TransactionGuard transaction(db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto result = change();
    if (!result.ok())
        return result;
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    return result;
}

} // namespace

Result<QList<InboxView>> InboxViewService::list() const
{
    auto rows = InboxViewRepository(m_db).visibleTo(m_db.currentUser());
    if (!rows.ok())
        return rows.error();
    QList<InboxView> views;
    for (const InboxViewRow& row : *rows) {
        InboxView view{row, {}, std::nullopt};
        auto definition = InboxViewDefinition::fromJson(row.definition);
        if (definition.ok())
            view.definition = *definition;
        else
            view.problem = definition.error();
        views << view;
    }
    return views;
}

Result<QString> InboxViewService::checkedName(const QString& name, const QString& eserviceId, qint64 except,
                                              const QList<InboxViewRow>& rows)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                         QStringLiteral("name"));
    if (auto line = checkSingleLine(trimmed, QStringLiteral("name"), kMaxName); !line.ok())
        return line.error();
    for (const InboxViewRow& row : rows)
        if (row.id != except && row.eserviceId == eserviceId && row.published() == !eserviceId.isEmpty() &&
            row.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return makeError(
                ErrorCode::Conflict,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "a view named '%1' already exists"), {trimmed}},
                QStringLiteral("name"));
    return trimmed;
}

Result<qint64> InboxViewService::create(const QString& name, const InboxViewDefinition& definition) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        auto rows = InboxViewRepository(m_db).visibleTo(m_db.currentUser());
        if (!rows.ok())
            return rows.error();
        auto checked = checkedName(name, QString(), 0, *rows);
        if (!checked.ok())
            return checked.error();
        int last = 0;
        for (const InboxViewRow& row : *rows)
            if (!row.published())
                last = std::max(last, row.position);
        InboxViewRow row;
        row.owner = m_db.currentUser();
        row.name = *checked;
        row.position = last + 1;
        row.definition = stored(definition);
        return InboxViewRepository(m_db).insert(row, m_db.currentUser(), QDateTime::currentDateTimeUtc());
    });
}

VoidResult InboxViewService::rename(qint64 id, const QString& name) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        auto view = InboxViewRepository(m_db).find(id);
        if (!view.ok())
            return view.error();
        auto rows = InboxViewRepository(m_db).visibleTo(m_db.currentUser());
        if (!rows.ok())
            return rows.error();
        auto checked = checkedName(name, view->eserviceId, id, *rows);
        if (!checked.ok())
            return checked.error();
        return InboxViewRepository(m_db).rename(id, *checked, QDateTime::currentDateTimeUtc());
    });
}

VoidResult InboxViewService::redefine(qint64 id, const InboxViewDefinition& definition) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        return InboxViewRepository(m_db).redefine(id, stored(definition), QDateTime::currentDateTimeUtc());
    });
}

VoidResult InboxViewService::move(qint64 id, int offset) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        const InboxViewRepository repository(m_db);
        auto rows = repository.visibleTo(m_db.currentUser());
        if (!rows.ok())
            return rows.error();
        QList<InboxViewRow> own;
        for (const InboxViewRow& row : *rows)
            if (!row.published())
                own << row;
        const auto at =
            std::find_if(own.cbegin(), own.cend(), [id](const InboxViewRow& r) { return r.id == id; });
        if (at == own.cend())
            return makeError(ErrorCode::NotFound,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "no view %1 of yours"), {id}});
        const qsizetype from = at - own.cbegin();
        const qsizetype to = std::clamp<qsizetype>(from + offset, 0, own.size() - 1);
        if (to == from)
            return {};
        own.move(from, to);
        // Positions 1..n in the new order: also mends equal positions from concurrent saves.
        for (qsizetype i = 0; i < own.size(); ++i)
            if (own.at(i).position != int(i) + 1)
                if (auto placed = repository.place(own.at(i).id, int(i) + 1); !placed.ok())
                    return placed;
        return {};
    });
}

VoidResult InboxViewService::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> VoidResult {
        auto view = InboxViewRepository(m_db).find(id);
        if (!view.ok())
            return view.error();
        if (auto removed = InboxViewRepository(m_db).remove(id); !removed.ok())
            return removed;
        if (view->published())
            return AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.view_unpublished"),
                                                0, QString(),
                                                view->eserviceId + QLatin1Char('/') + view->name);
        return {};
    });
}

Result<qint64> InboxViewService::publish(qint64 id, const QString& eserviceId) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        auto eservice = EServiceRepository(m_db).find(eserviceId);
        if (!eservice.ok())
            return eservice.error();
        if (!eservice->has_value())
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"), {eserviceId}},
                             QStringLiteral("eservice"));
        auto view = InboxViewRepository(m_db).find(id);
        if (!view.ok())
            return view.error();
        auto definition = InboxViewDefinition::fromJson(view->definition);
        if (!definition.ok())
            return definition.error();
        definition->eserviceId = eserviceId;
        auto rows = InboxViewRepository(m_db).visibleTo(m_db.currentUser());
        if (!rows.ok())
            return rows.error();
        auto checked = checkedName(view->name, eserviceId, 0, *rows);
        if (!checked.ok())
            return checked.error();
        InboxViewRow row;
        row.eserviceId = eserviceId;
        row.name = *checked;
        row.definition = stored(*definition);
        auto published =
            InboxViewRepository(m_db).insert(row, m_db.currentUser(), QDateTime::currentDateTimeUtc());
        if (!published.ok())
            return published.error();
        if (auto audited =
                AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("admin.view_published"), 0,
                                             QString(), eserviceId + QLatin1Char('/') + row.name);
            !audited.ok())
            return audited.error();
        return *published;
    });
}

} // namespace casedesk
