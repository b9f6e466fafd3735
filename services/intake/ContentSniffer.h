// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Recognises common attachment types by their first bytes. Returns an empty string when the
// content is of no type we know.
QString sniffMimeType(const QByteArray& content);

// Refuses content whose declared MIME type does not match what it is (for the types we can
// recognise), and executables whatever they are declared as.
VoidResult checkDeclaredMimeType(const QString& declared, const QByteArray& content);

// "Type/Subtype; charset=UTF-8" -> "type/subtype"; empty when `declared` is not of the
// form type/subtype (RFC 6838 characters).
QString mimeTypeEssence(const QString& declared);

// The MIME type usual for a file name's extension ("intyg.PDF" -> "application/pdf"), for
// platforms that send files without one; empty for extensions we do not know.
QString mimeTypeForFileName(const QString& fileName);

// True for the executable types sniffMimeType() can return.
bool isExecutableMimeType(const QString& mimeType);

} // namespace casedesk
