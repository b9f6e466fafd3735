// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoAssets.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "domain/CaseTypes.h"
#include "domain/FieldCondition.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>

#include <functional>
#include <memory>
#include <optional>

namespace casedesk::demo {

// A file a generated form refers to; the case stores it as an attachment of that field.
struct PlannedAttachment
{
    QString fieldKey;
    AssetKind kind = AssetKind::MedicalCertificate;
    int variant = 0;
};

// What a field's value may depend on while one case's form is generated.
struct FormContext
{
    DemoRandom& random;
    QDateTime submittedAt;                 // UTC
    const DemoPerson& applicant;           // for skolskjuts the child
    const DemoPerson* guardian1 = nullptr; // a child's guardians, both sign
    const DemoPerson* guardian2 = nullptr;
    const DemoPerson* coApplicant = nullptr; // ekonomiskt bistånd: a partner who signs too
    bool withAttachments = false;            // the applicant uploads files (otherwise "sent by post")
    QHash<QString, QString> values;          // field id -> value text, for visibleWhen
    QList<PlannedAttachment> attachments;
};

struct DemoField
{
    QString id;
    QString label;
    QString type; // text, textarea, choice, multichoice, number, date, file
    QString visibleWhen;
    std::shared_ptr<const FieldCondition> condition; // parsed visibleWhen
    std::function<QJsonValue(FormContext&)> value;
};

struct DemoPage
{
    QString title;
    QList<DemoField> fields;
};

// Who signs a case of the e-service.
enum class SigningMode
{
    None,                // no e-legitimation (synpunkter may even come without a personal number)
    Applicant,           // the applicant signs with BankID or Freja
    ApplicantAndPartner, // both must sign when there is a co-applicant
    TwoGuardians,        // a child's application, signed by both guardians
};

struct DemoEServiceSpec
{
    EService eservice; // id, name, functional mailbox, retention (nullopt: never purged), language
    int weight = 1;    // share of the cases
    SigningMode signing = SigningMode::Applicant;
    int minAge = 18; // the applicant's age range (the guardians' for children's applications)
    int maxAge = 90;
    QList<DemoPage> pages;
    QStringList caseworkers;          // logins of the caseworkers who handle it
    QStringList supplementRequests;   // what a caseworker asks for when a case waits for supplement
    QStringList decisions;            // the note when a case is closed
    QString missingSignatureDecision; // the note when a case is closed without every signature
    AssetKind supplementAsset = AssetKind::Supplement;
};

// The municipality's e-services and their forms: parkeringstillstand, skolskjuts,
// ekonomiskt-bistand, bygglov-forfragan, livsmedel-registrering, synpunkt.
const QList<DemoEServiceSpec>& demoCatalog();

// One case's form: every page and field, hidden fields (visibleWhen false) with an empty value,
// files listed in context.attachments.
QList<FormPage> generateForm(const DemoEServiceSpec& spec, FormContext& context);

// Every caseworker login of the catalog with a display name: "anna.lind" -> "Anna Lind".
QString caseworkerName(const QString& login);

} // namespace casedesk::demo
