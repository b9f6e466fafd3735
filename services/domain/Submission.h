// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace casedesk {

// A submitted case as intake understands it, whatever format it came in. Parsers fill it,
// validators check it, CaseRepository stores it in one transaction.

enum class SubmissionSource
{
    CaseDeskJson,
    OpenEPlatform
};

QString submissionSourceId(SubmissionSource source); // "casedesk" / "oep", stored with the external id

struct Address
{
    QString street;
    QString postalCode;
    QString city;
};

struct Applicant
{
    QString personalNumber; // normalised "YYYYMMDD-XXXX"; empty when the platform gave none
    QString name;
    QString email;
    QString phone;
    Address address;
    bool protectedIdentity = false;
    // An organisation applying: its number, normalised "NNNNNN-NNNN"; personalNumber is then empty.
    QString organisationNumber;
};

struct FormField
{
    QString id;
    QString label;
    QString type;
    QJsonValue value;    // exactly as submitted: the signature digest is computed over it
    QString valueText;   // what a caseworker reads
    QString visibleWhen; // condition over other fields' values; empty = always visible
};

struct FormPage
{
    QString title;
    QList<FormField> fields;
};

struct IncomingAttachment
{
    QString fileName; // already reduced to a safe base name
    QString mimeType;
    QString fieldId;
    QByteArray content;
};

// Open ePlatform signs with a checksum of its own that cannot be recomputed here.
enum class SignatureKind
{
    PagesDigest,
    OpenEPlatform
};

struct IncomingSignature
{
    QString role;
    QString personalNumber; // normalised, may be empty for Open ePlatform signers
    QString name;
    QDateTime signedAt;
    QString provider;
    QString signedDigest; // "sha256:<hex>" for PagesDigest, the platform's checksum otherwise
    SignatureKind kind = SignatureKind::PagesDigest;
};

struct RequiredSigner
{
    QString role;
    QString personalNumber;
    QString name;
};

struct Submission
{
    SubmissionSource source = SubmissionSource::CaseDeskJson;
    QString eserviceId;
    QString eserviceName;
    QString eserviceMailbox; // optional: the functional mailbox, when the portal knows it
    QString externalId;
    QDateTime submittedAt;
    Applicant applicant;
    QList<FormPage> pages;
    QList<IncomingAttachment> attachments;
    QList<IncomingSignature> signatures;
    QList<RequiredSigner> requiredSigners;
};

} // namespace casedesk
