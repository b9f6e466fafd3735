// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// A person's name as the population register holds it.
struct NavetName
{
    QString firstNames; // Fornamn: every first name, e.g. "Åsa Linnéa"
    QString middleName; // Mellannamn, often empty
    QString lastName;   // Efternamn
    // Tilltalsnamnsmarkering: two digits naming which first name(s) the person goes by ("10":
    // the first; "23": the second and third joined by a hyphen); empty when the register has none.
    QString givenNameMarker;

    // The name the person goes by, from the marker; empty when there is no usable marker.
    QString givenName() const;
    // "First Middle Last", for people to read.
    QString fullName() const;
    bool isEmpty() const { return firstNames.isEmpty() && middleName.isEmpty() && lastName.isEmpty(); }
};

// A postal address: the registered one (Folkbokforingsadress) or the special postal address
// (SarskildPostadress) a person has asked their post to go to.
struct NavetAddress
{
    QString careOf;          // CareOf
    QStringList streetLines; // Utdelningsadress1, Utdelningsadress2 (those that are present)
    QString postalCode;      // PostNr, five digits
    QString city;            // Postort

    bool isEmpty() const
    {
        return careOf.isEmpty() && streetLines.isEmpty() && postalCode.isEmpty() && city.isEmpty();
    }
    // "c/o X, Street 1, 252 21 HELSINGBORG" on one line, for people to read.
    QString oneLine() const;
};

// Avregistrering: why and when the person left the register (AV: deceased, UV: emigrated, ...).
struct NavetDeregistration
{
    QString causeCode; // AvregistreringsorsakKod
    QString dateText;  // Avregistreringsdatum as given (YYYYMMDD; the day may be 00 when unknown)
    QDate date;        // the same date when it is a whole calendar date

    bool deceased() const { return causeCode == QLatin1String("AV"); }
};

enum class NavetRelationType
{
    Guardian, // V: a guardian (vårdnadshavare) of the person
    Child,    // B: the person's child
    Spouse,   // M: spouse or registered partner
    Other,    // any other code: kept, never an error
};

struct NavetRelation
{
    NavetRelationType type = NavetRelationType::Other;
    QString typeCode;       // RelationstypKod as given
    QString personalNumber; // normalised "YYYYMMDD-XXXX"; empty when the register gives none
    NavetName name;
};

// What Navet's personpostXML answered about one person.
struct NavetPerson
{
    QString personalNumber; // normalised "YYYYMMDD-XXXX"
    NavetName name;
    bool confidentialityMarked = false; // Sekretessmarkering J
    bool protectedRegistration = false; // SkyddadFolkbokforing J: no address is ever given
    // Folkbokforingsadress and SarskildPostadress; empty when absent, and always empty for a
    // protected registration.
    NavetAddress registeredAddress;
    NavetAddress specialPostalAddress;
    std::optional<NavetDeregistration> deregistration;
    QList<NavetRelation> relations;
    QDateTime registerChangedAt; // Arendeuppgift/@andringstidpunkt (Swedish time); invalid when absent
    QDateTime fetchedAt;         // when this answer arrived (UTC)

    // Either flag: the person's identity must be protected in every case that names them.
    bool protectedIdentity() const { return confidentialityMarked || protectedRegistration; }
    bool deceased() const { return deregistration && deregistration->deceased(); }
};

NavetRelationType navetRelationTypeFromCode(const QString& code);
// "guardian", "child", "spouse", "other": the names the CLI's JSON uses.
QString navetRelationTypeId(NavetRelationType type);

} // namespace casedesk
