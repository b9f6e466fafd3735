// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PartyRows.h"

#include "CaseText.h"
#include "intake/PersonalNumber.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

// The applicant's address as typed, on one line as the register's is written.
QString oneLine(const Address& address)
{
    NavetAddress typed;
    if (!address.street.trimmed().isEmpty())
        typed.streetLines << address.street.trimmed();
    typed.postalCode = address.postalCode;
    typed.city = address.city;
    return typed.oneLine();
}

// For comparing addresses: letters and digits only, lower case ("252 21" = "25221").
QString comparable(const QString& text)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().remove(notWord);
}

} // namespace

QList<PartyRow> partyRows(const CaseDetail& detail)
{
    QList<PartyRow> rows;
    auto rowOf = [&rows](const QString& number) -> PartyRow* {
        if (number.isEmpty())
            return nullptr;
        for (PartyRow& row : rows)
            if (row.personalNumber == number)
                return &row;
        return nullptr;
    };
    PartyRow applicant;
    applicant.roles << QStringLiteral("applicant");
    applicant.name = detail.applicant.name.isEmpty() ? detail.summary.applicantName : detail.applicant.name;
    applicant.personalNumber = detail.applicant.personalNumber;
    applicant.organisationNumber = detail.applicant.organisationNumber;
    applicant.email = detail.applicant.email;
    applicant.phone = detail.applicant.phone;
    applicant.addressAsSubmitted = oneLine(detail.applicant.address);
    rows.append(applicant);
    for (const SignatureRow& signer : detail.signatures) {
        PartyRow* row = rowOf(signer.personalNumber);
        if (!row) {
            PartyRow added;
            added.name = signer.name;
            added.personalNumber = signer.personalNumber;
            rows.append(added);
            row = &rows.last();
        }
        for (const QString& role : {signer.role, signer.requiredRole})
            if (!role.isEmpty() && !row->roles.contains(role))
                row->roles << role;
        // A signature given outranks the same person's "awaiting" row.
        if (!row->signature ||
            (row->signature->check == SignatureCheck::Awaiting && signer.check != SignatureCheck::Awaiting))
            row->signature = signer;
    }
    for (const RegisterEntry& entry : detail.registerEntries)
        if (PartyRow* row = rowOf(entry.person.personalNumber))
            row->entry = entry;
    return rows;
}

QString PartyText::roles(const PartyRow& row)
{
    QStringList names;
    for (const QString& role : row.roles)
        names << (names.isEmpty() ? CaseText::roleName(role) : CaseText::roleName(role).toLower());
    return names.join(QStringLiteral(", "));
}

QString PartyText::number(const PartyRow& row, bool shown)
{
    if (!row.organisationNumber.isEmpty())
        return tr("org. no. %1").arg(row.organisationNumber);
    if (row.personalNumber.isEmpty())
        return tr("no personal number");
    return shown ? row.personalNumber : PersonalNumber::mask(row.personalNumber);
}

QString PartyText::numberAccessibleName(const PartyRow& row)
{
    return row.organisationNumber.isEmpty() ? tr("Personal number of %1").arg(row.name)
                                            : tr("Organisation number of %1").arg(row.name);
}

QString PartyText::postalAddress(const PartyRow& row)
{
    if (row.entry) {
        const NavetPerson& person = row.entry->person;
        if (!person.specialPostalAddress.isEmpty())
            return person.specialPostalAddress.oneLine();
        if (!person.registeredAddress.isEmpty())
            return person.registeredAddress.oneLine();
    }
    return row.addressAsSubmitted;
}

bool PartyText::addressDiffers(const PartyRow& row)
{
    if (!row.entry || row.addressAsSubmitted.isEmpty() || row.entry->person.registeredAddress.isEmpty())
        return false;
    const NavetAddress& registered = row.entry->person.registeredAddress;
    return comparable(row.addressAsSubmitted) !=
           comparable(registered.streetLines.join(QString()) + registered.postalCode + registered.city);
}

QStringList PartyText::registerLines(const PartyRow& row)
{
    if (!row.entry)
        return {};
    const NavetPerson& person = row.entry->person;
    QStringList lines;
    if (person.protectedRegistration)
        lines << tr("Skyddad folkbokföring in the population register: no address is given");
    else if (person.confidentialityMarked)
        lines << tr("Sekretessmarkering in the population register");
    if (!person.registeredAddress.isEmpty())
        lines << (addressDiffers(row) ? tr("Registered address: %1 (differs from what the applicant wrote)")
                                      : tr("Registered address: %1"))
                     .arg(person.registeredAddress.oneLine());
    if (!person.specialPostalAddress.isEmpty())
        lines << tr("Special postal address: %1").arg(person.specialPostalAddress.oneLine());
    if (person.deceased())
        lines << tr("Deceased (%1)")
                     .arg(person.deregistration->date.isValid()
                              ? QLocale().toString(person.deregistration->date, QLocale::ShortFormat)
                              : person.deregistration->dateText);
    else if (person.deregistration)
        lines << tr("Deregistered from the population register (cause %1)")
                     .arg(person.deregistration->causeCode);
    lines << tr("From Navet %1, asked by %2")
                 .arg(CaseText::dateTime(row.entry->fetchedAt), row.entry->fetchedBy);
    return lines;
}

QString PartyText::signatureText(const PartyRow& row)
{
    if (!row.signature)
        return {};
    const SignatureRow& s = *row.signature;
    switch (s.check) {
    case SignatureCheck::Awaiting:
        return tr("Awaiting signature");
    case SignatureCheck::Mismatch:
        return tr("Signed %1 (%2), but the form changed after signing")
            .arg(CaseText::dateTime(s.signedAt), s.provider);
    case SignatureCheck::Valid:
    case SignatureCheck::SignedInOpenEPlatform:
        break;
    }
    return tr("Signed %1 (%2)").arg(CaseText::dateTime(s.signedAt), s.provider);
}

QString PartyText::guardianText(const PartyRow& row)
{
    if (!row.signature || !row.signature->registeredGuardian)
        return {};
    return *row.signature->registeredGuardian
               ? tr("Registered guardian according to the population register")
               : tr("NOT a registered guardian according to the population register");
}

} // namespace casedesk
