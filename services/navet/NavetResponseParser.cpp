// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetResponseParser.h"

#include "NavetRequest.h"
#include "intake/PersonalNumber.h"
#include "intake/XmlTree.h"

#include <QTimeZone>

namespace casedesk {

namespace {

using intake::XmlElement;

Error unusable(ErrorText reason)
{
    return makeError(ErrorCode::Unavailable,
                     {QT_TRANSLATE_NOOP("casedesk::Errors", "Navet's answer cannot be used: %1"), {reason}});
}

Error missing(const QString& element)
{
    return unusable({QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is missing"), {element}});
}

bool isIn(const XmlElement& element, const char* namespaceUri)
{
    return element.namespaceUri == QLatin1String(namespaceUri);
}

const XmlElement* childIn(const XmlElement& parent, const QString& name, const char* namespaceUri)
{
    for (const XmlElement& element : parent.children) {
        if (element.name == name && isIn(element, namespaceUri))
            return &element;
    }
    return nullptr;
}

QString trimmedText(const XmlElement* element)
{
    return element ? element->text.trimmed() : QString();
}

QString childText(const XmlElement& parent, const QString& name)
{
    return trimmedText(parent.child(name));
}

Error faultError(const XmlElement& fault)
{
    const QString code = childText(fault, QStringLiteral("faultcode"));
    const QString text = childText(fault, QStringLiteral("faultstring"));
    const XmlElement* detail = fault.child(QStringLiteral("detail"));
    const XmlElement* navetError = detail ? detail->child(QStringLiteral("NavetFel")) : nullptr;
    const QString navetCode = navetError ? childText(*navetError, QStringLiteral("Felkod")) : QString();
    const QString navetMessage =
        navetError ? childText(*navetError, QStringLiteral("Meddelande")) : QString();

    ErrorCode errorCode = ErrorCode::InvalidInput;
    if (navetCode == QLatin1String("1"))
        errorCode = ErrorCode::NotFound;
    else if (code.endsWith(QLatin1String(":Server")) || code == QLatin1String("Server"))
        errorCode = ErrorCode::Unavailable;
    if (navetError)
        return makeError(errorCode,
                         {QT_TRANSLATE_NOOP("casedesk::Errors",
                                            "Navet refused the lookup: %1 (fault %2, Navet error %3: %4)"),
                          {text, code, navetCode, navetMessage}});
    return makeError(
        errorCode,
        {QT_TRANSLATE_NOOP("casedesk::Errors", "Navet refused the lookup: %1 (fault %2)"), {text, code}});
}

Result<bool> flag(const XmlElement& post, const QString& name)
{
    const XmlElement* element = post.child(name);
    if (!element)
        return missing(name);
    const QString value = element->text.trimmed();
    if (value == QLatin1String("J"))
        return true;
    if (value == QLatin1String("N"))
        return false;
    return unusable(
        {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 must be J or N, not '%2'"), {name, value.left(20)}});
}

Result<QString> personalNumberIn(const XmlElement* personId, const QString& where)
{
    const QString digits = personId ? childText(*personId, QStringLiteral("PersonNr")) : QString();
    if (digits.isEmpty())
        return missing(where + QStringLiteral("/PersonId/PersonNr"));
    auto normalized = PersonalNumber::normalize(digits);
    if (!normalized.ok())
        return unusable({QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is not a valid personal number: %2"),
                         {QString(where + QStringLiteral("/PersonId/PersonNr")), normalized.error().text}});
    return *normalized;
}

NavetName nameIn(const XmlElement* name)
{
    NavetName result;
    if (!name)
        return result;
    result.firstNames = childText(*name, QStringLiteral("Fornamn"));
    result.middleName = childText(*name, QStringLiteral("Mellannamn"));
    result.lastName = childText(*name, QStringLiteral("Efternamn"));
    result.givenNameMarker = childText(*name, QStringLiteral("Tilltalsnamnsmarkering"));
    return result;
}

NavetAddress addressIn(const XmlElement* address)
{
    NavetAddress result;
    if (!address)
        return result;
    result.careOf = childText(*address, QStringLiteral("CareOf"));
    for (const QString& line : {QStringLiteral("Utdelningsadress1"), QStringLiteral("Utdelningsadress2")}) {
        const QString text = childText(*address, line);
        if (!text.isEmpty())
            result.streetLines << text;
    }
    result.postalCode = childText(*address, QStringLiteral("PostNr"));
    result.city = childText(*address, QStringLiteral("Postort"));
    return result;
}

std::optional<NavetDeregistration> deregistrationIn(const XmlElement* element)
{
    if (!element)
        return std::nullopt;
    NavetDeregistration result;
    result.causeCode = childText(*element, QStringLiteral("AvregistreringsorsakKod"));
    result.dateText = childText(*element, QStringLiteral("Avregistreringsdatum"));
    result.date = QDate::fromString(result.dateText, QStringLiteral("yyyyMMdd"));
    return result;
}

// Arendeuppgift/@andringstidpunkt: "YYYYMMDDhhmmss" in Swedish time.
QDateTime changeTimeIn(const XmlElement* element)
{
    if (!element)
        return {};
    const QDateTime local = QDateTime::fromString(element->attribute(QStringLiteral("andringstidpunkt")),
                                                  QStringLiteral("yyyyMMddHHmmss"));
    if (!local.isValid())
        return {};
    const QTimeZone sweden(QByteArrayLiteral("Europe/Stockholm"));
    return QDateTime(local.date(), local.time(), sweden.isValid() ? sweden : QTimeZone::utc());
}

Result<QList<NavetRelation>> relationsIn(const XmlElement* element)
{
    QList<NavetRelation> result;
    if (!element)
        return result;
    int index = 0;
    for (const XmlElement* relation : element->childrenNamed(QStringLiteral("Relation"))) {
        NavetRelation entry;
        entry.typeCode = childText(*relation, QStringLiteral("RelationstypKod"));
        entry.type = navetRelationTypeFromCode(entry.typeCode);
        entry.name = nameIn(relation->child(QStringLiteral("Namn")));
        // A relation without a Swedish personal number (a guardian abroad) has only a name.
        if (const XmlElement* personId = relation->child(QStringLiteral("PersonId"))) {
            auto number = personalNumberIn(personId, QStringLiteral("Relation[%1]").arg(index));
            if (!number.ok())
                return number.error();
            entry.personalNumber = *number;
        }
        result.append(entry);
        ++index;
    }
    return result;
}

Result<NavetPerson> personIn(const XmlElement& post, const QString& requested, const QDateTime& fetchedAt)
{
    NavetPerson person;
    person.fetchedAt = fetchedAt;
    auto confidential = flag(post, QStringLiteral("Sekretessmarkering"));
    if (!confidential.ok())
        return confidential.error();
    auto protectedRegistration = flag(post, QStringLiteral("SkyddadFolkbokforing"));
    if (!protectedRegistration.ok())
        return protectedRegistration.error();
    person.confidentialityMarked = *confidential;
    person.protectedRegistration = *protectedRegistration;
    person.registerChangedAt = changeTimeIn(post.child(QStringLiteral("Arendeuppgift")));

    const XmlElement* record = post.child(QStringLiteral("Personpost"));
    if (!record)
        return missing(QStringLiteral("Personpost"));
    auto number = personalNumberIn(record->child(QStringLiteral("PersonId")), QStringLiteral("Personpost"));
    if (!number.ok())
        return number.error();
    // An answer about someone else must never be taken for the person asked about.
    if (*number != requested)
        return unusable(
            QT_TRANSLATE_NOOP("casedesk::Errors", "it is about another person than the one asked for"));
    person.personalNumber = *number;
    person.name = nameIn(record->child(QStringLiteral("Namn")));
    if (person.name.isEmpty())
        return missing(QStringLiteral("Personpost/Namn"));
    if (!person.protectedRegistration) {
        if (const XmlElement* addresses = record->child(QStringLiteral("Adresser"))) {
            person.registeredAddress = addressIn(addresses->child(QStringLiteral("Folkbokforingsadress")));
            person.specialPostalAddress = addressIn(addresses->child(QStringLiteral("SarskildPostadress")));
        }
    }
    person.deregistration = deregistrationIn(record->child(QStringLiteral("Avregistrering")));
    auto relations = relationsIn(record->child(QStringLiteral("Relationer")));
    if (!relations.ok())
        return relations.error();
    person.relations = *relations;
    return person;
}

} // namespace

Result<NavetPerson> parsePersonpostResponse(const QByteArray& body, const QString& requestedPersonalNumber,
                                            const QDateTime& fetchedAt)
{
    if (body.size() > kNavetMaxResponseBytes)
        return unusable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "it is larger than %1 bytes"), {kNavetMaxResponseBytes}});
    intake::XmlTreeLimits limits;
    limits.maxDepth = 16;
    limits.maxElements = 5000;
    auto tree = intake::readXmlTree(body, limits);
    if (!tree.ok())
        return unusable(tree.error().text);
    if (tree->name != QLatin1String("Envelope") || !isIn(*tree, kSoapEnvelopeNamespace))
        return unusable(QT_TRANSLATE_NOOP("casedesk::Errors", "it is not a SOAP 1.1 envelope"));
    const XmlElement* soapBody = childIn(*tree, QStringLiteral("Body"), kSoapEnvelopeNamespace);
    if (!soapBody)
        return missing(QStringLiteral("Envelope/Body"));
    if (const XmlElement* fault = childIn(*soapBody, QStringLiteral("Fault"), kSoapEnvelopeNamespace))
        return faultError(*fault);
    const XmlElement* response = childIn(*soapBody, QStringLiteral("PersonpostXMLResponse"), kNavetNamespace);
    if (!response)
        return missing(QStringLiteral("PersonpostXMLResponse"));
    const XmlElement* posts = childIn(*response, QStringLiteral("Folkbokforingsposter"), kNavetNamespace);
    if (!posts)
        return missing(QStringLiteral("Folkbokforingsposter"));
    const QList<const XmlElement*> records = posts->childrenNamed(QStringLiteral("Folkbokforingspost"));
    if (records.size() != 1)
        return unusable({QT_TRANSLATE_NOOP("casedesk::Errors", "it holds %1 persons instead of one"),
                         {int(records.size())}});
    return personIn(*records.first(), requestedPersonalNumber, fetchedAt);
}

} // namespace casedesk
