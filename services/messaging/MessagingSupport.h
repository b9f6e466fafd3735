#pragma once

#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <optional>

namespace casedesk {

class Database;

// Shared steps of the messaging services (call inside their transaction).
namespace messaging {

// The case by reference (NotFound otherwise).
Result<CaseSummary> requireCase(const Database& db, const QString& reference);
// Work access to the case's e-service and, for a protected identity, the right to see it.
VoidResult requireWork(const Database& db, const CaseSummary& summary);
// The caller's expected version matches the case (Conflict otherwise, naming the last change).
VoidResult checkVersion(const Database& db, const CaseSummary& summary, std::optional<int> expectedVersion);
// A case_events row by the current user.
VoidResult addEvent(const Database& db, qint64 caseId, const QString& kind, const QString& detail,
                    const QDateTime& now, const QString& fromStatus = {}, const QString& toStatus = {});
// Free text typed by a person: trimmed non-empty (unless allowEmpty), at most `maxLength`
// characters, no control characters but tab and newlines. InvalidInput naming `field`.
Result<QString> checkText(const QString& text, const QString& field, int maxLength, bool allowEmpty = false);

} // namespace messaging
} // namespace casedesk

namespace casedesk::messaging {

// Moves the case to `statusId` if its e-service allows that transition from the current status
// (InvalidInput, field "status", otherwise), bumping version (Conflict when stale). Returns the
// target status. Does not write the event.
Result<Status> moveStatus(const Database& db, const CaseSummary& summary, const QString& statusId,
                          const QDateTime& now);

} // namespace casedesk::messaging
