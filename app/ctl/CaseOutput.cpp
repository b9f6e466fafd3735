// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseOutput.h"

#include "domain/FieldCondition.h"
#include "domain/InboxColumns.h"
#include "intake/PersonalNumber.h"

#include <QJsonArray>

namespace casedesk::ctl {

namespace {

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); // the sort keys are in ms
}

QJsonValue optionalTime(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(time(t)) : QJsonValue();
}

const QString kProtected = protectedNameText();

QString applicantName(const CaseSummary& s, bool reveal)
{
    return s.protectedIdentity && !reveal ? kProtected : s.applicantName;
}

// Field visibility as the applicant saw it: conditions evaluated over the stored values.
QHash<QString, QString> fieldValues(const QList<FormPage>& pages)
{
    QHash<QString, QString> values;
    for (const FormPage& page : pages)
        for (const FormField& field : page.fields)
            values.insert(field.id, field.valueText);
    return values;
}

bool isVisible(const FormField& field, const QHash<QString, QString>& values)
{
    if (field.visibleWhen.isEmpty())
        return true;
    auto condition = FieldCondition::parse(field.visibleWhen);
    return !condition.ok() || condition->evaluate(values);
}

} // namespace

// Every field the inbox reads, under its key from the inbox's field table (InboxColumns), so the
// JSON carries what the inbox shows.
QJsonObject summaryToJson(const CaseSummary& s)
{
    QJsonObject object = derivedJson(s, QDate::currentDate());
    for (const SummaryField& field : summaryFields())
        if (field.jsonKey)
            object.insert(QLatin1String(field.jsonKey), field.json(s));
    return object;
}

QJsonObject detailToJson(const CaseDetail& d, bool reveal)
{
    QJsonObject root = summaryToJson(d.summary);
    root.insert(QStringLiteral("source"), d.source);
    root.insert(QStringLiteral("externalId"), d.externalId);
    const bool hide = d.applicant.protectedIdentity && !reveal;
    const Applicant& a = d.applicant;
    root.insert(
        QStringLiteral("applicant"),
        QJsonObject{{QStringLiteral("name"), hide ? kProtected : a.name},
                    {QStringLiteral("personalNumber"),
                     hide ? PersonalNumber::mask(a.personalNumber) : a.personalNumber},
                    {QStringLiteral("email"), hide ? QString() : a.email},
                    {QStringLiteral("phone"), hide ? QString() : a.phone},
                    {QStringLiteral("address"),
                     hide ? QJsonValue()
                          : QJsonValue(QJsonObject{{QStringLiteral("street"), a.address.street},
                                                   {QStringLiteral("postalCode"), a.address.postalCode},
                                                   {QStringLiteral("city"), a.address.city}})},
                    {QStringLiteral("organisationNumber"), hide ? QString() : a.organisationNumber},
                    {QStringLiteral("protectedIdentity"), a.protectedIdentity}});
    const auto values = fieldValues(d.pages);
    QJsonArray pages;
    for (const FormPage& page : d.pages) {
        QJsonArray fields;
        for (const FormField& f : page.fields)
            fields.append(QJsonObject{{QStringLiteral("id"), f.id},
                                      {QStringLiteral("label"), f.label},
                                      {QStringLiteral("type"), f.type},
                                      {QStringLiteral("value"), f.value},
                                      {QStringLiteral("text"), f.valueText},
                                      {QStringLiteral("visible"), isVisible(f, values)}});
        pages.append(QJsonObject{{QStringLiteral("title"), page.title}, {QStringLiteral("fields"), fields}});
    }
    root.insert(QStringLiteral("pages"), pages);
    QJsonArray attachments;
    for (const AttachmentInfo& at : d.attachments)
        attachments.append(QJsonObject{{QStringLiteral("id"), at.id},
                                       {QStringLiteral("fileName"), at.fileName},
                                       {QStringLiteral("mimeType"), at.mimeType},
                                       {QStringLiteral("size"), at.size},
                                       {QStringLiteral("sha256"), at.sha256},
                                       {QStringLiteral("fieldId"), at.fieldKey}});
    root.insert(QStringLiteral("attachments"), attachments);
    QJsonArray signatures;
    for (const SignatureRow& s : d.signatures)
        signatures.append(
            QJsonObject{{QStringLiteral("role"), s.role},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("personalNumber"), PersonalNumber::mask(s.personalNumber)},
                        {QStringLiteral("signedAt"), optionalTime(s.signedAt)},
                        {QStringLiteral("provider"), s.provider},
                        {QStringLiteral("check"), signatureCheckId(s.check)}});
    root.insert(QStringLiteral("signatures"), signatures);
    QJsonArray messages;
    for (const MessageRow& m : d.messages)
        messages.append(QJsonObject{{QStringLiteral("direction"), m.direction},
                                    {QStringLiteral("kind"), m.kind},
                                    {QStringLiteral("author"), m.author},
                                    {QStringLiteral("text"), m.body},
                                    {QStringLiteral("sentAt"), time(m.sentAt)},
                                    {QStringLiteral("readAt"), optionalTime(m.readAt)}});
    root.insert(QStringLiteral("messages"), messages);
    QJsonArray notes;
    for (const NoteRow& n : d.notes)
        notes.append(QJsonObject{{QStringLiteral("author"), n.author},
                                 {QStringLiteral("text"), n.body},
                                 {QStringLiteral("createdAt"), time(n.createdAt)}});
    root.insert(QStringLiteral("notes"), notes);
    QJsonArray history;
    for (const EventRow& e : d.events)
        history.append(QJsonObject{{QStringLiteral("at"), time(e.occurredAt)},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("kind"), e.kind},
                                   {QStringLiteral("from"), e.fromStatusId},
                                   {QStringLiteral("to"), e.toStatusId},
                                   {QStringLiteral("detail"), e.detail}});
    root.insert(QStringLiteral("history"), history);
    return root;
}

void printSummaryLine(QTextStream& out, const CaseSummary& s)
{
    out << QStringLiteral("%1  %2  %3  %4  %5")
               .arg(s.reference, -16)
               .arg(s.statusId, -20)
               .arg(s.eserviceId, -24)
               .arg(s.submittedAt.toUTC().toString(Qt::ISODate), -20)
               .arg(applicantName(s, false))
        << '\n';
}

void printDetail(QTextStream& out, const CaseDetail& d, bool reveal)
{
    const CaseSummary& s = d.summary;
    const bool hide = d.applicant.protectedIdentity && !reveal;
    out << s.reference << "  " << s.eserviceName << " (" << s.eserviceId << ")\n";
    out << "Status:      " << s.statusNameEn << " (" << s.statusId << "), version " << s.version << '\n';
    out << "Assignee:    " << (s.assignee.isEmpty() ? QStringLiteral("-") : s.assignee) << '\n';
    out << "Submitted:   " << time(s.submittedAt) << "  (" << d.source << ' ' << d.externalId << ")\n";
    if (s.closedAt.isValid())
        out << "Closed:      " << time(s.closedAt) << '\n';
    out << "Applicant:   " << (hide ? kProtected : d.applicant.name) << "  "
        << (hide ? PersonalNumber::mask(d.applicant.personalNumber) : d.applicant.personalNumber) << '\n';
    if (!hide && !d.applicant.organisationNumber.isEmpty())
        out << "Organisation number: " << d.applicant.organisationNumber << '\n';
    if (!hide) {
        if (!d.applicant.email.isEmpty() || !d.applicant.phone.isEmpty())
            out << "Contact:     " << d.applicant.email << "  " << d.applicant.phone << '\n';
        if (!d.applicant.address.street.isEmpty())
            out << "Address:     " << d.applicant.address.street << ", " << d.applicant.address.postalCode
                << ' ' << d.applicant.address.city << '\n';
    }
    const auto values = fieldValues(d.pages);
    for (const FormPage& page : d.pages) {
        out << "\n== " << page.title << " ==\n";
        for (const FormField& f : page.fields) {
            const bool visible = isVisible(f, values);
            QString text = f.valueText;
            text.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
            out << "  " << f.label << (visible ? QString() : QStringLiteral(" [hidden by condition]"))
                << "\n      " << text << '\n';
        }
    }
    out << "\nAttachments:\n";
    for (const AttachmentInfo& a : d.attachments)
        out << "  " << a.fileName << "  " << a.mimeType << "  " << a.size << " bytes  sha256:" << a.sha256
            << '\n';
    out << "\nSignatures:\n";
    for (const SignatureRow& sig : d.signatures)
        out << "  " << sig.role << "  " << sig.name << "  " << PersonalNumber::mask(sig.personalNumber)
            << "  " << time(sig.signedAt) << "  " << sig.provider << "  " << signatureCheckId(sig.check)
            << '\n';
    out << "\nMessages:\n";
    for (const MessageRow& m : d.messages)
        out << "  " << time(m.sentAt) << "  "
            << (m.direction == QLatin1String("in") ? "from applicant" : "to applicant") << "  " << m.author
            << ": " << m.body << '\n';
    out << "\nNotes:\n";
    for (const NoteRow& n : d.notes)
        out << "  " << time(n.createdAt) << "  " << n.author << ": " << n.body << '\n';
    out << "\nHistory:\n";
    for (const EventRow& e : d.events)
        out << "  " << time(e.occurredAt) << "  " << e.actor << "  " << e.kind
            << (e.toStatusId.isEmpty() ? QString() : QStringLiteral(" -> ") + e.toStatusId)
            << (e.detail.isEmpty() ? QString() : QStringLiteral("  (") + e.detail + QLatin1Char(')')) << '\n';
}

} // namespace casedesk::ctl
