// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "Submission.h"

#include <QSet>
#include <QString>

namespace casedesk {

// The ids of the fields the applicant did not see: those whose visibleWhen condition is false
// over the form's answers (FieldCondition). A condition that cannot be read shows its field, so
// nothing the applicant may have answered is ever hidden by a fault. The Form tab and the case
// document both ask this.
QSet<QString> fieldsHiddenFromApplicant(const QList<FormPage>& pages);

} // namespace casedesk
