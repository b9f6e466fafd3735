// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DecisionService.h"

#include "AttachmentCheck.h"
#include "MessagingRepository.h"
#include "MessagingSupport.h"
#include "TemplateService.h"
#include "db/Database.h"
#include "documents/CaseDocument.h"
#include "documents/PagedDocument.h"
#include "intake/AttachmentTypePolicy.h"
#include "repositories/CaseContentRepository.h"
#include "repositories/EServiceRepository.h"
#include "workflow/CaseWork.h"

namespace casedesk {

QByteArray DecisionService::renderDocument(const QString& reference, const QString& eserviceName,
                                           const QString& outcomeName, const QString& text,
                                           const QDateTime& decidedAt, const QString& language)
{
    const bool en = language == QLatin1String("en");
    PagedDocument document;
    document.language = en ? QStringLiteral("en") : QStringLiteral("sv");
    document.title = (en ? QStringLiteral("Decision ") : QStringLiteral("Beslut ")) + reference;
    document.headerRight = reference;
    const QString date = documentDateTime(decidedAt).left(10);
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString body = text.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    document.html =
        QStringLiteral(
            "<html><body><h1>%1</h1><table cellpadding='3'>%2%3%4%5</table><p>%6</p></body></html>")
            .arg(en ? QStringLiteral("Decision") : QStringLiteral("Beslut"),
                 row(en ? QStringLiteral("Case") : QStringLiteral("Ärende"), reference),
                 row(en ? QStringLiteral("E-service") : QStringLiteral("E-tjänst"), eserviceName),
                 row(en ? QStringLiteral("Date of decision") : QStringLiteral("Beslutsdatum"), date),
                 row(en ? QStringLiteral("Outcome") : QStringLiteral("Beslut"), outcomeName), body);
    return renderPdfA(document, decidedAt);
}

Result<Decision> DecisionService::record(const QString& reference, const DecisionInput& input) const
{
    return write(reference, 0, input);
}

Result<Decision> DecisionService::correct(const QString& reference, qint64 correctsDecisionId,
                                          const DecisionInput& input) const
{
    if (correctsDecisionId <= 0)
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "names no decision"),
                         QStringLiteral("corrects"));
    return write(reference, correctsDecisionId, input);
}

Result<QList<Decision>> DecisionService::decisions(const QString& reference) const
{
    auto summary = CaseWork::find(m_db, reference);
    if (!summary.ok())
        return summary.error();
    return MessagingRepository(m_db).decisions(summary->id);
}

Result<Decision> DecisionService::write(const QString& reference, qint64 correctsDecisionId,
                                        const DecisionInput& input) const
{
    auto text = messaging::checkText(input.text, QStringLiteral("text"), IntakeLimits{}.maxMultiLineLength);
    if (!text.ok())
        return text.error();
    std::optional<IncomingAttachment> document;
    if (input.document) {
        auto checked = checkAttachments({*input.document}, QStringLiteral("document"));
        if (!checked.ok())
            return checked.error();
        if (checked->constFirst().mimeType != QLatin1String("application/pdf"))
            return makeError(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("casedesk::Errors", "the decision document must be a PDF"),
                             QStringLiteral("document"));
        document = checked->constFirst();
    }

    CaseWork work(m_db);
    if (auto r = work.begin(reference, input.expectedVersion); !r.ok())
        return r.error();
    const CaseSummary& summary = work.summary();

    auto outcomes = TemplateService(m_db).outcomes(summary.eserviceId, true);
    if (!outcomes.ok())
        return outcomes.error();
    std::optional<DecisionOutcome> outcome;
    QStringList known;
    for (const DecisionOutcome& o : *outcomes) {
        known << o.id;
        if (o.id == input.outcomeId)
            outcome = o;
    }
    if (!outcome)
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "unknown outcome '%1'; known: %2"),
                          {input.outcomeId.left(40), known.join(QStringLiteral(", "))}},
                         QStringLiteral("outcome"));

    const MessagingRepository repo(m_db);
    auto existing = repo.decisions(summary.id);
    if (!existing.ok())
        return existing.error();
    if (correctsDecisionId == 0 && !existing->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("casedesk::Errors",
                                           "the case already has a decision; record a correction instead"));
    if (correctsDecisionId != 0 && (existing->isEmpty() || existing->constLast().id != correctsDecisionId))
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "only the case's latest decision (%1) can be corrected"),
             {existing->isEmpty() ? QStringLiteral("none") : QString::number(existing->constLast().id)}},
            QStringLiteral("corrects"));

    auto eservice = EServiceRepository(m_db).find(summary.eserviceId);
    if (!eservice.ok())
        return eservice.error();
    const QString language = eservice->has_value() ? (*eservice)->language : QStringLiteral("sv");
    const QDateTime now = work.now();
    // The caseworker's own PDF: the name must say PDF ("beslut.pdf.js" is stored as
    // "beslut.pdf.pdf"). The document is a PDF whatever the e-service's allowlist says.
    QList<RenamedAttachment> renames;
    if (document) {
        QList<IncomingAttachment> documents{*document};
        auto renamed = applyFileTypeRule(documents, {QStringLiteral("pdf")}, summary.eserviceId,
                                         QStringLiteral("document"));
        if (!renamed.ok())
            return renamed.error();
        renames = *renamed;
        document = documents.constFirst();
    }
    if (!document) {
        IncomingAttachment rendered;
        rendered.fileName =
            (language == QLatin1String("en") ? QStringLiteral("decision-") : QStringLiteral("beslut-")) +
            summary.reference + QStringLiteral(".pdf");
        rendered.mimeType = QStringLiteral("application/pdf");
        rendered.content = renderDocument(summary.reference, summary.eserviceName, outcome->name(language),
                                          *text, now, language);
        document = rendered;
    }

    Decision decision;
    decision.caseId = summary.id;
    decision.outcomeId = outcome->id;
    decision.outcomeNameSv = outcome->nameSv;
    decision.outcomeNameEn = outcome->nameEn;
    decision.text = *text;
    decision.decidedBy = m_db.currentUser();
    decision.decidedAt = now;
    decision.correctsDecisionId = correctsDecisionId;
    decision.documentFileName = document->fileName;

    auto messageId = repo.insertMessage(summary.id, QStringLiteral("out"), MessageKind::decision(),
                                        decision.decidedBy, *text, now);
    if (!messageId.ok())
        return messageId.error();
    decision.messageId = *messageId;
    auto attachmentId = CaseContentRepository(m_db).insertAttachment(summary.id, *messageId, *document, now);
    if (!attachmentId.ok())
        return attachmentId.error();
    decision.documentAttachmentId = *attachmentId;
    auto id = repo.insertDecision(decision);
    if (!id.ok())
        return id.error();
    decision.id = *id;

    work.decisionRecorded();
    // A decision on a closed case (a correction) leaves its status; otherwise the case is decided.
    if (summary.statusKind == StatusKind::Closed) {
        if (auto r = work.touch(); !r.ok())
            return r.error();
    } else if (auto moved = work.moveStatus(QStringLiteral("decided")); !moved.ok()) {
        return moved.error();
    }
    if (summary.supplementDueDate.isValid()) {
        if (auto r = repo.setSupplementDue(summary.id, QDate()); !r.ok())
            return r.error();
    }
    if (auto r = recordRenamedAttachments(m_db, summary.id, renames, now); !r.ok())
        return r.error();
    work.record(correctsDecisionId ? QStringLiteral("decision_corrected")
                                   : QStringLiteral("decision_recorded"),
                outcome->id);
    work.notifyApplicant(MailKind::DecisionAvailable);
    if (auto r = work.finish(); !r.ok())
        return r.error();
    return decision;
}

} // namespace casedesk
