// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoRandom.h"
#include "domain/Submission.h"

#include <QDate>
#include <QString>

namespace casedesk::demo {

// A made-up person living in the municipality: Swedish names, a valid personal number whose
// gender digit matches the first name, an address, an e-mail address on example domains.
struct DemoPerson
{
    QString firstName;
    QString lastName;
    QString personalNumber; // "YYYYMMDD-NNNC"
    QDate birthDate;
    bool female = false;
    QString email;
    QString phone;
    Address address;
    bool protectedIdentity = false; // skyddad folkbokföring: no address is given out

    QString name() const { return firstName + QLatin1Char(' ') + lastName; }
    Applicant toApplicant() const;
};

namespace DemoPeople {

// An adult aged minAge..maxAge on `today`; a few have a coordination number.
DemoPerson adult(DemoRandom& random, const QDate& today, int minAge, int maxAge);
// A child born in `birthYear`, with the family's last name and address.
DemoPerson child(DemoRandom& random, int birthYear, const QDate& today, const DemoPerson& guardian);
// Somebody in the same household (partner or second guardian): often the same last name.
DemoPerson partnerOf(DemoRandom& random, const DemoPerson& person, const QDate& today);

// "YYYYMMDD-NNNC" with a correct Luhn check digit; odd NNN for men, even for women.
QString personalNumber(DemoRandom& random, const QDate& born, bool female, bool coordination = false);
// A company's organisationsnummer "55NNNN-NNNC" with a correct check digit.
QString organisationNumber(DemoRandom& random);

QString lastName(DemoRandom& random);
QString firstName(DemoRandom& random, bool female);
QString street(DemoRandom& random); // "Björkvägen 12"
Address address(DemoRandom& random);
QString email(DemoRandom& random, const QString& firstName, const QString& lastName);
QString phone(DemoRandom& random);
// "Åsa Öberg" -> "asa.oberg": what goes into e-mail addresses.
QString asciiFold(const QString& text);

} // namespace DemoPeople
} // namespace casedesk::demo
