// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk::test {

// Text read back from a PDF as a reader's search sees it. PDF text extraction gives Arabic as
// the shaped glyphs' presentation forms (U+FB50–U+FEFF: "ﻣﺤﻤﺪ", the lam-alef ligature "ﻷ")
// inside directional marks; compatibility normalisation (NFKC) gives back the letters typed, as
// PDF viewers' search does. Bidi controls are dropped and white space squeezed.
QString searchableText(const QString& extracted);

} // namespace casedesk::test
