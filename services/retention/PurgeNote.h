// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/ErrorText.h"

#include <QString>
#include <QStringList>

namespace casedesk {

// One remark of a purge run or of the storage maintenance after it (issue #13 §4): a stable code
// and its arguments for scripts (casedeskctl purge --json), and the same as words kept
// untranslated until shown: text.translated() where a person reads it, text.english() in logs.
// Never personal data: numbers, sizes, a database's error text.
struct PurgeNote
{
    QString code;     // e.g. "audit_left_to_service"; empty: no note
    QStringList args; // the arguments of `text`, as they are
    ErrorText text;

    bool isEmpty() const { return code.isEmpty(); }
};

} // namespace casedesk
