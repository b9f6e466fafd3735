// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ContentSniffer.h"
#include "IntakeSupport.h"
#include "JsonSupport.h"
#include "OrganisationNumber.h"
#include "PersonalNumber.h"
#include "SafeFileName.h"
#include "SubmissionReader.h"
#include "TextRules.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace casedesk {

using namespace intake;

namespace {

const QString FormatId = QStringLiteral("casedesk.submission/1");

const QStringList RootKeys{
    QStringLiteral("format"),      QStringLiteral("eservice"),   QStringLiteral("externalId"),
    QStringLiteral("submittedAt"), QStringLiteral("applicant"),  QStringLiteral("pages"),
    QStringLiteral("attachments"), QStringLiteral("signatures"), QStringLiteral("requiredSigners")};
const QStringList EserviceKeys{QStringLiteral("id"), QStringLiteral("name"),
                               QStringLiteral("functionalMailbox")};
const QStringList ApplicantKeys{QStringLiteral("personalNumber"),
                                QStringLiteral("name"),
                                QStringLiteral("email"),
                                QStringLiteral("phone"),
                                QStringLiteral("address"),
                                QStringLiteral("protectedIdentity"),
                                QStringLiteral("organisationNumber")};
const QStringList AddressKeys{QStringLiteral("street"), QStringLiteral("postalCode"), QStringLiteral("city")};
const QStringList AttachmentKeys{QStringLiteral("fileName"), QStringLiteral("mimeType"),
                                 QStringLiteral("fieldId"), QStringLiteral("contentBase64")};
const QStringList SignatureKeys{QStringLiteral("role"),     QStringLiteral("personalNumber"),
                                QStringLiteral("name"),     QStringLiteral("signedAt"),
                                QStringLiteral("provider"), QStringLiteral("signedDigest")};
const QStringList SignerKeys{QStringLiteral("role"), QStringLiteral("personalNumber"),
                             QStringLiteral("name")};

constexpr int MaxExternalIdLength = 200;

// An optional or required personal number, normalised.
Result<QString> personalNumber(const QJsonObject& object, const QString& path, bool required,
                               const IntakeLimits& limits)
{
    Result<QString> text = singleLineString(object, QStringLiteral("personalNumber"), path, required,
                                            limits.maxSingleLineLength);
    if (!text)
        return text;
    if (text->isEmpty())
        return QString();
    Result<QString> normalized = PersonalNumber::normalize(text.value());
    if (!normalized)
        return withField(normalized.error(), childPath(path, QStringLiteral("personalNumber")));
    return normalized;
}

Result<QString> dateTime(const QJsonObject& object, const QString& key, const QString& path,
                         const IntakeLimits& limits, QDateTime& out)
{
    Result<QString> text = singleLineString(object, key, path, true, limits.maxSingleLineLength);
    if (!text)
        return text;
    Result<QDateTime> parsed = parseDateTimeWithOffset(text.value(), childPath(path, key));
    if (!parsed)
        return parsed.error();
    out = parsed.value();
    return text;
}

VoidResult parseEservice(const QJsonObject& root, const IntakeLimits& limits, Submission& submission)
{
    const QString path = QStringLiteral("eservice");
    Result<QJsonObject> eservice = requiredObject(root, path, {});
    if (!eservice)
        return eservice.error();
    if (VoidResult known = checkKnownKeys(eservice.value(), path, EserviceKeys); !known)
        return known;

    Result<QString> id = singleLineString(eservice.value(), QStringLiteral("id"), path, true, 64);
    if (!id)
        return id.error();
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!slug.match(id.value()).hasMatch()) {
        return invalid(QStringLiteral("eservice.id"),
                       QT_TRANSLATE_NOOP("casedesk::Errors",
                                         "expected lowercase letters a-z, digits, '_' and '-' (at most 64)"));
    }
    Result<QString> name =
        singleLineString(eservice.value(), QStringLiteral("name"), path, true, limits.maxSingleLineLength);
    if (!name)
        return name.error();
    Result<QString> mailbox = singleLineString(eservice.value(), QStringLiteral("functionalMailbox"), path,
                                               false, limits.maxSingleLineLength);
    if (!mailbox)
        return mailbox.error();
    if (VoidResult email = checkEmail(mailbox.value(), QStringLiteral("eservice.functionalMailbox")); !email)
        return email;
    submission.eserviceId = id.value();
    submission.eserviceName = name.value();
    submission.eserviceMailbox = mailbox.value();
    return {};
}

VoidResult parseApplicant(const QJsonObject& root, const IntakeLimits& limits, Applicant& applicant)
{
    const QString path = QStringLiteral("applicant");
    Result<QJsonObject> object = requiredObject(root, path, {});
    if (!object)
        return object.error();
    if (VoidResult known = checkKnownKeys(object.value(), path, ApplicantKeys); !known)
        return known;

    Result<QString> number = personalNumber(object.value(), path, false, limits);
    if (!number)
        return number.error();
    applicant.personalNumber = number.value();
    Result<QString> organisation = singleLineString(object.value(), QStringLiteral("organisationNumber"),
                                                    path, false, limits.maxSingleLineLength);
    if (!organisation)
        return organisation.error();
    if (!organisation->isEmpty()) {
        const QString field = childPath(path, QStringLiteral("organisationNumber"));
        if (!applicant.personalNumber.isEmpty())
            return invalid(field,
                           QT_TRANSLATE_NOOP("casedesk::Errors",
                                             "give either a personal number or an organisation number, "
                                             "not both (a person acting for the organisation is a party)"));
        Result<QString> normalized = OrganisationNumber::normalize(organisation.value());
        if (!normalized)
            return withField(normalized.error(), field);
        applicant.organisationNumber = normalized.value();
    }

    const int max = limits.maxSingleLineLength;
    Result<QString> name = singleLineString(object.value(), QStringLiteral("name"), path, true, max);
    Result<QString> email = singleLineString(object.value(), QStringLiteral("email"), path, false, max);
    Result<QString> phone = singleLineString(object.value(), QStringLiteral("phone"), path, false, max);
    for (const Result<QString>* text : {&name, &email, &phone}) {
        if (!*text)
            return text->error();
    }
    if (VoidResult valid = checkEmail(email.value(), QStringLiteral("applicant.email")); !valid)
        return valid;
    applicant.name = name.value();
    applicant.email = email.value();
    applicant.phone = phone.value();

    Result<std::optional<QJsonObject>> address =
        optionalObject(object.value(), QStringLiteral("address"), path);
    if (!address)
        return address.error();
    if (address.value()) {
        const QJsonObject& a = *address.value();
        const QString addressPath = QStringLiteral("applicant.address");
        if (VoidResult known = checkKnownKeys(a, addressPath, AddressKeys); !known)
            return known;
        Result<QString> street = singleLineString(a, QStringLiteral("street"), addressPath, false, max);
        Result<QString> postalCode =
            singleLineString(a, QStringLiteral("postalCode"), addressPath, false, max);
        Result<QString> city = singleLineString(a, QStringLiteral("city"), addressPath, false, max);
        for (const Result<QString>* text : {&street, &postalCode, &city}) {
            if (!*text)
                return text->error();
        }
        applicant.address = Address{street.value(), postalCode.value(), city.value()};
    }

    Result<bool> isProtected = optionalBool(object.value(), QStringLiteral("protectedIdentity"), path);
    if (!isProtected)
        return isProtected.error();
    applicant.protectedIdentity = isProtected.value();
    return {};
}

VoidResult parseAttachments(const QJsonObject& root, const IntakeLimits& limits, Submission& submission)
{
    const QString path = QStringLiteral("attachments");
    Result<QJsonArray> array = optionalArray(root, path, {});
    if (!array)
        return array.error();
    if (array->size() > limits.maxAttachments) {
        return invalid(path, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 attachments, over the limit of %2"),
                              {array->size(), limits.maxAttachments}});
    }
    qint64 totalBytes = 0;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemPath = indexPath(path, i);
        if (!array->at(i).isObject())
            return invalid(itemPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
        const QJsonObject object = array->at(i).toObject();
        if (VoidResult known = checkKnownKeys(object, itemPath, AttachmentKeys); !known)
            return known;

        IncomingAttachment attachment;
        // The name is reduced to a safe one rather than refused; only absurd lengths are.
        const QString namePath = childPath(itemPath, QStringLiteral("fileName"));
        const QJsonValue fileName = object.value(QStringLiteral("fileName"));
        if (fileName.isUndefined() || fileName.isNull())
            return invalid(namePath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
        if (!fileName.isString())
            return invalid(namePath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
        if (fileName.toString().size() > limits.maxMultiLineLength)
            return invalid(namePath, {QT_TRANSLATE_NOOP("casedesk::Errors", "longer than %1 characters"),
                                      {limits.maxMultiLineLength}});
        attachment.fileName = safeFileName(fileName.toString());

        Result<QString> mimeType =
            singleLineString(object, QStringLiteral("mimeType"), itemPath, true, limits.maxSingleLineLength);
        if (!mimeType)
            return mimeType.error();
        if (mimeTypeEssence(mimeType.value()).isEmpty())
            return invalid(childPath(itemPath, QStringLiteral("mimeType")),
                           QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid MIME type"));
        attachment.mimeType = mimeType->trimmed();

        Result<QString> fieldId =
            singleLineString(object, QStringLiteral("fieldId"), itemPath, false, limits.maxSingleLineLength);
        if (!fieldId)
            return fieldId.error();
        attachment.fieldId = fieldId.value();

        const QString contentPath = childPath(itemPath, QStringLiteral("contentBase64"));
        const QJsonValue content = object.value(QStringLiteral("contentBase64"));
        if (content.isUndefined() || content.isNull())
            return invalid(contentPath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
        if (!content.isString())
            return invalid(contentPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
        Result<QByteArray> bytes =
            decodeAttachmentBase64(content.toString().toLatin1(), contentPath, limits, totalBytes);
        if (!bytes)
            return bytes.error();
        attachment.content = std::move(bytes).value();
        if (VoidResult type = checkDeclaredMimeType(attachment.mimeType, attachment.content); !type)
            return withField(type.error(), contentPath);
        submission.attachments.append(std::move(attachment));
    }
    makeAttachmentNamesUnique(submission.attachments);
    return {};
}

VoidResult parseSignatures(const QJsonObject& root, const IntakeLimits& limits, Submission& submission)
{
    const QString path = QStringLiteral("signatures");
    Result<QJsonArray> array = optionalArray(root, path, {});
    if (!array)
        return array.error();
    if (array->size() > limits.maxAttachments) {
        return invalid(path, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 signatures, over the limit of %2"),
                              {array->size(), limits.maxAttachments}});
    }
    static const QRegularExpression digestForm(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    const int max = limits.maxSingleLineLength;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemPath = indexPath(path, i);
        if (!array->at(i).isObject())
            return invalid(itemPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
        const QJsonObject object = array->at(i).toObject();
        if (VoidResult known = checkKnownKeys(object, itemPath, SignatureKeys); !known)
            return known;

        IncomingSignature signature;
        signature.kind = SignatureKind::PagesDigest;
        Result<QString> role = singleLineString(object, QStringLiteral("role"), itemPath, true, max);
        Result<QString> name = singleLineString(object, QStringLiteral("name"), itemPath, true, max);
        Result<QString> provider = singleLineString(object, QStringLiteral("provider"), itemPath, true, max);
        for (const Result<QString>* text : {&role, &name, &provider}) {
            if (!*text)
                return text->error();
        }
        Result<QString> number = personalNumber(object, itemPath, false, limits);
        if (!number)
            return number.error();
        if (Result<QString> signedAt =
                dateTime(object, QStringLiteral("signedAt"), itemPath, limits, signature.signedAt);
            !signedAt)
            return signedAt.error();

        Result<QString> digest =
            singleLineString(object, QStringLiteral("signedDigest"), itemPath, true, max);
        if (!digest)
            return digest.error();
        // A well-formed digest that differs from the form is kept: the case view flags it.
        if (!digestForm.match(digest.value()).hasMatch()) {
            return invalid(childPath(itemPath, QStringLiteral("signedDigest")),
                           QT_TRANSLATE_NOOP("casedesk::Errors",
                                             "expected \"sha256:\" and 64 lowercase hexadecimal digits"));
        }
        signature.role = role.value();
        signature.name = name.value();
        signature.provider = provider.value();
        signature.personalNumber = number.value();
        signature.signedDigest = digest.value();
        submission.signatures.append(std::move(signature));
    }
    return {};
}

VoidResult parseRequiredSigners(const QJsonObject& root, const IntakeLimits& limits, Submission& submission)
{
    const QString path = QStringLiteral("requiredSigners");
    Result<QJsonArray> array = optionalArray(root, path, {});
    if (!array)
        return array.error();
    if (array->size() > limits.maxAttachments) {
        return invalid(path, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 signers, over the limit of %2"),
                              {array->size(), limits.maxAttachments}});
    }
    const int max = limits.maxSingleLineLength;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemPath = indexPath(path, i);
        if (!array->at(i).isObject())
            return invalid(itemPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
        const QJsonObject object = array->at(i).toObject();
        if (VoidResult known = checkKnownKeys(object, itemPath, SignerKeys); !known)
            return known;
        Result<QString> role = singleLineString(object, QStringLiteral("role"), itemPath, true, max);
        if (!role)
            return role.error();
        Result<QString> name = singleLineString(object, QStringLiteral("name"), itemPath, true, max);
        if (!name)
            return name.error();
        Result<QString> number = personalNumber(object, itemPath, true, limits);
        if (!number)
            return number.error();
        submission.requiredSigners.append(RequiredSigner{role.value(), number.value(), name.value()});
    }
    return {};
}

QByteArray withoutBom(const QByteArray& data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

} // namespace

Result<Submission> parseJsonSubmission(const QByteArray& rawData, const IntakeLimits& limits)
{
    const QString root = QStringLiteral("$");
    const QByteArray data = withoutBom(rawData);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(root, {QT_TRANSLATE_NOOP("casedesk::Errors", "not valid JSON: %1 at offset %2"),
                              {parseError.errorString(), parseError.offset}});
    }
    if (!document.isObject())
        return invalid(root,
                       QT_TRANSLATE_NOOP("casedesk::Errors", "expected a JSON object at the top level"));
    if (const std::optional<QString> duplicate = findDuplicateKey(data))
        return invalid(*duplicate, QT_TRANSLATE_NOOP("casedesk::Errors", "key appears more than once"));

    const QJsonObject object = document.object();
    const QJsonValue format = object.value(QStringLiteral("format"));
    if (format.isUndefined())
        return invalid(QStringLiteral("format"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (format.toString() != FormatId)
        return invalid(QStringLiteral("format"),
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "expected \"%1\""), {FormatId}});
    if (VoidResult known = checkKnownKeys(object, {}, RootKeys); !known)
        return known.error();

    Submission submission;
    submission.source = SubmissionSource::CaseDeskJson;
    if (VoidResult eservice = parseEservice(object, limits, submission); !eservice)
        return eservice.error();

    Result<QString> externalId =
        singleLineString(object, QStringLiteral("externalId"), {}, true, MaxExternalIdLength);
    if (!externalId)
        return externalId.error();
    submission.externalId = externalId.value();
    if (Result<QString> submittedAt =
            dateTime(object, QStringLiteral("submittedAt"), {}, limits, submission.submittedAt);
        !submittedAt)
        return submittedAt.error();

    if (VoidResult applicant = parseApplicant(object, limits, submission.applicant); !applicant)
        return applicant.error();

    Result<QList<FormPage>> pages = parsePages(object, limits);
    if (!pages)
        return pages.error();
    submission.pages = std::move(pages).value();

    if (VoidResult attachments = parseAttachments(object, limits, submission); !attachments)
        return attachments.error();
    if (VoidResult signatures = parseSignatures(object, limits, submission); !signatures)
        return signatures.error();
    if (VoidResult signers = parseRequiredSigners(object, limits, submission); !signers)
        return signers.error();
    return submission;
}

} // namespace casedesk
