// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MessagingTypes.h"
#include "core/Result.h"
#include "domain/Submission.h"
#include "intake/IntakeLimits.h"

namespace casedesk {

// Validates files attached to a message, a supplement or a decision with the intake rules: a
// safe base name (safeFileName), a declared or guessed MIME type that matches the content
// (ContentSniffer; executables refused), non-empty content within IntakeLimits. `field` names
// the list in errors, e.g. "attachments" -> "attachments[2].content: ...".
Result<QList<IncomingAttachment>> checkAttachments(const QList<OutgoingFile>& files, const QString& field,
                                                   const IntakeLimits& limits = {});

// Reads a file from disk for `--attach FILE` and the compose box; refuses files over the limit
// before reading them.
Result<OutgoingFile> loadAttachmentFile(const QString& path, const IntakeLimits& limits = {});

} // namespace casedesk
