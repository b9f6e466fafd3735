// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetPersonJson.h"

#include <QJsonArray>

namespace casedesk {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString member(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject nameToJson(const NavetName& name)
{
    return QJsonObject{
        {QStringLiteral("firstNames"), name.firstNames},
        {QStringLiteral("middleName"), orNull(name.middleName)},
        {QStringLiteral("lastName"), name.lastName},
        {QStringLiteral("givenName"), orNull(name.givenName())},
        {QStringLiteral("givenNameMarker"), orNull(name.givenNameMarker)},
    };
}

NavetName nameFromJson(const QJsonObject& object)
{
    return NavetName{member(object, "firstNames"), member(object, "middleName"), member(object, "lastName"),
                     member(object, "givenNameMarker")};
}

QJsonValue addressToJson(const NavetAddress& address)
{
    if (address.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("careOf"), orNull(address.careOf)},
        {QStringLiteral("streetLines"), QJsonArray::fromStringList(address.streetLines)},
        {QStringLiteral("postalCode"), address.postalCode},
        {QStringLiteral("city"), address.city},
    };
}

NavetAddress addressFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    NavetAddress address;
    address.careOf = member(object, "careOf");
    for (const QJsonValue& line : object.value(QLatin1String("streetLines")).toArray())
        address.streetLines << line.toString();
    address.postalCode = member(object, "postalCode");
    address.city = member(object, "city");
    return address;
}

QString dateText(const NavetDeregistration& deregistration)
{
    return deregistration.date.isValid() ? deregistration.date.toString(Qt::ISODate)
                                         : deregistration.dateText;
}

} // namespace

QJsonObject navetPersonToJson(const NavetPerson& person)
{
    QJsonArray relations;
    for (const NavetRelation& relation : person.relations)
        relations.append(QJsonObject{
            {QStringLiteral("type"), navetRelationTypeId(relation.type)},
            {QStringLiteral("typeCode"), relation.typeCode},
            {QStringLiteral("personalNumber"), orNull(relation.personalNumber)},
            {QStringLiteral("name"), nameToJson(relation.name)},
        });
    QJsonValue deregistration = QJsonValue::Null;
    if (person.deregistration)
        deregistration = QJsonObject{
            {QStringLiteral("causeCode"), person.deregistration->causeCode},
            {QStringLiteral("date"), orNull(dateText(*person.deregistration))},
            {QStringLiteral("deceased"), person.deregistration->deceased()},
        };
    return QJsonObject{
        {QStringLiteral("personalNumber"), person.personalNumber},
        {QStringLiteral("name"), nameToJson(person.name)},
        {QStringLiteral("protectedIdentity"), person.protectedIdentity()},
        {QStringLiteral("protection"),
         QJsonObject{{QStringLiteral("sekretessmarkering"), person.confidentialityMarked},
                     {QStringLiteral("skyddadFolkbokforing"), person.protectedRegistration}}},
        {QStringLiteral("registeredAddress"), addressToJson(person.registeredAddress)},
        {QStringLiteral("specialPostalAddress"), addressToJson(person.specialPostalAddress)},
        {QStringLiteral("deceased"), person.deceased()},
        {QStringLiteral("deregistration"), deregistration},
        {QStringLiteral("relations"), relations},
        {QStringLiteral("registerChangedAt"), timeOrNull(person.registerChangedAt)},
        {QStringLiteral("fetchedAt"), timeOrNull(person.fetchedAt.toUTC())},
    };
}

NavetPerson navetPersonFromJson(const QJsonObject& object)
{
    NavetPerson person;
    person.personalNumber = member(object, "personalNumber");
    person.name = nameFromJson(object.value(QLatin1String("name")).toObject());
    const QJsonObject protection = object.value(QLatin1String("protection")).toObject();
    person.confidentialityMarked = protection.value(QLatin1String("sekretessmarkering")).toBool();
    person.protectedRegistration = protection.value(QLatin1String("skyddadFolkbokforing")).toBool();
    person.registeredAddress = addressFromJson(object.value(QLatin1String("registeredAddress")));
    person.specialPostalAddress = addressFromJson(object.value(QLatin1String("specialPostalAddress")));
    if (const QJsonObject d = object.value(QLatin1String("deregistration")).toObject(); !d.isEmpty()) {
        NavetDeregistration deregistration;
        deregistration.causeCode = member(d, "causeCode");
        deregistration.dateText = member(d, "date");
        deregistration.date = QDate::fromString(deregistration.dateText, Qt::ISODate);
        person.deregistration = deregistration;
    }
    for (const QJsonValue& value : object.value(QLatin1String("relations")).toArray()) {
        const QJsonObject r = value.toObject();
        NavetRelation relation;
        relation.typeCode = member(r, "typeCode");
        relation.type = navetRelationTypeFromCode(relation.typeCode);
        relation.personalNumber = member(r, "personalNumber");
        relation.name = nameFromJson(r.value(QLatin1String("name")).toObject());
        person.relations.append(relation);
    }
    person.registerChangedAt = QDateTime::fromString(member(object, "registerChangedAt"), Qt::ISODate);
    person.fetchedAt = QDateTime::fromString(member(object, "fetchedAt"), Qt::ISODate);
    return person;
}

} // namespace casedesk
