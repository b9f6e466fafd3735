#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

namespace casedesk {

class Database;

// Which cases, in which order, from where: the inbox's question to the database. Paging is by
// keyset (the last row's sort key), never by OFFSET, so page 1000 costs what page 1 costs.
struct CaseQuery
{
    QString eserviceId;
    QString statusId;
    std::optional<StatusKind> statusKind;
    bool openOnly = false; // every kind but closed
    std::optional<QString> assignee; // "" = unassigned
    bool needsActionOnly = false;
    QDateTime submittedFrom;
    QDateTime submittedTo;
    int limit = 100;
    // Keyset cursor: the (submitted_at, id) of the last row of the previous page.
    QDateTime afterSubmittedAt;
    qint64 afterId = 0;
};

struct NewCaseRow
{
    QString reference;
    QString eserviceId;
    QString statusId;
    QString source;
    QString externalId;
    Applicant applicant;
    QDateTime submittedAt;
    SignatureState signatureState = SignatureState::None;
};

class CaseRepository
{
public:
    explicit CaseRepository(const Database& db) : m_db(db) {}

    // The next free reference for the year, e.g. CD-2026-000123. Call inside the transaction
    // that inserts the case: the counter row serialises concurrent intakes.
    Result<QString> nextReference(int year) const;
    Result<std::optional<QString>> referenceForExternalId(const QString& source, const QString& externalId) const;
    Result<qint64> insert(const NewCaseRow& row, const QDateTime& now) const;

    Result<std::optional<CaseSummary>> findSummary(const QString& reference) const;
    Result<QList<CaseSummary>> list(const CaseQuery& query) const;

    // Optimistic lock: changes only when the case still has `expectedVersion`; Conflict otherwise.
    VoidResult updateStatus(qint64 caseId, int expectedVersion, const QString& statusId, bool closes,
                            const QDateTime& now) const;
    VoidResult setNeedsAction(qint64 caseId, bool needsAction) const;

    VoidResult addEvent(qint64 caseId, const EventRow& event) const;
    Result<QList<EventRow>> events(qint64 caseId) const;

private:
    const Database& m_db;
};

} // namespace casedesk
