// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/NavetPerson.h"
#include "domain/NavetPersonJson.h"

#include <QJsonObject>
#include <QTextStream>

namespace casedesk::ctl {

// How `casedeskctl navet lookup` prints a person for people: aligned lines (scripts get
// navetPersonToJson, docs/navet.md).
void printNavetPerson(QTextStream& out, const NavetPerson& person);

} // namespace casedesk::ctl
