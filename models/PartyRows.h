// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"

#include <QCoreApplication>

#include <optional>

namespace casedesk {

// One person the case names, as the parties panel shows them: the applicant first, then every
// party and signer once (a person who is both applicant and guardian is one row with both roles).
struct PartyRow
{
    QStringList roles;          // as stored: "applicant", "guardian", ...
    QString name;               // as the submission gave it
    QString personalNumber;     // full; shown masked until the person chooses to see it
    QString organisationNumber; // an organisation applying: public, always shown whole
    QString email;              // the applicant's, as submitted
    QString phone;
    QString addressAsSubmitted;            // the applicant's, on one line; empty for others
    std::optional<RegisterEntry> entry;    // what Navet said, when it was asked
    std::optional<SignatureRow> signature; // signed or awaiting, for signers
};

QList<PartyRow> partyRows(const CaseDetail& detail);

// The texts of one row, translated, in one place for the panel and its tests.
class PartyText
{
    Q_DECLARE_TR_FUNCTIONS(PartyText)
public:
    static QString roles(const PartyRow& row); // "Applicant, guardian"
    // The personal number masked unless shown; an organisation's number whole.
    static QString number(const PartyRow& row, bool shown);
    static QString numberAccessibleName(const PartyRow& row);
    // The address a caseworker writes to: the register's when it was asked (the special postal
    // address when the person has one), else what the applicant typed. Empty when neither.
    static QString postalAddress(const PartyRow& row);
    // What the register said, one line each: the registered address and whether it differs from
    // what was typed, protection, deceased, when and by whom it was fetched.
    static QStringList registerLines(const PartyRow& row);
    static QString
    signatureText(const PartyRow& row); // "Signed 20 nov. 2026 10:14 (BankID)" / "Awaiting signature"
    // For a guardian who signed or must sign, when Navet listed guardians: whether they are one.
    static QString guardianText(const PartyRow& row);
    // Does the registered address differ from what the applicant typed (spaces and case aside)?
    static bool addressDiffers(const PartyRow& row);
};

} // namespace casedesk
