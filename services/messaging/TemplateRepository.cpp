// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TemplateRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<QList<MessageTemplate>> TemplateRepository::messageTemplates(const QString& eserviceId) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT eservice_id, name, body FROM message_templates WHERE eservice_id = ? ORDER BY name"),
        {eserviceId});
    if (!q.ok())
        return q.error();
    QList<MessageTemplate> result;
    while (q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return result;
}

VoidResult TemplateRepository::upsertMessageTemplate(const MessageTemplate& t, const QDateTime& now) const
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO message_templates (eservice_id, name, body, updated_at)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (eservice_id, name)"
                                 " DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"),
                  {t.eserviceId, t.name, t.body, toSqlTime(now)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<bool> TemplateRepository::deleteMessageTemplate(const QString& eserviceId, const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM message_templates WHERE eservice_id = ? AND name = ?"),
                       {eserviceId, name});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<MailTemplate>> TemplateRepository::mailOverride(const QString& eserviceId,
                                                                     const QString& kindId,
                                                                     const QString& language) const
{
    auto q =
        m_db.run(QStringLiteral("SELECT subject, body FROM mail_templates WHERE eservice_id = ? AND kind = ?"
                                " AND language = ?"),
                 {eserviceId, kindId, language});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<MailTemplate>();
    MailTemplate t;
    t.eserviceId = eserviceId;
    t.kind = mailKindFromId(kindId).value_or(MailKind::NewMessage);
    t.language = language;
    t.subject = q->value(0).toString();
    t.body = q->value(1).toString();
    t.overridden = true;
    return std::optional<MailTemplate>(t);
}

VoidResult TemplateRepository::upsertMailOverride(const MailTemplate& t, const QDateTime& now) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO mail_templates (eservice_id, kind, language, subject, body, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (eservice_id, kind, language) DO UPDATE"
            " SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at"),
        {t.eserviceId, mailKindId(t.kind), t.language, t.subject, t.body, toSqlTime(now)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<bool> TemplateRepository::deleteMailOverride(const QString& eserviceId, const QString& kindId,
                                                    const QString& language) const
{
    auto q = m_db.exec(
        QStringLiteral("DELETE FROM mail_templates WHERE eservice_id = ? AND kind = ? AND language = ?"),
        {eserviceId, kindId, language});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QList<DecisionOutcome>> TemplateRepository::outcomes(const QString& eserviceId, bool ownOnly) const
{
    const QString columns = QStringLiteral("SELECT eservice_id, id, name_sv, name_en, sort_order, active"
                                           " FROM decision_outcomes WHERE ");
    auto q = m_db.exec(columns + QStringLiteral("eservice_id = ? ORDER BY sort_order, id"), {eserviceId});
    if (!q.ok())
        return q.error();
    const auto read = [](QSqlQuery& query) {
        QList<DecisionOutcome> result;
        while (query.next())
            result.append({query.value(1).toString(), query.value(0).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toInt(), query.value(5).toBool()});
        return result;
    };
    QList<DecisionOutcome> own = read(q.value());
    if (!own.isEmpty() || ownOnly)
        return own;
    auto builtIn = m_db.exec(columns + QStringLiteral("eservice_id IS NULL ORDER BY sort_order, id"));
    if (!builtIn.ok())
        return builtIn.error();
    return read(builtIn.value());
}

VoidResult TemplateRepository::insertOutcome(const DecisionOutcome& o) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO decision_outcomes (eservice_id, id, name_sv, name_en, sort_order,"
                       " active) VALUES (?, ?, ?, ?, ?, ?)"),
        {o.eserviceId, o.id, o.nameSv, o.nameEn, o.sortOrder, o.active});
    if (!q.ok())
        return q.error();
    return {};
}

Result<bool> TemplateRepository::updateOutcome(const DecisionOutcome& o) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE decision_outcomes SET name_sv = ?, name_en = ?, active = ?"
                                      " WHERE eservice_id = ? AND id = ?"),
                       {o.nameSv, o.nameEn, o.active, o.eserviceId, o.id});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> TemplateRepository::eserviceExists(const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM eservices WHERE id = ?"), {eserviceId});
    if (!q.ok())
        return q.error();
    return q->next();
}

Result<QString> TemplateRepository::eserviceName(const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM eservices WHERE id = ?"), {eserviceId});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> TemplateRepository::announcesClosed(const QString& eserviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT announce_closed FROM eservices WHERE id = ?"), {eserviceId});
    if (!q.ok())
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<bool> TemplateRepository::setAnnouncesClosed(const QString& eserviceId, bool announce) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE eservices SET announce_closed = ? WHERE id = ?"),
                       {announce, eserviceId});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

} // namespace casedesk
