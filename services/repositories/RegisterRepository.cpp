// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "RegisterRepository.h"

#include "AuditRepository.h"
#include "db/Database.h"
#include "db/SqlValues.h"
#include "db/TransactionGuard.h"
#include "domain/NavetPersonJson.h"

#include <QJsonDocument>

namespace casedesk {

namespace {

QString personJsonText(const NavetPerson& person)
{
    return QString::fromUtf8(QJsonDocument(navetPersonToJson(person)).toJson(QJsonDocument::Compact));
}

Error noCase(const QString& reference)
{
    return makeError(ErrorCode::NotFound,
                     {QT_TRANSLATE_NOOP("casedesk::Errors", "no case with reference %1"), {reference}},
                     QStringLiteral("reference"));
}

Error notNamed(const QString& reference)
{
    return makeError(
        ErrorCode::PermissionDenied,
        {QT_TRANSLATE_NOOP("casedesk::Errors", "the person is not named in case %1"), {reference}},
        QStringLiteral("personalNumber"));
}

// The embedded file's casedesk_case_names_person (0024): the applicant, a party or a signer.
Result<bool> namesPerson(const Database& db, qint64 caseId, const QString& personalNumber)
{
    auto named = db.exec(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM cases WHERE id = ? AND applicant_personal_number = ?)"
                       " OR EXISTS (SELECT 1 FROM case_parties WHERE case_id = ? AND personal_number = ?)"
                       " OR EXISTS (SELECT 1 FROM signatures WHERE case_id = ? AND personal_number = ?)"),
        {caseId, personalNumber, caseId, personalNumber, caseId, personalNumber});
    if (!named.ok())
        return named.error();
    return named->next() && named->value(0).toBool();
}

} // namespace

Result<QList<RegisterEntry>> RegisterRepository::list(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT person, fetched_by, fetched_at FROM register_entries"
                                      " WHERE case_id = ? ORDER BY fetched_at, personal_number"),
                       {caseId});
    if (!q.ok())
        return q.error();
    QList<RegisterEntry> entries;
    while (q->next())
        entries.append(
            {navetPersonFromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object()),
             q->value(1).toString(), fromSqlTime(q->value(2))});
    return entries;
}

Result<bool> RegisterRepository::record(const QString& reference, const NavetPerson& person) const
{
    if (!m_db.sql().hasCaseFunctions())
        return recordEmbedded(reference, person);
    // One statement, its own transaction: the function checks who may, writes and audits.
    auto q = m_db.exec(QStringLiteral("SELECT casedesk_record_register_entry(?, CAST(? AS jsonb))"),
                       {reference, personJsonText(person)});
    if (!q.ok())
        return q.error();
    const QByteArray answer = q->next() ? q->value(0).toString().toUtf8() : QByteArray();
    return QJsonDocument::fromJson(answer).object().value(QLatin1String("protected_now")).toBool();
}

Result<bool> RegisterRepository::recordEmbedded(const QString& reference, const NavetPerson& person) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto found = m_db.exec(QStringLiteral("SELECT id, protected_identity FROM cases WHERE reference = ?"),
                           {reference});
    if (!found.ok())
        return found.error();
    if (!found->next())
        return noCase(reference);
    const qint64 caseId = found->value(0).toLongLong();
    const bool wasProtected = found->value(1).toBool();
    found->finish();
    auto named = namesPerson(m_db, caseId, person.personalNumber);
    if (!named.ok())
        return named.error();
    if (!*named)
        return notNamed(reference);
    const QVariant now = toSqlTime(QDateTime::currentDateTimeUtc());
    auto stored = m_db.exec(
        QStringLiteral(
            "INSERT INTO register_entries (case_id, personal_number, fetched_at, fetched_by,"
            " protected_identity, deceased, person) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, personal_number) DO UPDATE SET fetched_at = excluded.fetched_at,"
            " fetched_by = excluded.fetched_by, protected_identity = excluded.protected_identity,"
            " deceased = excluded.deceased, person = excluded.person"),
        {caseId, person.personalNumber, now, m_db.currentUser(), person.protectedIdentity(),
         person.deceased(), personJsonText(person)});
    if (!stored.ok())
        return stored.error();
    const AuditRepository audit(m_db);
    if (auto r = audit.append(m_db.currentUser(), QStringLiteral("case.register_fetched"), caseId, reference);
        !r.ok())
        return r.error();
    auto changed = m_db.exec(QStringLiteral("UPDATE cases SET protected_identity = (protected_identity OR ?),"
                                            " updated_at = ?, version = version + 1 WHERE id = ?"),
                             {person.protectedIdentity(), now, caseId});
    if (!changed.ok())
        return changed.error();
    const bool protectedNow = person.protectedIdentity() && !wasProtected;
    if (protectedNow) {
        if (auto r = audit.append(m_db.currentUser(), QStringLiteral("case.protected_by_register"), caseId,
                                  reference);
            !r.ok())
            return r.error();
    }
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return protectedNow;
}

VoidResult RegisterRepository::recordPersonalNumbersShown(const QString& reference) const
{
    if (m_db.sql().hasCaseFunctions()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_show_personal_numbers(?)"), {reference});
        if (!q.ok())
            return q.error();
        if (!q->next() || !q->value(0).toBool())
            return noCase(reference);
        return {};
    }
    auto found = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    if (!found.ok())
        return found.error();
    if (!found->next())
        return noCase(reference);
    const qint64 caseId = found->value(0).toLongLong();
    found->finish();
    // A file we may only read takes no audit row; its reader holds the whole file anyway (as
    // CaseService::markAsOpened has it).
    if (m_db.isReadOnly())
        return {};
    return AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.personal_number_shown"),
                                        caseId, reference);
}

Result<qint64> RegisterRepository::requestLookup(const QString& reference,
                                                 const QString& personalNumber) const
{
    if (m_db.sql().hasCaseFunctions()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_request_register_lookup(?, ?)"),
                           {reference, toSqlText(personalNumber)});
        if (!q.ok())
            return q.error();
        return q->next() ? q->value(0).toLongLong() : 0;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto found = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE reference = ?"), {reference});
    if (!found.ok())
        return found.error();
    if (!found->next())
        return noCase(reference);
    const qint64 caseId = found->value(0).toLongLong();
    found->finish();
    if (!personalNumber.isEmpty()) {
        auto named = namesPerson(m_db, caseId, personalNumber);
        if (!named.ok())
            return named.error();
        if (!*named)
            return notNamed(reference);
    }
    auto waiting = m_db.exec(QStringLiteral("SELECT id, personal_number FROM register_requests"
                                            " WHERE case_id = ? AND answered_at IS NULL"),
                             {caseId});
    if (!waiting.ok())
        return waiting.error();
    qint64 id = 0;
    if (waiting->next()) {
        // One request waits per case: it comes to cover this one too (everyone, unless both are
        // about the same person).
        id = waiting->value(0).toLongLong();
        const QString waitingFor = waiting->value(1).toString();
        waiting->finish();
        if (waitingFor.isEmpty() || waitingFor == personalNumber)
            return id;
        auto widened = m_db.exec(
            QStringLiteral("UPDATE register_requests SET personal_number = NULL WHERE id = ?"), {id});
        if (!widened.ok())
            return widened.error();
    } else {
        waiting->finish();
        auto added = m_db.exec(
            QStringLiteral(
                "INSERT INTO register_requests (case_id, requested_by, requested_at, personal_number)"
                " VALUES (?, ?, ?, ?) RETURNING id"),
            {caseId, m_db.currentUser(), toSqlTime(QDateTime::currentDateTimeUtc()),
             toSqlText(personalNumber)});
        if (!added.ok())
            return added.error();
        id = added->next() ? added->value(0).toLongLong() : 0;
        added->finish();
    }
    if (auto r = AuditRepository(m_db).append(m_db.currentUser(), QStringLiteral("case.register_requested"),
                                              caseId, reference);
        !r.ok())
        return r.error();
    if (auto r = transaction.commit(); !r.ok())
        return r.error();
    return id;
}

Result<QList<RegisterRepository::WaitingRequest>> RegisterRepository::waitingRequests(int limit) const
{
    const QString sql =
        m_db.sql().hasCaseFunctions()
            ? QStringLiteral(
                  "SELECT id, reference, personal_number FROM casedesk_waiting_register_requests(?)")
            : QStringLiteral(
                  "SELECT r.id, c.reference, r.personal_number FROM register_requests r JOIN cases c"
                  " ON c.id = r.case_id WHERE r.answered_at IS NULL"
                  " ORDER BY r.requested_at, r.id LIMIT ?");
    auto q = m_db.exec(sql, {limit});
    if (!q.ok())
        return q.error();
    QList<WaitingRequest> waiting;
    while (q->next())
        waiting.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return waiting;
}

VoidResult RegisterRepository::answerRequest(qint64 id, const QString& failure) const
{
    const QVariant why = toSqlText(failure.left(2000));
    if (m_db.sql().hasCaseFunctions()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_answer_register_request(?, ?)"), {id, why});
        if (!q.ok())
            return q.error();
        return {};
    }
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    const QVariant now = toSqlTime(QDateTime::currentDateTimeUtc());
    auto answered = m_db.exec(QStringLiteral("UPDATE register_requests SET answered_at = ?, failure = ?"
                                             " WHERE id = ? AND answered_at IS NULL RETURNING case_id"),
                              {now, why, id});
    if (!answered.ok())
        return answered.error();
    if (answered->next()) {
        const qint64 caseId = answered->value(0).toLongLong();
        answered->finish();
        auto changed =
            m_db.exec(QStringLiteral("UPDATE cases SET updated_at = ?, version = version + 1 WHERE id = ?"),
                      {now, caseId});
        if (!changed.ok())
            return changed.error();
    }
    return transaction.commit();
}

Result<std::optional<RegisterRequest>> RegisterRepository::latestRequest(qint64 caseId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT requested_by, requested_at, answered_at, failure FROM register_requests"
                       " WHERE case_id = ? ORDER BY requested_at DESC, id DESC LIMIT 1"),
        {caseId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<RegisterRequest>();
    return std::optional<RegisterRequest>(RegisterRequest{
        q->value(0).toString(), fromSqlTime(q->value(1)),
        q->value(2).isNull() ? QDateTime() : fromSqlTime(q->value(2)), q->value(3).toString()});
}

} // namespace casedesk
