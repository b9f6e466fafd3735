// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Result.h"

#include "FieldLabels.h"

namespace casedesk {

QString Error::fieldLabel() const
{
    return casedesk::fieldLabel(field);
}

QString Error::explain() const
{
    return field.isEmpty() ? message() : fieldLabel() + QStringLiteral(": ") + message();
}

QString Error::explainWithPath() const
{
    return field.isEmpty() ? message() : field + QStringLiteral(": ") + message();
}

QString Error::describe() const
{
    return field.isEmpty() ? text.english() : field + QStringLiteral(": ") + text.english();
}

} // namespace casedesk
