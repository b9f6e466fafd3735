// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>

namespace casedesk {

// Qt's PDF engine maps each glyph back to text through the font's cmap, so a shaped Arabic
// letter (initial, medial, final form, the lam-alef ligature) reads back as its presentation
// form (U+FB50–U+FDFF, U+FE70–U+FEFF): "محمد" is copied and extracted as "ﻣﺤﻤﺪ", and a
// search or pdftotext does not find the name typed. This rewrites the ToUnicode maps of a PDF
// Qt wrote so that those glyphs read back as the letters they show (their compatibility
// decomposition), and moves the cross-reference table's offsets by what the maps grew. A PDF
// without such maps is left as it is.
void mapPresentationFormsToLetters(QByteArray& pdf);

} // namespace casedesk
