#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <utility>

namespace casedesk {

class Database;

// Which cases, in which order, from where: the inbox's question to the database. Paging is by
// keyset (the last row's sort key), never by OFFSET, so page 1000 costs what page 1 costs.
enum class CaseSort
{
    Submitted,
    Reference,
    EService,
    Applicant,
    Status,
    Assignee,
    LastActivity
};

struct CaseQuery
{
    QString eserviceId;
    QString statusId;
    std::optional<StatusKind> statusKind;
    bool openOnly = false;           // every kind but closed
    std::optional<QString> assignee; // "" = unassigned
    bool needsActionOnly = false;
    QDateTime submittedFrom;
    QDateTime submittedTo;
    // Reference, personal number, applicant name or a form field's value.
    QString search;
    CaseSort sort = CaseSort::Submitted;
    bool descending = true;
    int limit = 100;
    // Keyset cursor: the sort value and id of the last row of the previous page (see cursorOf).
    QVariant afterValue;
    qint64 afterId = 0;
    bool hasCursor() const { return afterId > 0; }
};

// The keyset cursor that continues a listing after `row`.
void continueAfter(CaseQuery& query, const CaseSummary& row);

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
    explicit CaseRepository(const Database& db)
        : m_db(db)
    {}

    // The next free reference for the year, e.g. CD-2026-000123. Call inside the transaction
    // that inserts the case: the counter row serialises concurrent intakes.
    Result<QString> nextReference(int year) const;
    Result<std::optional<QString>> referenceForExternalId(const QString& source,
                                                          const QString& externalId) const;
    Result<qint64> insert(const NewCaseRow& row, const QDateTime& now) const;

    Result<std::optional<CaseSummary>> findSummary(const QString& reference) const;
    // Where the case came from: its source ("casedesk", "oep", "demo") and external id.
    Result<std::pair<QString, QString>> origin(qint64 caseId) const;
    Result<QList<CaseSummary>> list(const CaseQuery& query) const;
    // How many cases match, ignoring the cursor and limit.
    Result<qint64> count(const CaseQuery& query) const;
    // Everyone who has cases assigned, for the assignee filter.
    Result<QStringList> assignees() const;
    VoidResult setAssignee(qint64 caseId, int expectedVersion, const QString& assignee,
                           const QDateTime& now) const;

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
