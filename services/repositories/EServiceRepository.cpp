// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "EServiceRepository.h"

#include "db/Database.h"

namespace casedesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, functional_mailbox, retention_days, language, allowed_file_types, navet_at_intake,"
    " archive_before_purge FROM eservices");

EService readEService(const QSqlQuery& q)
{
    EService e;
    e.id = q.value(0).toString();
    e.name = q.value(1).toString();
    e.functionalMailbox = q.value(2).toString();
    if (!q.value(3).isNull())
        e.retentionDays = q.value(3).toInt();
    e.language = q.value(4).toString();
    e.allowedFileTypes = q.value(5).toString();
    e.navetAtIntake = q.value(6).toBool();
    e.archiveBeforePurge = q.value(7).toBool();
    return e;
}

} // namespace

Result<std::optional<EService>> EServiceRepository::find(const QString& id) const
{
    auto q = m_db.run(kSelect + QStringLiteral(" WHERE id = ?"), {id}); // every submission asks
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<EService>();
    return std::optional<EService>(readEService(q->query()));
}

Result<QList<EService>> EServiceRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY name, id"));
    if (!q.ok())
        return q.error();
    QList<EService> result;
    while (q->next())
        result.append(readEService(*q));
    return result;
}

Result<EService> EServiceRepository::ensure(const QString& id, const QString& name) const
{
    auto existing = find(id);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value())
        return **existing;
    // Id and name only: the functional mailbox is the administrators' choice, never a
    // submission's (on PostgreSQL the database enforces it too).
    // ON CONFLICT: first submissions to a new e-service at once all go in, under one e-service.
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO eservices (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"),
        {id, name});
    if (!inserted.ok())
        return inserted.error();
    auto created = find(id);
    if (!created.ok())
        return created.error();
    return **created;
}

VoidResult EServiceRepository::updateOne(const QString& sql, const QVariantList& params) const
{
    auto q = m_db.exec(sql, params);
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"),
                                               {params.last().toString()}});
    return {};
}

VoidResult EServiceRepository::setRetention(const QString& id, std::optional<int> days) const
{
    if (days && *days < 0)
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "retention days cannot be negative"),
                         QStringLiteral("days"));
    return updateOne(QStringLiteral("UPDATE eservices SET retention_days = ? WHERE id = ?"),
                     {days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int)), id});
}

VoidResult EServiceRepository::setMailbox(const QString& id, const QString& mailbox) const
{
    return updateOne(QStringLiteral("UPDATE eservices SET functional_mailbox = ? WHERE id = ?"),
                     {mailbox, id});
}

VoidResult EServiceRepository::setLanguage(const QString& id, const QString& language) const
{
    if (language != QLatin1String("sv") && language != QLatin1String("en"))
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "language must be sv or en"),
                         QStringLiteral("language"));
    return updateOne(QStringLiteral("UPDATE eservices SET language = ? WHERE id = ?"), {language, id});
}

VoidResult EServiceRepository::setAllowedFileTypes(const QString& id, const QStringList& typeIds) const
{
    return updateOne(QStringLiteral("UPDATE eservices SET allowed_file_types = ? WHERE id = ?"),
                     {typeIds.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(typeIds.join(QLatin1Char(','))),
                      id});
}

VoidResult EServiceRepository::setNavetAtIntake(const QString& id, bool on) const
{
    return updateOne(QStringLiteral("UPDATE eservices SET navet_at_intake = ? WHERE id = ?"), {on, id});
}

VoidResult EServiceRepository::setArchiveBeforePurge(const QString& id, bool on) const
{
    return updateOne(QStringLiteral("UPDATE eservices SET archive_before_purge = ? WHERE id = ?"), {on, id});
}

VoidResult EServiceRepository::update(const EService& e) const
{
    return updateOne(
        QStringLiteral(
            "UPDATE eservices SET name = ?, functional_mailbox = ?, language = ?, retention_days = ?,"
            " navet_at_intake = ?, archive_before_purge = ? WHERE id = ?"),
        {e.name,
         e.functionalMailbox.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(e.functionalMailbox),
         e.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("sv"),
         e.retentionDays ? QVariant(*e.retentionDays) : QVariant(QMetaType(QMetaType::Int)), e.navetAtIntake,
         e.archiveBeforePurge, e.id});
}

} // namespace casedesk
