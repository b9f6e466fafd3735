// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"

#include <QJsonObject>
#include <QTextStream>

namespace casedesk::ctl {

// How casedeskctl prints cases: JSON for scripts, plain text for people. Protected identity
// is masked unless `revealProtected` (the caller has been logged in the audit log).
QJsonObject summaryToJson(const CaseSummary& summary);
QJsonObject detailToJson(const CaseDetail& detail, bool revealProtected);
void printSummaryLine(QTextStream& out, const CaseSummary& summary);
void printDetail(QTextStream& out, const CaseDetail& detail, bool revealProtected);

} // namespace casedesk::ctl
