// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk::test {

// Text read back from a PDF as a reader's search sees it: the directional marks an extractor
// puts around right-to-left runs (pdftotext's U+202B … U+202C) dropped, white space squeezed.
// Nothing else is forgiven: the letters must be the ones typed (an Arabic name comes back as
// its letters, not as the presentation forms of its shaped glyphs; see PdfTextMap).
QString searchableText(const QString& extracted);

} // namespace casedesk::test
