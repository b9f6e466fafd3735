// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace casedesk {

// The database's own refusals in the person's language (migration 0019). A PostgreSQL function
// that refuses names the refusal (a "reason" such as "no_case") and its arguments, next to its
// English words for psql and the server log; here every reason becomes the ErrorText CaseDesk
// itself uses for the same refusal, so that the UI and casedeskctl translate it when they show
// it. A reason this CaseDesk does not know (a newer database) keeps the database's words.

// A refused change's reason with its arguments (the "error" object of casedesk_change_status and
// casedesk_assign_case), or nothing for an unknown reason.
std::optional<ErrorText> refusalText(const QString& reason, const QJsonArray& args);

// A statement refused by a RAISE that carries DETAIL 'casedesk:<reason>:<json array>': the
// error with the kind its SQLSTATE says (42501 permission, P0002 not found, 22023 invalid input)
// and the field the reason is about. Nothing when the error carries no known reason.
std::optional<Error> raisedRefusal(const QSqlError& error);

// The texts both CaseWork (on SQLite) and the database's refusals use, so that a refusal reads
// the same on either database.
//
// A conflict with the version the person read; the last change is a status ("status X") when
// `toStatus` is set, else the kind of history event as stored.
ErrorText changedSinceOpened(int version, const QString& kind, const QString& toStatus, const QString& actor,
                             const QString& at);
// A transition the e-service does not allow, naming the statuses that are ("none" translated).
ErrorText transitionNotAllowed(const QString& from, const QString& to, const QStringList& allowed);

} // namespace casedesk
