// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PortalService.h"

#include "AttachmentCheck.h"
#include "MessagingSupport.h"
#include "PortalRepository.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/FileTypes.h"
#include "intake/PersonalNumber.h"

#include <QJsonArray>

namespace casedesk {

namespace {

Error noCase(const QString& reference)
{
    return makeError(
        ErrorCode::NotFound,
        {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"), {reference.left(40)}},
        QStringLiteral("reference"));
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject documentJson(const PortalDocument& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("fileName"), d.fileName},
            {QStringLiteral("mimeType"), d.mimeType},
            {QStringLiteral("size"), d.size},
            {QStringLiteral("sha256"), d.sha256}};
}

} // namespace

Result<QString> PortalService::normalizeIdentity(const QString& personalNumber)
{
    auto normalized = PersonalNumber::normalize(personalNumber);
    if (!normalized.ok())
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "not a personal number: %1"), {normalized.error().text}},
            QStringLiteral("identity"));
    return QString(*normalized).remove(QLatin1Char('-'));
}

Result<QList<PortalCaseSummary>> PortalService::cases(const QString& identity) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    return PortalRepository(m_db).cases(*person);
}

Result<PortalView> PortalService::messages(const QString& identity, const QString& reference) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    TransactionGuard transaction(m_db); // one snapshot for the three reads
    if (!transaction.begun().ok())
        return transaction.begun().error();
    const PortalRepository repo(m_db);
    auto view = repo.caseView(*person, reference);
    if (!view.ok())
        return view.error();
    if (!view->has_value())
        return noCase(reference);
    auto messages = repo.messages(*person, reference);
    if (!messages.ok())
        return messages.error();
    auto decisions = repo.decisions(*person, reference);
    if (!decisions.ok())
        return decisions.error();
    PortalView result = **view;
    result.messages = *messages;
    result.decisions = *decisions;
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return result;
}

Result<PortalMessage> PortalService::writeInbound(const QString& identity, const QString& reference,
                                                  const QString& text, const QList<OutgoingFile>& attachments,
                                                  bool supplement) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    auto body =
        messaging::checkText(text, QStringLiteral("text"), IntakeLimits{}.maxMultiLineLength, supplement);
    if (!body.ok())
        return body.error();
    if (supplement && body->isEmpty() && attachments.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "a supplement needs a text or an attachment"),
                         QStringLiteral("text"));
    auto files = checkAttachments(attachments, QStringLiteral("attachments"));
    if (!files.ok())
        return files.error();

    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    const PortalRepository repo(m_db);
    auto view = repo.caseView(*person, reference);
    if (!view.ok())
        return view.error();
    if (!view->has_value())
        return noCase(reference);
    if (supplement && !(*view)->openSupplement)
        return makeError(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the case has no open supplement request"),
                         QStringLiteral("reference"));
    // The portal's role reads no tables on PostgreSQL, so the applicant's files meet the default
    // allowlist here; names are made to say what the content is, as at intake.
    QList<IncomingAttachment> stored = *files;
    if (auto renamed = applyFileTypeRule(stored, defaultFileTypes(), (*view)->eserviceName,
                                         QStringLiteral("attachments"));
        !renamed.ok())
        return renamed.error();
    auto id = repo.writeInbound(*person, reference, *body, supplement);
    if (!id.ok())
        return id.error();
    PortalMessage message;
    message.id = *id;
    message.from = QStringLiteral("applicant");
    message.kind = supplement ? MessageKind::supplement() : MessageKind::message();
    message.body = *body;
    message.sentAt = QDateTime::currentDateTimeUtc();
    for (const IncomingAttachment& file : std::as_const(stored)) {
        auto attachmentId = repo.attach(*person, reference, *id, file);
        if (!attachmentId.ok())
            return attachmentId.error();
        message.attachments.append(
            {*attachmentId, file.fileName, file.mimeType, qint64(file.content.size()), {}});
    }
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return message;
}

Result<PortalMessage> PortalService::reply(const QString& identity, const QString& reference,
                                           const QString& text, const QList<OutgoingFile>& attachments) const
{
    return writeInbound(identity, reference, text, attachments, false);
}

Result<PortalMessage> PortalService::supplement(const QString& identity, const QString& reference,
                                                const QString& text,
                                                const QList<OutgoingFile>& attachments) const
{
    return writeInbound(identity, reference, text, attachments, true);
}

Result<int> PortalService::markRead(const QString& identity, const QString& reference) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    const PortalRepository repo(m_db);
    auto view = repo.caseView(*person, reference);
    if (!view.ok())
        return view.error();
    if (!view->has_value())
        return noCase(reference);
    auto count = repo.markRead(*person, reference);
    if (!count.ok())
        return count.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return count;
}

Result<QList<PortalDecision>> PortalService::decisions(const QString& identity,
                                                       const QString& reference) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    const PortalRepository repo(m_db);
    auto view = repo.caseView(*person, reference);
    if (!view.ok())
        return view.error();
    if (!view->has_value())
        return noCase(reference);
    return repo.decisions(*person, reference);
}

Result<PortalFile> PortalService::document(const QString& identity, const QString& reference,
                                           qint64 attachmentId) const
{
    auto person = normalizeIdentity(identity);
    if (!person.ok())
        return person.error();
    auto file = PortalRepository(m_db).document(*person, reference, attachmentId);
    if (!file.ok())
        return file.error();
    if (!file->has_value())
        return makeError(ErrorCode::NotFound,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "no document %1 on case %2"),
                          {attachmentId, reference.left(40)}},
                         QStringLiteral("document"));
    return **file;
}

QJsonObject PortalService::toJson(const PortalCaseSummary& c)
{
    return {{QStringLiteral("reference"), c.reference},
            {QStringLiteral("eservice"), c.eserviceName},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("id"), c.statusId}, {QStringLiteral("name"), c.statusName}}},
            {QStringLiteral("lastActivityAt"), time(c.lastActivityAt)},
            {QStringLiteral("unread"), c.unreadCount}};
}

QJsonObject PortalService::toJson(const PortalMessage& m)
{
    QJsonArray attachments;
    for (const PortalDocument& d : m.attachments)
        attachments << documentJson(d);
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("from"), m.from},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("sentAt"), time(m.sentAt)},
            {QStringLiteral("readAt"), time(m.readAt)},
            {QStringLiteral("attachments"), attachments}};
}

QJsonObject PortalService::toJson(const PortalDecision& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("outcome"), d.outcomeId},
            {QStringLiteral("outcomeName"),
             QJsonObject{{QStringLiteral("sv"), d.outcomeNameSv}, {QStringLiteral("en"), d.outcomeNameEn}}},
            {QStringLiteral("text"), d.text},
            {QStringLiteral("decidedAt"), time(d.decidedAt)},
            {QStringLiteral("corrects"),
             d.correctsDecisionId > 0 ? QJsonValue(d.correctsDecisionId) : QJsonValue()},
            {QStringLiteral("document"), d.document ? QJsonValue(documentJson(*d.document)) : QJsonValue()}};
}

QJsonObject PortalService::toJson(const PortalView& v)
{
    QJsonArray messages;
    for (const PortalMessage& m : v.messages)
        messages << toJson(m);
    QJsonArray decisions;
    for (const PortalDecision& d : v.decisions)
        decisions << toJson(d);
    QJsonValue supplement;
    if (v.openSupplement)
        supplement = QJsonObject{{QStringLiteral("id"), v.openSupplement->id},
                                 {QStringLiteral("text"), v.openSupplement->text},
                                 {QStringLiteral("due"), v.openSupplement->dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("requestedAt"), time(v.openSupplement->requestedAt)}};
    return {{QStringLiteral("reference"), v.reference},
            {QStringLiteral("eservice"), v.eserviceName},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), v.statusId},
                                                   {QStringLiteral("kind"), v.statusKind},
                                                   {QStringLiteral("sv"), v.statusNameSv},
                                                   {QStringLiteral("en"), v.statusNameEn}}},
            {QStringLiteral("submittedAt"), time(v.submittedAt)},
            {QStringLiteral("closedAt"), time(v.closedAt)},
            {QStringLiteral("openSupplementRequest"), supplement},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("decisions"), decisions}};
}

} // namespace casedesk
