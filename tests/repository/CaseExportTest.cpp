// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PdfReadBack.h"
#include "SampleSubmissions.h"
#include "SearchableText.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "admin/AdminService.h"
#include "db/SqlValues.h"
#include "documents/ArchivePackage.h"
#include "documents/CaseExport.h"
#include "domain/FormCanonical.h"
#include "intake/IntakeService.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "repositories/ArchiveExportRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/EServiceRepository.h"
#include "retention/RetentionService.h"
#include "workflow/CaseService.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The names the issue asks every document to render: Polish, Vietnamese, Arabic, Danish.
const QString kPolish = QStringLiteral("Łukasz Żółć");
const QString kVietnamese = QStringLiteral("Nguyễn Thị Hương");
const QString kArabic = QStringLiteral("محمد الأحمد");
const QString kDanishTown = QStringLiteral("Ærøskøbing");
const QString kNote = QStringLiteral("Intern bedömning: ring läkaren.");

std::string describe(const Error& e)
{
    return e.describe().toStdString();
}

// The PDF's text as QtPdf reads it and a search sees it, every page; empty when it does not open.
QStringList pdfPages(const QByteArray& pdf)
{
    QStringList pages;
    for (const QString& page : readPdf(pdf).text)
        pages << searchableText(page);
    return pages;
}

// Every entry of the PDF's cross-reference table points at its object, and startxref at the
// table: lenient readers repair a broken table silently, an archive's validator does not.
bool crossReferencesHold(const QByteArray& pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (startxref < 0)
        return false;
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').first().trimmed().toLongLong();
    if (!pdf.mid(xref).startsWith("xref\n0 "))
        return false;
    const qsizetype header = pdf.indexOf('\n', xref + 5);
    const int count = pdf.mid(xref + 7, header - xref - 7).toInt();
    for (int n = 1; n < count; ++n) {
        const QByteArray entry = pdf.mid(header + 1 + qsizetype(n) * 20, 20);
        if (entry.at(17) != 'n')
            continue;
        if (!pdf.mid(entry.left(10).toLongLong()).startsWith(QByteArray(QByteArray::number(n) + " 0 obj")))
            return false;
    }
    return count > 1;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, relative, sorted.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class CaseExportTest : public BackendTest
{
protected:
    QString m_ref;

    void SetUp() override
    {
        BackendTest::SetUp();
        Submission s = sampleSubmission(QStringLiteral("export-1"));
        s.applicant.name = kPolish;
        s.signatures[0].name = kPolish;
        s.requiredSigners[0].name = kPolish;
        s.requiredSigners[1].name = kVietnamese;
        s.applicant.address.city = kDanishTown;
        s.pages[1].fields.append({QStringLiteral("contact"),
                                  QStringLiteral("Kontaktperson"),
                                  QStringLiteral("text"),
                                  kArabic,
                                  kArabic,
                                  {}});
        s.signatures[0].signedDigest = pagesDigest(s.pages);
        auto receipt = IntakeService(db()).submit(s);
        ASSERT_TRUE(receipt.ok()) << describe(receipt.error());
        m_ref = receipt->reference;
    }

    void decide()
    {
        ASSERT_TRUE(MessageService(db()).addNote(m_ref, kNote).ok());
        ASSERT_TRUE(
            MessageService(db()).send(m_ref, QStringLiteral("Vi har tagit emot din ansökan."), {}).ok());
        DecisionInput input;
        input.outcomeId = QStringLiteral("approved");
        input.text = QStringLiteral("Ansökan beviljas för %1.").arg(kPolish);
        auto decided = DecisionService(db()).record(m_ref, input);
        ASSERT_TRUE(decided.ok()) << describe(decided.error());
    }

    int audits(const char* action)
    {
        auto n = AuditRepository(db()).countFor(m_ref, QString::fromLatin1(action));
        return n.ok() ? *n : -1;
    }
};

TEST_P(CaseExportTest, TheCasePdfIsPdfAAndHoldsEveryNameInFull)
{
    decide();
    auto pdf = CaseExportService(db()).exportPdf(m_ref, {});
    ASSERT_TRUE(pdf.ok()) << describe(pdf.error());
    // PDF/A-1b says so in its XMP metadata, which PDF/A keeps unfiltered.
    EXPECT_TRUE(pdf->contains("pdfaid:part") && pdf->contains("pdfaid:conformance"));
    EXPECT_TRUE(pdf->contains("<pdfaid:part>1</pdfaid:part>") || pdf->contains("pdfaid:part=\"1\""))
        << "no PDF/A-1 identification";
    // The text maps were rewritten so that Arabic reads back as its letters: the file still holds.
    EXPECT_TRUE(crossReferencesHold(*pdf));
    const QStringList pages = pdfPages(*pdf);
    ASSERT_FALSE(pages.isEmpty()) << "QtPdf cannot open the export";
    const QString all = pages.join(QLatin1Char('\n'));
    for (const QString& name : {kPolish, kVietnamese, kArabic, kDanishTown, m_ref})
        EXPECT_TRUE(all.contains(name)) << name.toStdString() << " is missing from:\n" << all.toStdString();
    // The form as the applicant saw it; the field hidden from them listed apart, by its label.
    EXPECT_TRUE(all.contains(QStringLiteral("Registreringsnummer")));
    EXPECT_TRUE(all.contains(QStringLiteral("Fält som var dolda för sökanden")));
    EXPECT_TRUE(all.contains(QStringLiteral("Släpvagn")));
    // The attachment's SHA-256, the decision, the message, the history.
    EXPECT_TRUE(all.contains(sha256(tinyPdf()))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Vi har tagit emot din ansökan.")));
    EXPECT_TRUE(all.contains(QStringLiteral("Beviljas")) || all.contains(QStringLiteral("beviljas")));
    // No internal note unless asked for.
    EXPECT_FALSE(all.contains(kNote));
    EXPECT_FALSE(all.contains(QStringLiteral("INTERNT")));
    EXPECT_EQ(audits("case.exported"), 1);
}

TEST_P(CaseExportTest, InternalNotesComeOnlyWhenAskedAndMarkEveryPage)
{
    decide();
    auto pdf = CaseExportService(db()).exportPdf(m_ref, {/*includeNotes=*/true});
    ASSERT_TRUE(pdf.ok()) << describe(pdf.error());
    const QStringList pages = pdfPages(*pdf);
    ASSERT_GE(pages.size(), 2) << "the case should need more than one page";
    EXPECT_TRUE(pages.join(QLatin1Char('\n')).contains(kNote));
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(pages[i].contains(QStringLiteral("INTERNT"))) << "page " << i + 1 << " is not marked";
    auto entries = AuditRepository(db()).list({});
    if (entries.ok()) { // PostgreSQL: the owner reads the log
        bool found = false;
        for (const AuditEntry& e : *entries)
            found = found || (e.action == QLatin1String("case.exported") &&
                              e.detail.contains(QStringLiteral("internal notes")));
        EXPECT_TRUE(found);
    }
}

TEST_P(CaseExportTest, ADecisionDocumentRendersEveryName)
{
    const QByteArray pdf = DecisionService::renderDocument(
        m_ref, kDanishTown, QStringLiteral("Beviljas"),
        kPolish + QStringLiteral("\n") + kVietnamese + QStringLiteral("\n") + kArabic,
        QDateTime::currentDateTimeUtc(), QStringLiteral("sv"));
    EXPECT_TRUE(pdf.contains("pdfaid:part"));
    const QString all = pdfPages(pdf).join(QLatin1Char('\n'));
    for (const QString& name : {kPolish, kVietnamese, kArabic, kDanishTown})
        EXPECT_TRUE(all.contains(name)) << name.toStdString() << " missing from:\n" << all.toStdString();
}

TEST_P(CaseExportTest, APackageListsEveryFileWithItsChecksumAndNothingElse)
{
    decide();
    QTemporaryDir out;
    auto package = CaseExportService(db()).exportPackage(m_ref, out.path());
    ASSERT_TRUE(package.ok()) << describe(package.error());
    EXPECT_EQ(package->folder, QDir(out.path()).filePath(m_ref));
    // Nothing left beside it: no temporary folder.
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{m_ref});

    const QByteArray metsBytes = readAll(QDir(package->folder).filePath(QStringLiteral("METS.xml")));
    EXPECT_EQ(sha256(metsBytes), package->metsSha256);
    // Every mets:file with its FLocat, read as any archive's tool would.
    QStringList listed;
    QXmlStreamReader xml(metsBytes);
    QXmlStreamAttributes file;
    int fileCount = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.namespaceUri() != QLatin1String("http://www.loc.gov/METS/"))
            continue;
        if (xml.name() == QLatin1String("file")) {
            file = xml.attributes();
            ++fileCount;
        } else if (xml.name() == QLatin1String("FLocat")) {
            const QString href =
                xml.attributes()
                    .value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"))
                    .toString();
            const QByteArray content = readAll(QDir(package->folder).filePath(href));
            EXPECT_EQ(file.value(QStringLiteral("CHECKSUMTYPE")), QStringLiteral("SHA-256"));
            EXPECT_EQ(file.value(QStringLiteral("CHECKSUM")).toString(), sha256(content))
                << href.toStdString();
            EXPECT_EQ(file.value(QStringLiteral("SIZE")).toLongLong(), content.size()) << href.toStdString();
            EXPECT_FALSE(file.value(QStringLiteral("MIMETYPE")).isEmpty());
            listed << href;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    ASSERT_GE(fileCount, 3); // case.xml, the case PDF, the attachment (and the decision document)
    EXPECT_EQ(listed.size(), fileCount);
    listed << QStringLiteral("METS.xml");
    listed.sort();
    EXPECT_EQ(filesUnder(package->folder), listed);
    EXPECT_TRUE(listed.contains(QStringLiteral("metadata/descriptive/case.xml")));
    EXPECT_TRUE(listed.contains(QStringLiteral("representations/rep1/data/%1.pdf").arg(m_ref)));
    EXPECT_TRUE(listed.contains(QStringLiteral("representations/rep1/data/läkarintyg.pdf")));
    // The attachment as received, byte for byte.
    EXPECT_EQ(
        readAll(QDir(package->folder).filePath(QStringLiteral("representations/rep1/data/läkarintyg.pdf"))),
        tinyPdf());
    // The records metadata names the case, its decision and its documents.
    const QByteArray caseXml =
        readAll(QDir(package->folder).filePath(QStringLiteral("metadata/descriptive/case.xml")));
    EXPECT_TRUE(caseXml.contains(m_ref.toUtf8()));
    EXPECT_TRUE(caseXml.contains("outcome=\"approved\""));
    EXPECT_TRUE(caseXml.contains(kPolish.toUtf8()));

    // Recorded on the case: who, and the checksum of METS.xml.
    auto recorded = ArchiveExportRepository(db()).forCase(CaseService(db()).open(m_ref, false)->summary.id);
    ASSERT_TRUE(recorded.ok()) << describe(recorded.error());
    ASSERT_EQ(recorded->size(), 1);
    EXPECT_EQ(recorded->first().metsSha256, package->metsSha256);
    EXPECT_EQ(recorded->first().exportedBy, db().currentUser());

    // A second export of the same case: refused over the first, identical but for METS.xml's
    // creation time when it replaces it.
    QMap<QString, QByteArray> first;
    for (const QString& file : filesUnder(package->folder))
        first.insert(file, readAll(QDir(package->folder).filePath(file)));
    auto again = CaseExportService(db()).exportPackage(m_ref, out.path());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    auto replaced = CaseExportService(db()).exportPackage(m_ref, out.path(), /*replace=*/true);
    ASSERT_TRUE(replaced.ok()) << describe(replaced.error());
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{m_ref});
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QByteArray now = readAll(QDir(package->folder).filePath(it.key()));
        QByteArray before = it.value();
        if (it.key() == QLatin1String("METS.xml")) {
            static const QRegularExpression created(QStringLiteral("CREATEDATE=\"[^\"]*\""));
            now = QString::fromUtf8(now).replace(created, QString()).toUtf8();
            before = QString::fromUtf8(before).replace(created, QString()).toUtf8();
        }
        EXPECT_EQ(now, before) << it.key().toStdString() << " differs between two exports";
    }
}

TEST_P(CaseExportTest, AnUnwritableFolderIsAClearErrorAndRecordsNothing)
{
    QTemporaryDir out;
    QFile blocker(QDir(out.path()).filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto package = CaseExportService(db()).exportPackage(m_ref, blocker.fileName());
    ASSERT_FALSE(package.ok());
    EXPECT_TRUE(package.error().describe().contains(QStringLiteral("not-a-folder")))
        << describe(package.error());
    auto recorded = ArchiveExportRepository(db()).forCase(CaseService(db()).open(m_ref, false)->summary.id);
    ASSERT_TRUE(recorded.ok());
    EXPECT_TRUE(recorded->isEmpty());
    EXPECT_EQ(audits("case.exported"), 0);
}

TEST_P(CaseExportTest, RetentionWaitsForTheArchiveWhereTheEServiceAsks)
{
    decide();
    const qint64 id = CaseService(db()).open(m_ref, false)->summary.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Closed 40 days ago; the e-service keeps closed cases 30 days and archives them first.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET closed_at = ? WHERE id = ?"),
                          {toSqlTime(now.addDays(-40)), id})
                    .ok());
    const AdminService admin(db());
    ASSERT_TRUE(EServiceRepository(db()).setRetention(QStringLiteral("parkeringstillstand"), 30).ok());
    ASSERT_TRUE(admin.setArchiveBeforePurge(QStringLiteral("parkeringstillstand"), true).ok());

    auto preview = RetentionService(db()).preview(now);
    ASSERT_TRUE(preview.ok()) << describe(preview.error());
    EXPECT_EQ(preview->dueNow, 0);
    EXPECT_EQ(preview->waitingForArchive, 1);
    ASSERT_EQ(preview->cases.size(), 1);
    EXPECT_TRUE(preview->cases.first().waitsForArchive);
    auto purged = RetentionService(db()).purge(now);
    ASSERT_TRUE(purged.ok()) << describe(purged.error());
    EXPECT_EQ(purged->purged, 0);

    QTemporaryDir out;
    ASSERT_TRUE(CaseExportService(db()).exportPackage(m_ref, out.path()).ok());
    preview = RetentionService(db()).preview(now);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->dueNow, 1);
    EXPECT_EQ(preview->waitingForArchive, 0);
    purged = RetentionService(db()).purge(now);
    ASSERT_TRUE(purged.ok()) << describe(purged.error());
    EXPECT_EQ(purged->purged, 1);
}

CASEDESK_INSTANTIATE_BACKENDS(CaseExportTest);
