// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk {

// The word a person reads for a field path of an error ("dueDate" -> "Due date"), in the UI
// language; indexes are left out when looking it up ("attachments[2].content" is looked up as
// "attachments[].content"). A path without a word (one inside a submission file, which only its
// author reads) comes back as it is. One table in FieldLabels.cpp, so that every service names
// its fields the same way.
QString fieldLabel(const QString& path);

} // namespace casedesk
