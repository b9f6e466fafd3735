// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk {

// Reduces a name from outside to a base name that is safe on Windows and Linux: no
// directories, no control characters, none of <>:"/\|?*, no reserved device names (CON,
// NUL, COM1...), no leading/trailing dots or spaces, at most 180 characters with the
// extension kept. Never empty ("bilaga" when nothing is left).
QString safeFileName(const QString& untrusted);

} // namespace casedesk
