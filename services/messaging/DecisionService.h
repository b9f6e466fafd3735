// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"

#include <optional>

namespace casedesk {

class Database;

struct DecisionInput
{
    QString outcomeId; // one of the e-service's active outcomes (TemplateService::outcomes)
    QString text;      // the decision text, non-empty
    // The decision document: a PDF. Without one CaseDesk renders a PDF from the text
    // (PDF/A, documents/PagedDocument.h) named "beslut-<reference>.pdf" / "decision-<reference>.pdf".
    std::optional<OutgoingFile> document;
    std::optional<int> expectedVersion;
};

// Decisions (beslut). Recording writes, in one transaction: the decision row (append-only), its
// document as an attachment of an outbound message of kind "decision", the move to the
// closed-kind status "decided" (closed_at set, so retention starts), a case_events row
// "decision_recorded" and a "decision_available" mail to the applicant.
class DecisionService
{
public:
    explicit DecisionService(const Database& db)
        : m_db(db)
    {}

    // Refused (Conflict) when the case already has a decision: use correct().
    Result<Decision> record(const QString& reference, const DecisionInput& input) const;

    // A correction is a new decision linked to the one it corrects (which must be the case's
    // latest); the old one stays as it was. The case stays (or becomes) decided.
    Result<Decision> correct(const QString& reference, qint64 correctsDecisionId,
                             const DecisionInput& input) const;

    // The case's decisions, oldest first.
    Result<QList<Decision>> decisions(const QString& reference) const;

    // The built-in decision document for a text (PDF 1.4, Helvetica, several pages if needed).
    static QByteArray renderDocument(const QString& reference, const QString& eserviceName,
                                     const QString& outcomeName, const QString& text,
                                     const QDateTime& decidedAt, const QString& language);

private:
    Result<Decision> write(const QString& reference, qint64 correctsDecisionId,
                           const DecisionInput& input) const;
    const Database& m_db;
};

} // namespace casedesk
