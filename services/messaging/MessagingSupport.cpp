// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MessagingSupport.h"

#include "intake/TextRules.h"

namespace casedesk::messaging {

Result<QString> checkText(const QString& text, const QString& field, int maxLength, bool allowEmpty)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !allowEmpty)
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("casedesk::Errors", "must not be empty"),
                         field);
    if (VoidResult r = checkMultiLine(trimmed, field, maxLength); !r.ok())
        return r.error();
    return trimmed;
}

} // namespace casedesk::messaging
