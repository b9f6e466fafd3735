// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetPerson.h"

#include <QJsonObject>

namespace casedesk {

// A Navet answer as the JSON object of docs/navet.md: what `casedeskctl navet lookup --json`
// prints and what a case keeps of it (register_entries.person). Reading it back is lenient about
// missing members (they stay empty) but never invents a protection: absent flags are false, and
// the database refuses to store an address beside skyddad folkbokföring.
QJsonObject navetPersonToJson(const NavetPerson& person);
NavetPerson navetPersonFromJson(const QJsonObject& object);

} // namespace casedesk
