// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ArchivePackage.h"

#include "CaseDocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

namespace casedesk {

namespace {

constexpr char kDataFolder[] = "representations/rep1/data/";
constexpr char kCaseXml[] = "metadata/descriptive/case.xml";
constexpr char kRecordsNamespace[] = "urn:casedesk:records:1";

QString sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void element(QXmlStreamWriter& xml, const QString& name, const QString& text)
{
    if (!text.isEmpty())
        xml.writeTextElement(name, text);
}

} // namespace

ArchivePackage::ArchivePackage(const CaseRecord& record, QList<PackageFile> files, const QDateTime& created)
    : m_record(record)
    , m_files(std::move(files))
    , m_created(created)
{}

QString ArchivePackage::uniqueName(const QString& name, QStringList& taken)
{
    QString candidate = name.isEmpty() ? QStringLiteral("fil") : name;
    const QFileInfo info(candidate);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken << candidate;
    return candidate;
}

QByteArray ArchivePackage::caseXml() const
{
    const CaseSummary& s = m_record.detail.summary;
    const Applicant& a = m_record.detail.applicant;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(kRecordsNamespace));
    xml.writeStartElement(QStringLiteral("case"));
    element(xml, QStringLiteral("reference"), s.reference);
    xml.writeStartElement(QStringLiteral("eservice"));
    xml.writeAttribute(QStringLiteral("id"), s.eserviceId);
    xml.writeCharacters(s.eserviceName);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("status"));
    xml.writeAttribute(QStringLiteral("id"), s.statusId);
    xml.writeAttribute(QStringLiteral("kind"), statusKindId(s.statusKind));
    xml.writeCharacters(s.statusNameSv);
    xml.writeEndElement();
    element(xml, QStringLiteral("submitted"), isoUtc(s.submittedAt));
    const Decision* decision = m_record.standingDecision();
    if (decision)
        element(xml, QStringLiteral("decided"), isoUtc(decision->decidedAt));
    element(xml, QStringLiteral("closed"), isoUtc(s.closedAt));
    element(xml, QStringLiteral("handler"), s.assignee);
    element(xml, QStringLiteral("source"), m_record.detail.source);
    element(xml, QStringLiteral("externalId"), m_record.detail.externalId);
    if (s.protectedIdentity)
        element(xml, QStringLiteral("protectedIdentity"), QStringLiteral("true"));

    xml.writeStartElement(QStringLiteral("parties"));
    xml.writeStartElement(QStringLiteral("party"));
    xml.writeAttribute(QStringLiteral("role"), QStringLiteral("applicant"));
    element(xml, QStringLiteral("name"), a.name);
    element(xml, QStringLiteral("personalNumber"), a.personalNumber);
    element(xml, QStringLiteral("organisationNumber"), a.organisationNumber);
    xml.writeEndElement();
    for (const SignatureRow& signer : m_record.detail.signatures) {
        if (signer.personalNumber == a.personalNumber && signer.role == QLatin1String("applicant"))
            continue;
        xml.writeStartElement(QStringLiteral("party"));
        xml.writeAttribute(QStringLiteral("role"), signer.role);
        element(xml, QStringLiteral("name"), signer.name);
        element(xml, QStringLiteral("personalNumber"), signer.personalNumber);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // parties

    xml.writeStartElement(QStringLiteral("decisions"));
    for (const Decision& d : m_record.thread.decisions) {
        xml.writeStartElement(QStringLiteral("decision"));
        xml.writeAttribute(QStringLiteral("outcome"), d.outcomeId);
        if (d.correctsDecisionId != 0)
            xml.writeAttribute(QStringLiteral("corrects"), QString::number(d.correctsDecisionId));
        xml.writeAttribute(QStringLiteral("standing"), decision && decision->id == d.id
                                                           ? QStringLiteral("true")
                                                           : QStringLiteral("false"));
        element(xml, QStringLiteral("outcomeName"), d.outcomeNameSv);
        element(xml, QStringLiteral("decidedAt"), isoUtc(d.decidedAt));
        element(xml, QStringLiteral("decidedBy"), d.decidedBy);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // decisions

    xml.writeStartElement(QStringLiteral("documents"));
    for (const PackageFile& file : m_files) {
        xml.writeStartElement(QStringLiteral("document"));
        xml.writeAttribute(QStringLiteral("role"), file.role);
        xml.writeAttribute(QStringLiteral("href"), QString::fromLatin1(kDataFolder) + file.name);
        xml.writeAttribute(QStringLiteral("mimeType"), file.mimeType);
        xml.writeAttribute(QStringLiteral("size"), QString::number(file.content.size()));
        xml.writeAttribute(QStringLiteral("sha256"), sha256(file.content));
        xml.writeCharacters(file.name);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // documents
    xml.writeEndElement(); // case
    xml.writeEndDocument();
    return out;
}

QByteArray ArchivePackage::metsXml() const
{
    const QString reference = m_record.detail.summary.reference;
    QList<std::tuple<QString, QString, QByteArray>> listed; // path, MIME type, content
    listed.append({QString::fromLatin1(kCaseXml), QStringLiteral("application/xml"), caseXml()});
    for (const PackageFile& file : m_files)
        listed.append({QString::fromLatin1(kDataFolder) + file.name, file.mimeType, file.content});

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    const QString mets = QStringLiteral("http://www.loc.gov/METS/");
    const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
    const QString csip = QStringLiteral("https://DILCIS.eu/XML/METS/CSIPExtensionMETS");
    xml.writeNamespace(mets, QStringLiteral("mets"));
    xml.writeNamespace(xlink, QStringLiteral("xlink"));
    xml.writeNamespace(csip, QStringLiteral("csip"));
    xml.writeStartElement(mets, QStringLiteral("mets"));
    // The package's identity is the case's: the same case gives the same ids.
    xml.writeAttribute(QStringLiteral("OBJID"), reference);
    xml.writeAttribute(QStringLiteral("LABEL"),
                       m_record.detail.summary.eserviceName + QStringLiteral(" ") + reference);
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("ERMS"));
    xml.writeAttribute(csip, QStringLiteral("CONTENTINFORMATIONTYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(csip, QStringLiteral("OTHERCONTENTINFORMATIONTYPE"), QStringLiteral("CaseDesk case"));
    xml.writeAttribute(QStringLiteral("PROFILE"),
                       QStringLiteral("https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml"));

    xml.writeStartElement(mets, QStringLiteral("metsHdr"));
    xml.writeAttribute(QStringLiteral("CREATEDATE"), isoUtc(m_created));
    xml.writeAttribute(csip, QStringLiteral("OAISPACKAGETYPE"), QStringLiteral("SIP"));
    xml.writeStartElement(mets, QStringLiteral("agent"));
    xml.writeAttribute(QStringLiteral("ROLE"), QStringLiteral("CREATOR"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(QStringLiteral("OTHERTYPE"), QStringLiteral("SOFTWARE"));
    xml.writeTextElement(mets, QStringLiteral("name"), QStringLiteral("CaseDesk"));
    xml.writeEndElement();
    xml.writeEndElement(); // metsHdr

    xml.writeStartElement(mets, QStringLiteral("dmdSec"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("dmd-case"));
    xml.writeStartElement(mets, QStringLiteral("mdRef"));
    xml.writeAttribute(QStringLiteral("LOCTYPE"), QStringLiteral("URL"));
    xml.writeAttribute(QStringLiteral("MDTYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(QStringLiteral("OTHERMDTYPE"), QString::fromLatin1(kRecordsNamespace));
    xml.writeAttribute(xlink, QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeAttribute(xlink, QStringLiteral("href"), QString::fromLatin1(kCaseXml));
    const QByteArray& caseXmlContent = std::get<2>(listed.first());
    xml.writeAttribute(QStringLiteral("MIMETYPE"), QStringLiteral("application/xml"));
    xml.writeAttribute(QStringLiteral("SIZE"), QString::number(caseXmlContent.size()));
    xml.writeAttribute(QStringLiteral("CHECKSUM"), sha256(caseXmlContent));
    xml.writeAttribute(QStringLiteral("CHECKSUMTYPE"), QStringLiteral("SHA-256"));
    xml.writeEndElement();
    xml.writeEndElement(); // dmdSec

    xml.writeStartElement(mets, QStringLiteral("fileSec"));
    xml.writeStartElement(mets, QStringLiteral("fileGrp"));
    xml.writeAttribute(QStringLiteral("USE"), QStringLiteral("Representations/rep1"));
    int n = 0;
    for (const auto& [path, mimeType, content] : listed) {
        xml.writeStartElement(mets, QStringLiteral("file"));
        xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("file-%1").arg(++n));
        xml.writeAttribute(QStringLiteral("MIMETYPE"), mimeType);
        xml.writeAttribute(QStringLiteral("SIZE"), QString::number(content.size()));
        xml.writeAttribute(QStringLiteral("CHECKSUM"), sha256(content));
        xml.writeAttribute(QStringLiteral("CHECKSUMTYPE"), QStringLiteral("SHA-256"));
        xml.writeStartElement(mets, QStringLiteral("FLocat"));
        xml.writeAttribute(QStringLiteral("LOCTYPE"), QStringLiteral("URL"));
        xml.writeAttribute(xlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(xlink, QStringLiteral("href"), path);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // fileGrp
    xml.writeEndElement(); // fileSec

    xml.writeStartElement(mets, QStringLiteral("structMap"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("PHYSICAL"));
    xml.writeAttribute(QStringLiteral("LABEL"), QStringLiteral("CSIP"));
    xml.writeStartElement(mets, QStringLiteral("div"));
    xml.writeAttribute(QStringLiteral("LABEL"), reference);
    xml.writeAttribute(QStringLiteral("DMDID"), QStringLiteral("dmd-case"));
    for (int i = 1; i <= n; ++i) {
        xml.writeStartElement(mets, QStringLiteral("fptr"));
        xml.writeAttribute(QStringLiteral("FILEID"), QStringLiteral("file-%1").arg(i));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // div
    xml.writeEndElement(); // structMap
    xml.writeEndElement(); // mets
    xml.writeEndDocument();
    return out;
}

QList<std::pair<QString, QByteArray>> ArchivePackage::files() const
{
    QList<std::pair<QString, QByteArray>> result;
    result.append({QString::fromLatin1(kCaseXml), caseXml()});
    for (const PackageFile& file : m_files)
        result.append({QString::fromLatin1(kDataFolder) + file.name, file.content});
    result.append({QStringLiteral("METS.xml"), metsXml()});
    return result;
}

StagedFolder::StagedFolder(QString parentFolder, QString name)
    : m_parent(std::move(parentFolder))
    , m_name(std::move(name))
    , m_staging(QDir(m_parent).filePath(
          QStringLiteral(".%1.%2.part").arg(m_name, QUuid::createUuid().toString(QUuid::WithoutBraces))))
{}

StagedFolder::~StagedFolder()
{
    if (!m_published)
        QDir(m_staging).removeRecursively();
}

QString StagedFolder::finalPath() const
{
    return QDir(m_parent).filePath(m_name);
}

VoidResult StagedFolder::write(const QList<std::pair<QString, QByteArray>>& files)
{
    if (!QDir().mkpath(m_parent) || !QDir().mkpath(m_staging))
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create the folder %1"), {m_parent}},
                         QStringLiteral("folder"));
    for (const auto& [path, content] : files) {
        const QString target = QDir(m_staging).filePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot create the folder %1"),
                              {QFileInfo(target).absolutePath()}},
                             path);
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot write %1: %2"),
                 {QDir(m_parent).filePath(m_name + QLatin1Char('/') + path), file.errorString()}},
                path);
    }
    return {};
}

VoidResult StagedFolder::publish(bool replace)
{
    const QString target = finalPath();
    QString aside;
    if (QFileInfo::exists(target)) {
        if (!replace)
            return makeError(ErrorCode::Conflict,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 exists already"), {target}},
                             QStringLiteral("folder"));
        aside = m_staging + QStringLiteral(".old");
        if (!QDir().rename(target, aside))
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot replace %1"), {target}},
                             QStringLiteral("folder"));
    }
    if (!QDir().rename(m_staging, target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, target);
        return makeError(ErrorCode::InvalidInput,
                         {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot move the package into %1"), {target}},
                         QStringLiteral("folder"));
    }
    m_published = true;
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

void StagedFolder::withdraw()
{
    if (m_published)
        QDir(finalPath()).removeRecursively();
    m_published = false;
}

} // namespace casedesk
