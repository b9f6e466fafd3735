// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TemplateService.h"

#include "MessagingSupport.h"
#include "TemplateRepository.h"
#include "access/AccessService.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/TextRules.h"
#include "mail/MailTemplates.h"
#include "repositories/AuditRepository.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

constexpr int MaxNameLength = 100;
constexpr int MaxSubjectLength = 200;
constexpr int MaxBodyLength = 20000;

bool validLanguage(const QString& language)
{
    return language == QLatin1String("sv") || language == QLatin1String("en");
}

// An administrator's change is audited in its own transaction, like AdminService's: the e-service
// and what changed, never the text itself.
VoidResult auditAndCommit(const Database& db, TransactionGuard& transaction, const QString& action,
                          const QString& detail)
{
    if (VoidResult r = AuditRepository(db).append(db.currentUser(), action, 0, QString(), detail); !r.ok())
        return r;
    return transaction.commit();
}

} // namespace

QStringList TemplateService::placeholders()
{
    return {QStringLiteral("{reference}"), QStringLiteral("{eservice}"), QStringLiteral("{caseworker}"),
            QStringLiteral("{due_date}")};
}

VoidResult TemplateService::validate(const QString& text, const QString& field)
{
    const QStringList known = placeholders();
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype stray = text.indexOf(QLatin1Char('}'), from);
        if (stray >= 0 && (open < 0 || stray < open))
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "'}' at position %1 closes no placeholder"),
                 {stray + 1}},
                field);
        if (open < 0)
            return {};
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        const qsizetype nextOpen = text.indexOf(QLatin1Char('{'), open + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors",
                                                "the placeholder at position %1 is not closed with '}'"),
                              {open + 1}},
                             field);
        const QString name = text.mid(open, close - open + 1);
        if (!known.contains(name))
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "unknown placeholder %1; known: %2"),
                              {name.left(60), known.join(QStringLiteral(" "))}},
                             field);
        from = close + 1;
    }
}

Result<QString> TemplateService::expand(const QString& text, const TemplateContext& context)
{
    if (VoidResult r = validate(text); !r.ok())
        return r.error();
    // One pass from left to right, so that a value containing "{...}" is never expanded again.
    QString out;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        if (open < 0) {
            out += text.mid(from);
            return out;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        out += text.mid(from, open - from);
        const QString name = text.mid(open + 1, close - open - 1);
        if (name == QLatin1String("reference"))
            out += context.reference;
        else if (name == QLatin1String("eservice"))
            out += context.eservice;
        else if (name == QLatin1String("caseworker"))
            out += context.caseworker;
        else if (name == QLatin1String("due_date") && context.dueDate.isValid())
            out += context.dueDate.toString(Qt::ISODate);
        from = close + 1;
    }
}

VoidResult TemplateService::requireAdmin() const
{
    auto role = AccessService(m_db).currentRole();
    if (!role.ok())
        return role.error();
    if (!administers(*role))
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("casedesk::Errors", "only administrators change templates and outcomes"));
    return {};
}

VoidResult TemplateService::requireEService(const QString& eserviceId) const
{
    auto exists = TemplateRepository(m_db).eserviceExists(eserviceId);
    if (!exists.ok())
        return exists.error();
    if (!*exists)
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no e-service '%1'"), {eserviceId.left(100)}},
                         QStringLiteral("eservice"));
    return {};
}

Result<QList<MessageTemplate>> TemplateService::messageTemplates(const QString& eserviceId) const
{
    return TemplateRepository(m_db).messageTemplates(eserviceId);
}

VoidResult TemplateService::setMessageTemplate(const QString& eserviceId, const QString& name,
                                               const QString& body) const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                         QStringLiteral("name"));
    if (VoidResult r = checkSingleLine(trimmedName, QStringLiteral("name"), MaxNameLength); !r.ok())
        return r;
    auto text = messaging::checkText(body, QStringLiteral("body"), MaxBodyLength);
    if (!text.ok())
        return text.error();
    if (VoidResult r = validate(*text); !r.ok())
        return r;
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    if (VoidResult r = TemplateRepository(m_db).upsertMessageTemplate({eserviceId, trimmedName, *text},
                                                                      QDateTime::currentDateTimeUtc());
        !r.ok())
        return r;
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.message_template_changed"),
                          eserviceId + QStringLiteral(": ") + name);
}

VoidResult TemplateService::removeMessageTemplate(const QString& eserviceId, const QString& name) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    auto removed = TemplateRepository(m_db).deleteMessageTemplate(eserviceId, name.trimmed());
    if (!removed.ok())
        return removed.error();
    if (!*removed)
        return makeError(
            ErrorCode::NotFound,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "no message template '%1'"), {name.left(100)}},
            QStringLiteral("name"));
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.message_template_removed"),
                          eserviceId + QStringLiteral(": ") + name);
}

MailTemplate TemplateService::builtInMailTemplate(MailKind kind, const QString& language)
{
    MailTemplate t;
    t.kind = kind;
    t.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("sv");
    const auto text = MailTemplates::builtIn(mailKindId(kind), t.language);
    if (text) {
        t.subject = text->subject;
        t.body = text->body;
    }
    return t;
}

Result<MailTemplate> TemplateService::mailTemplate(const QString& eserviceId, MailKind kind,
                                                   const QString& language) const
{
    MailTemplate t = builtInMailTemplate(kind, language);
    t.eserviceId = eserviceId;
    auto own = TemplateRepository(m_db).mailOverride(eserviceId, mailKindId(kind), t.language);
    if (!own.ok())
        return own.error();
    if (own->has_value())
        return **own;
    return t;
}

Result<QList<MailTemplate>> TemplateService::mailTemplates(const QString& eserviceId) const
{
    QList<MailTemplate> result;
    for (MailKind kind : allMailKinds()) {
        for (const QString& language : {QStringLiteral("sv"), QStringLiteral("en")}) {
            auto t = mailTemplate(eserviceId, kind, language);
            if (!t.ok())
                return t.error();
            result << *t;
        }
    }
    return result;
}

VoidResult TemplateService::setMailTemplate(const QString& eserviceId, MailKind kind, const QString& language,
                                            const QString& subject, const QString& body) const
{
    if (!validLanguage(language))
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must be sv or en"),
                         QStringLiteral("language"));
    const QString trimmedSubject = subject.trimmed();
    if (trimmedSubject.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                         QStringLiteral("subject"));
    if (VoidResult r = checkSingleLine(trimmedSubject, QStringLiteral("subject"), MaxSubjectLength); !r.ok())
        return r;
    auto text = messaging::checkText(body, QStringLiteral("body"), MaxBodyLength);
    if (!text.ok())
        return text.error();
    for (const auto& [value, field] :
         {std::pair{trimmedSubject, QStringLiteral("subject")}, std::pair{*text, QStringLiteral("body")}}) {
        if (VoidResult r = validate(value, field); !r.ok())
            return r;
        if (value.contains(QStringLiteral("{caseworker}")))
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors",
                                               "{caseworker} is not allowed in e-mails (no names in e-mail)"),
                             field);
    }
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    MailTemplate t;
    t.eserviceId = eserviceId;
    t.kind = kind;
    t.language = language;
    t.subject = trimmedSubject;
    t.body = *text + QLatin1Char('\n');
    if (VoidResult r = TemplateRepository(m_db).upsertMailOverride(t, QDateTime::currentDateTimeUtc());
        !r.ok())
        return r;
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.mail_template_changed"),
                          eserviceId + QStringLiteral(": ") + mailKindId(kind) + QLatin1Char('/') + language);
}

VoidResult TemplateService::resetMailTemplate(const QString& eserviceId, MailKind kind,
                                              const QString& language) const
{
    if (!validLanguage(language))
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must be sv or en"),
                         QStringLiteral("language"));
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    auto removed = TemplateRepository(m_db).deleteMailOverride(eserviceId, mailKindId(kind), language);
    if (!removed.ok())
        return removed.error();
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.mail_template_reset"),
                          eserviceId + QStringLiteral(": ") + mailKindId(kind) + QLatin1Char('/') + language);
}

Result<QList<DecisionOutcome>> TemplateService::outcomes(const QString& eserviceId, bool activeOnly) const
{
    auto all = TemplateRepository(m_db).outcomes(eserviceId, false);
    if (!all.ok() || !activeOnly)
        return all;
    QList<DecisionOutcome> active;
    for (const DecisionOutcome& o : *all)
        if (o.active)
            active << o;
    return active;
}

VoidResult TemplateService::setOutcome(const QString& eserviceId, const QString& outcomeId,
                                       const QString& nameSv, const QString& nameEn) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!idPattern.match(outcomeId).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "1-40 characters a-z, 0-9 or _"),
                         QStringLiteral("outcome"));
    for (const auto& [value, field] : {std::pair{nameSv.trimmed(), QStringLiteral("nameSv")},
                                       std::pair{nameEn.trimmed(), QStringLiteral("nameEn")}}) {
        if (value.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"), field);
        if (VoidResult r = checkSingleLine(value, field, MaxNameLength); !r.ok())
            return r;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    const TemplateRepository repo(m_db);
    auto own = ensureOwnOutcomes(eserviceId);
    if (!own.ok())
        return own.error();
    int maxOrder = 0;
    std::optional<DecisionOutcome> existing;
    for (const DecisionOutcome& o : *own) {
        maxOrder = std::max(maxOrder, o.sortOrder);
        if (o.id == outcomeId)
            existing = o;
    }
    DecisionOutcome o =
        existing.value_or(DecisionOutcome{outcomeId, eserviceId, {}, {}, maxOrder + 10, true});
    o.nameSv = nameSv.trimmed();
    o.nameEn = nameEn.trimmed();
    if (VoidResult r = existing ? VoidResult() : repo.insertOutcome(o); !r.ok())
        return r;
    if (existing) {
        auto updated = repo.updateOutcome(o);
        if (!updated.ok())
            return updated.error();
    }
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.outcome_changed"),
                          eserviceId + QStringLiteral(": ") + outcomeId);
}

VoidResult TemplateService::setOutcomeActive(const QString& eserviceId, const QString& outcomeId,
                                             bool active) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    const TemplateRepository repo(m_db);
    auto own = ensureOwnOutcomes(eserviceId);
    if (!own.ok())
        return own.error();
    for (DecisionOutcome o : *own) {
        if (o.id != outcomeId)
            continue;
        o.active = active;
        auto updated = repo.updateOutcome(o);
        if (!updated.ok())
            return updated.error();
        return auditAndCommit(m_db, transaction, QStringLiteral("admin.outcome_changed"),
                              eserviceId + QStringLiteral(": ") + outcomeId +
                                  (active ? QStringLiteral(" active") : QStringLiteral(" retired")));
    }
    return makeError(ErrorCode::NotFound,
                     {QT_TRANSLATE_NOOP("casedesk::Errors", "no outcome '%1'"), {outcomeId.left(40)}},
                     QStringLiteral("outcome"));
}

Result<QList<DecisionOutcome>> TemplateService::ensureOwnOutcomes(const QString& eserviceId) const
{
    const TemplateRepository repo(m_db);
    auto own = repo.outcomes(eserviceId, true);
    if (!own.ok() || !own->isEmpty())
        return own;
    // The first change gives the e-service its own copy of the built-in list.
    auto builtIn = repo.outcomes(eserviceId, false);
    if (!builtIn.ok())
        return builtIn.error();
    QList<DecisionOutcome> copied;
    for (DecisionOutcome o : *builtIn) {
        o.eserviceId = eserviceId;
        if (VoidResult r = repo.insertOutcome(o); !r.ok())
            return r.error();
        copied << o;
    }
    return copied;
}

Result<bool> TemplateService::announcesClosed(const QString& eserviceId) const
{
    return TemplateRepository(m_db).announcesClosed(eserviceId);
}

VoidResult TemplateService::setAnnouncesClosed(const QString& eserviceId, bool announce) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (VoidResult r = requireAdmin(); !r.ok())
        return r;
    if (VoidResult r = requireEService(eserviceId); !r.ok())
        return r;
    auto set = TemplateRepository(m_db).setAnnouncesClosed(eserviceId, announce);
    if (!set.ok())
        return set.error();
    return auditAndCommit(m_db, transaction, QStringLiteral("admin.announcement_changed"),
                          eserviceId + (announce ? QStringLiteral(": closing announced")
                                                 : QStringLiteral(": closing not announced")));
}

} // namespace casedesk
