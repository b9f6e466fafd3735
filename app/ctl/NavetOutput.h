#pragma once

#include "navet/NavetPerson.h"

#include <QJsonObject>
#include <QTextStream>

namespace casedesk::ctl {

// How `casedeskctl navet lookup` prints a person: the JSON object documented in docs/navet.md
// for scripts, aligned lines for people.
QJsonObject navetPersonToJson(const NavetPerson& person);
void printNavetPerson(QTextStream& out, const NavetPerson& person);

} // namespace casedesk::ctl
