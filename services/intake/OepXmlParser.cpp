// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ContentSniffer.h"
#include "IntakeSupport.h"
#include "OrganisationNumber.h"
#include "PersonalNumber.h"
#include "SafeFileName.h"
#include "SubmissionReader.h"
#include "TextRules.h"
#include "XmlTree.h"
#include "domain/FormCanonical.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace casedesk {

using namespace intake;

namespace {

const QString OepNamespace = QStringLiteral("http://www.oeplatform.org/version/2.0/schemas/flowinstance");

QString slashPath(const QString& parent, const QString& child)
{
    return parent.isEmpty() ? child : parent + QLatin1Char('/') + child;
}

QString nthPath(const QString& parent, const QString& child, qsizetype index)
{
    return slashPath(parent, child) + QLatin1Char('[') + QString::number(index + 1) + QLatin1Char(']');
}

// The export writes local times without an offset; Open ePlatform runs on Swedish time.
Result<QDateTime> oepDateTime(const QString& text, const QString& path)
{
    static const QRegularExpression local(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$)"));
    if (!local.match(text).hasMatch())
        return parseDateTimeWithOffset(text, path);
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return invalid(path, QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid date and time"));
    const QTimeZone stockholm("Europe/Stockholm");
    const QDateTime swedish = stockholm.isValid() ? QDateTime(parsed.date(), parsed.time(), stockholm)
                                                  : QDateTime(parsed.date(), parsed.time(), Qt::LocalTime);
    return plausibleTime(swedish.toUTC(), path);
}

// Firstname + Lastname of a Poster, Owner or Signer element.
QString personName(const XmlElement& person)
{
    const QString name = person.childText(QStringLiteral("Firstname")).simplified() + QLatin1Char(' ') +
                         person.childText(QStringLiteral("Lastname")).simplified();
    return name.trimmed();
}

// A personal number from CitizenIdentifier/SocialSecurityNumber (and ID, which holds one for
// signers who are not portal users) when it is valid; masked or other values are ignored.
QString personalNumberOf(const XmlElement& person, bool tryId)
{
    QStringList candidates{person.childText(QStringLiteral("CitizenIdentifier"), Qt::CaseInsensitive),
                           person.childText(QStringLiteral("SocialSecurityNumber"), Qt::CaseInsensitive)};
    const QString id = person.childText(QStringLiteral("ID")).trimmed();
    if (tryId && QString(id).remove(QLatin1Char('-')).size() == 12)
        candidates.append(id);
    for (const QString& candidate : candidates) {
        if (candidate.trimmed().isEmpty())
            continue;
        if (Result<QString> normalized = PersonalNumber::normalize(candidate.trimmed()))
            return normalized.value();
    }
    return {};
}

Result<QString> requiredText(const XmlElement& parent, const QString& name, const QString& parentPath,
                             int maxLength)
{
    const QString path = slashPath(parentPath, name);
    const QString text = parent.childText(name).trimmed();
    if (text.isEmpty())
        return invalid(path, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (VoidResult checked = checkSingleLine(text, path, maxLength); !checked)
        return checked.error();
    return text;
}

VoidResult readHeader(const XmlElement& root, const IntakeLimits& limits, Submission& submission)
{
    const XmlElement* header = root.child(QStringLiteral("Header"));
    if (!header)
        return invalid(QStringLiteral("Header"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    const XmlElement* flow = header->child(QStringLiteral("Flow"));
    if (!flow)
        return invalid(QStringLiteral("Header/Flow"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));

    Result<QString> family =
        requiredText(*flow, QStringLiteral("FamilyID"), QStringLiteral("Header/Flow"), 20);
    if (!family)
        return family.error();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(family.value()).hasMatch())
        return invalid(QStringLiteral("Header/Flow/FamilyID"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "expected a number"));
    Result<QString> flowName = requiredText(*flow, QStringLiteral("Name"), QStringLiteral("Header/Flow"),
                                            limits.maxSingleLineLength);
    if (!flowName)
        return flowName.error();
    Result<QString> instance =
        requiredText(*header, QStringLiteral("FlowInstanceID"), QStringLiteral("Header"), 200);
    if (!instance)
        return instance.error();
    submission.eserviceId = QStringLiteral("oep-") + family.value();
    submission.eserviceName = flowName.value();
    submission.externalId = instance.value();

    // The poster is the applicant; an export without one names the owners.
    const XmlElement* person = nullptr;
    QString personPath;
    for (const QString& role : {QStringLiteral("Poster"), QStringLiteral("Owner")}) {
        const XmlElement* candidate = header->child(role);
        if (candidate && !personName(*candidate).isEmpty()) {
            person = candidate;
            personPath = slashPath(QStringLiteral("Header"), role);
            break;
        }
    }
    if (!person)
        return invalid(QStringLiteral("Header/Poster"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing (nor is there an Owner)"));
    submission.applicant.name = personName(*person);
    if (VoidResult name = checkSingleLine(submission.applicant.name, personPath, limits.maxSingleLineLength);
        !name)
        return name;
    submission.applicant.email = person->childText(QStringLiteral("Email")).trimmed();
    if (VoidResult email =
            checkEmail(submission.applicant.email, slashPath(personPath, QStringLiteral("Email")));
        !email)
        return email;
    submission.applicant.personalNumber = personalNumberOf(*person, false);

    QString postedName = QStringLiteral("Posted");
    if (header->childText(postedName).isEmpty())
        postedName = QStringLiteral("FirstSubmitted");
    Result<QString> posted = requiredText(*header, postedName, QStringLiteral("Header"), 64);
    if (!posted)
        return withField(posted.error(), QStringLiteral("Header/Posted"));
    Result<QDateTime> submittedAt =
        oepDateTime(posted.value(), slashPath(QStringLiteral("Header"), postedName));
    if (!submittedAt)
        return submittedAt.error();
    submission.submittedAt = submittedAt.value();
    return {};
}

// File elements of an upload question: <File><ID/><Name/><Size/><EncodedData/></File>
// (also FileName/Base64/MimeType spellings).
VoidResult readFiles(const XmlElement& question, const QString& fieldId, const QString& path,
                     const IntakeLimits& limits, qint64& totalBytes, Submission& submission,
                     QJsonArray& names)
{
    const QList<const XmlElement*> files = question.childrenNamed(QStringLiteral("File"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const XmlElement& file = *files.at(i);
        const QString filePath = nthPath(path, QStringLiteral("File"), i);
        if (submission.attachments.size() >= limits.maxAttachments) {
            return invalid(filePath, {QT_TRANSLATE_NOOP("casedesk::Errors", "more than %1 attachments"),
                                      {limits.maxAttachments}});
        }
        IncomingAttachment attachment;
        attachment.fieldId = fieldId;
        QString name = file.childText(QStringLiteral("Name"));
        if (name.isEmpty())
            name = file.childText(QStringLiteral("FileName"));
        attachment.fileName = safeFileName(name.left(limits.maxMultiLineLength));

        QString dataName = QStringLiteral("EncodedData");
        if (!file.child(dataName))
            dataName = QStringLiteral("Base64");
        const QString dataPath = slashPath(filePath, dataName);
        if (!file.child(dataName))
            return invalid(slashPath(filePath, QStringLiteral("EncodedData")),
                           QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
        QByteArray base64 = file.child(dataName)->text.toLatin1();
        base64.replace(' ', QByteArray())
            .replace('\n', QByteArray())
            .replace('\r', QByteArray())
            .replace('\t', QByteArray());
        Result<QByteArray> content = decodeAttachmentBase64(base64, dataPath, limits, totalBytes);
        if (!content)
            return content.error();
        attachment.content = std::move(content).value();

        // The export gives no MIME type: take the usual one for the extension, else what the
        // content is.
        QString mimeType = file.childText(QStringLiteral("MimeType"), Qt::CaseInsensitive).trimmed();
        if (mimeType.isEmpty())
            mimeType = mimeTypeForFileName(attachment.fileName);
        if (mimeType.isEmpty())
            mimeType = sniffMimeType(attachment.content);
        if (mimeType.isEmpty())
            mimeType = QStringLiteral("application/octet-stream");
        if (VoidResult type = checkDeclaredMimeType(mimeType, attachment.content); !type)
            return withField(type.error(), dataPath);
        attachment.mimeType = mimeType;
        names.append(attachment.fileName);
        submission.attachments.append(std::move(attachment));
    }
    return {};
}

// Named sub-elements -> {name: text} (nested ones as objects), and "name: text" lines in
// document order for the caseworker.
VoidResult readSubElements(const XmlElement& element, const QString& path, const QString& prefix,
                           const IntakeLimits& limits, QJsonObject& object, QStringList& lines)
{
    for (const XmlElement& child : element.children) {
        if (prefix.isEmpty() &&
            (child.name == QLatin1String("QueryID") || child.name == QLatin1String("Name")))
            continue;
        const QString childPath = slashPath(path, child.name);
        const QString label = prefix.isEmpty() ? child.name : prefix + QLatin1Char('/') + child.name;
        QJsonValue value;
        if (child.children.isEmpty()) {
            const QString text = trimTrailingWhitespace(child.text);
            if (VoidResult checked = checkMultiLine(text, childPath, limits.maxMultiLineLength); !checked)
                return checked;
            value = text;
            lines.append(label + QStringLiteral(": ") + text);
        } else {
            QJsonObject nested;
            if (VoidResult inner = readSubElements(child, childPath, label, limits, nested, lines); !inner)
                return inner;
            value = nested;
        }
        // A repeated name collects its values in an array.
        if (object.contains(child.name)) {
            QJsonValue existing = object.value(child.name);
            QJsonArray items = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            items.append(value);
            object.insert(child.name, items);
        } else {
            object.insert(child.name, value);
        }
    }
    return {};
}

Result<FormField> readQuestion(const XmlElement& question, const QString& id, const QString& path,
                               const IntakeLimits& limits, qint64& totalBytes, Submission& submission)
{
    FormField field;
    field.id = id;
    field.type = QStringLiteral("oep");
    if (VoidResult checked = checkSingleLine(id, path, limits.maxSingleLineLength); !checked)
        return checked.error();
    field.label = question.childText(QStringLiteral("Name")).simplified();
    if (field.label.isEmpty())
        field.label = question.name;
    if (VoidResult checked =
            checkSingleLine(field.label, slashPath(path, QStringLiteral("Name")), limits.maxSingleLineLength);
        !checked)
        return checked.error();

    const QList<const XmlElement*> values = question.childrenNamed(QStringLiteral("Value"));
    if (!values.isEmpty()) {
        QStringList texts;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString text = trimTrailingWhitespace(values.at(i)->text);
            const QString valuePath = values.size() == 1 ? slashPath(path, QStringLiteral("Value"))
                                                         : nthPath(path, QStringLiteral("Value"), i);
            if (VoidResult checked = checkMultiLine(text, valuePath, limits.maxMultiLineLength); !checked)
                return checked.error();
            texts.append(text);
        }
        field.value =
            texts.size() == 1 ? QJsonValue(texts.first()) : QJsonValue(QJsonArray::fromStringList(texts));
        field.valueText = texts.join(QStringLiteral(", "));
    } else if (question.child(QStringLiteral("File"))) {
        QJsonArray names;
        if (VoidResult files = readFiles(question, id, path, limits, totalBytes, submission, names); !files)
            return files.error();
        field.value = names;
        field.valueText = jsonValueToText(names);
    } else {
        QJsonObject object;
        QStringList lines;
        if (VoidResult sub = readSubElements(question, path, {}, limits, object, lines); !sub)
            return sub.error();
        field.value = object.isEmpty() ? QJsonValue() : QJsonValue(object);
        field.valueText = lines.join(QLatin1Char('\n'));
    }
    if (VoidResult checked = checkMultiLine(field.valueText, path, limits.maxMultiLineLength); !checked)
        return checked.error();
    return field;
}

// An organisation applying: the first question with an OrganizationNumber child (any case, also
// spelt OrganisationNumber) that holds a valid organisation number makes the organisation the
// applicant, named by an OrganizationName (or Organization, CompanyName) child of the same
// question when there is one. The poster then acts for it: their personal number is not the
// applicant's (it stays on their signature when they signed). Other values are left as answers.
VoidResult readOrganisationApplicant(const XmlElement& values, const IntakeLimits& limits,
                                     Applicant& applicant)
{
    for (const XmlElement& question : values.children) {
        QString number;
        for (const QString& name :
             {QStringLiteral("OrganizationNumber"), QStringLiteral("OrganisationNumber")}) {
            if (number.isEmpty())
                number = question.childText(name, Qt::CaseInsensitive).trimmed();
        }
        if (number.isEmpty())
            continue;
        Result<QString> normalized = OrganisationNumber::normalize(number);
        if (!normalized)
            continue;
        applicant.organisationNumber = normalized.value();
        applicant.personalNumber.clear();
        for (const QString& name : {QStringLiteral("OrganizationName"), QStringLiteral("OrganisationName"),
                                    QStringLiteral("Organization"), QStringLiteral("CompanyName")}) {
            const QString organisation = question.childText(name, Qt::CaseInsensitive).trimmed();
            if (organisation.isEmpty())
                continue;
            if (VoidResult line = checkSingleLine(
                    organisation, slashPath(slashPath(QStringLiteral("Values"), question.name), name),
                    limits.maxSingleLineLength);
                !line)
                return line;
            applicant.name = organisation;
            break;
        }
        return {};
    }
    return {};
}

VoidResult readValues(const XmlElement& root, const IntakeLimits& limits, Submission& submission)
{
    const XmlElement* values = root.child(QStringLiteral("Values"));
    if (!values)
        return invalid(QStringLiteral("Values"),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (values->children.size() > limits.maxFieldsPerPage) {
        return invalid(QStringLiteral("Values"),
                       {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 questions, over the limit of %2"),
                        {values->children.size(), limits.maxFieldsPerPage}});
    }
    FormPage page;
    page.title = submission.eserviceName.isEmpty() ? QStringLiteral("Formulär") : submission.eserviceName;
    QSet<QString> ids;
    qint64 totalBytes = 0;
    for (const XmlElement& question : values->children) {
        const QString path = slashPath(QStringLiteral("Values"), question.name);
        QString id = question.name;
        for (int n = 2; ids.contains(id); ++n)
            id = question.name + QLatin1Char('_') + QString::number(n);
        ids.insert(id);
        Result<FormField> field = readQuestion(question, id, path, limits, totalBytes, submission);
        if (!field)
            return field.error();
        page.fields.append(std::move(field).value());
    }
    submission.pages = {page};
    makeAttachmentNamesUnique(submission.attachments);
    return readOrganisationApplicant(*values, limits, submission.applicant);
}

VoidResult readSigningEvents(const XmlElement& root, const IntakeLimits& limits, Submission& submission)
{
    const XmlElement* events = root.child(QStringLiteral("SigningEvents"));
    if (!events)
        return {};
    const QList<const XmlElement*> signs = events->childrenNamed(QStringLiteral("SignEvent"));
    for (qsizetype i = 0; i < signs.size(); ++i) {
        const XmlElement& event = *signs.at(i);
        const QString path = nthPath(QStringLiteral("SigningEvents"), QStringLiteral("SignEvent"), i);
        IncomingSignature signature;
        signature.kind = SignatureKind::OpenEPlatform;
        signature.provider = QStringLiteral("Open ePlatform");
        signature.role = QStringLiteral("signer");
        Result<QString> checksum =
            requiredText(event, QStringLiteral("SignedChecksum"), path, limits.maxSingleLineLength);
        if (!checksum)
            return checksum.error();
        signature.signedDigest = checksum.value();
        Result<QString> date = requiredText(event, QStringLiteral("Date"), path, 64);
        if (!date)
            return date.error();
        Result<QDateTime> signedAt = oepDateTime(date.value(), slashPath(path, QStringLiteral("Date")));
        if (!signedAt)
            return signedAt.error();
        signature.signedAt = signedAt.value();
        const XmlElement* signer = event.child(QStringLiteral("Signer"));
        const QString signerPath = slashPath(path, QStringLiteral("Signer"));
        if (!signer || personName(*signer).isEmpty())
            return invalid(signerPath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
        signature.name = personName(*signer);
        if (VoidResult name = checkSingleLine(signature.name, signerPath, limits.maxSingleLineLength); !name)
            return name;
        signature.personalNumber = personalNumberOf(*signer, true);
        submission.signatures.append(std::move(signature));
    }
    return {};
}

} // namespace

Result<Submission> parseOepXml(const QByteArray& data, const IntakeLimits& limits)
{
    Result<XmlElement> tree = readXmlTree(data);
    if (!tree)
        return tree.error();
    const XmlElement& root = tree.value();
    if (root.name != QLatin1String("FlowInstance") || root.namespaceUri != OepNamespace) {
        return invalid(
            QStringLiteral("$"),
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "the root element is not FlowInstance in the Open ePlatform namespace %1"),
             {OepNamespace}});
    }

    Submission submission;
    submission.source = SubmissionSource::OpenEPlatform;
    if (VoidResult header = readHeader(root, limits, submission); !header)
        return header.error();
    if (VoidResult values = readValues(root, limits, submission); !values)
        return values.error();
    if (VoidResult signing = readSigningEvents(root, limits, submission); !signing)
        return signing.error();
    return submission;
}

} // namespace casedesk
