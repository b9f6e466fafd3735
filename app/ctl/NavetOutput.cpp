// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetOutput.h"

namespace casedesk::ctl {

namespace {

QString dateText(const NavetDeregistration& deregistration)
{
    return deregistration.date.isValid() ? deregistration.date.toString(Qt::ISODate)
                                         : deregistration.dateText;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

void line(QTextStream& out, const char* label, const QString& value)
{
    out << QStringLiteral("%1 %2").arg(QLatin1String(label), -24).arg(value) << '\n';
}

QString addressText(const NavetAddress& address)
{
    return address.isEmpty() ? QStringLiteral("none") : address.oneLine();
}

} // namespace

void printNavetPerson(QTextStream& out, const NavetPerson& person)
{
    line(out, "Personal number:", person.personalNumber);
    line(out, "Name:", person.name.fullName());
    if (const QString given = person.name.givenName(); !given.isEmpty())
        line(out, "Given name:", given);
    QStringList protection;
    if (person.confidentialityMarked)
        protection << QStringLiteral("Sekretessmarkering");
    if (person.protectedRegistration)
        protection << QStringLiteral("Skyddad folkbokföring");
    line(out, "Protected identity:",
         protection.isEmpty() ? QStringLiteral("no")
                              : QStringLiteral("YES (%1)").arg(protection.join(QStringLiteral(", "))));
    line(out, "Registered address:", addressText(person.registeredAddress));
    line(out, "Special postal address:", addressText(person.specialPostalAddress));
    if (person.deregistration)
        line(out, "Deregistered:",
             QStringLiteral("%1, cause %2%3")
                 .arg(dateText(*person.deregistration), person.deregistration->causeCode,
                      person.deceased() ? QStringLiteral(" (deceased)") : QString()));
    else
        line(out, "Deregistered:", yesNo(false));
    if (person.relations.isEmpty())
        line(out, "Relations:", QStringLiteral("none"));
    else
        out << "Relations:\n";
    for (const NavetRelation& relation : person.relations)
        out << QStringLiteral("  %1 %2 %3")
                   .arg(QStringLiteral("%1 (%2)").arg(navetRelationTypeId(relation.type), relation.typeCode),
                        -14)
                   .arg(relation.personalNumber.isEmpty() ? QStringLiteral("-") : relation.personalNumber,
                        -14)
                   .arg(relation.name.fullName())
            << '\n';
    if (person.registerChangedAt.isValid())
        line(out, "Register changed:", person.registerChangedAt.toString(Qt::ISODate));
    line(out, "Fetched:", person.fetchedAt.toUTC().toString(Qt::ISODate));
}

} // namespace casedesk::ctl
