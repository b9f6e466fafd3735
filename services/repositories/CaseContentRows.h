// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/SqlDialect.h"
#include "domain/CaseTypes.h"

#include <QJsonArray>

namespace casedesk {

// The rows a new case's content is written as, one JSON object per row keyed by column, without
// the case id: CaseContentRepository and CaseRepository bind it to their insert (insertCaseJsonRows),
// and on PostgreSQL casedesk_intake_submission (0021) adds the id of the case it has just
// inserted. One builder for both, so that both paths store the same values.

extern const QList<JsonRowColumn> kFormPageColumns;
extern const QList<JsonRowColumn> kFormFieldColumns;
extern const QList<JsonRowColumn> kRequiredSignerColumns;
extern const QList<JsonRowColumn> kSignatureColumns;
extern const QList<JsonRowColumn> kEventColumns;

QJsonArray formPageRows(const QList<FormPage>& pages);
QJsonArray formFieldRows(const QList<FormPage>& pages);
QJsonArray requiredSignerRows(const QList<RequiredSigner>& signers);
QJsonArray signatureRows(const QList<IncomingSignature>& signatures);
QJsonArray eventRows(const QList<EventRow>& events);

} // namespace casedesk
