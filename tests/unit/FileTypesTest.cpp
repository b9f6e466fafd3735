// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/FileTypes.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

IncomingAttachment file(const QString& name, const QString& mimeType, const QByteArray& content)
{
    IncomingAttachment a;
    a.fileName = name;
    a.mimeType = mimeType;
    a.content = content;
    return a;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

QByteArray zipWith(const QByteArray& firstEntry, const QByteArray& rest = {})
{
    QByteArray zip("PK\x03\x04", 4);
    zip.append(QByteArray(22, '\0'));
    zip.append(char(firstEntry.size()));
    zip.append(QByteArray(3, '\0'));
    zip.append(firstEntry);
    zip.append(rest);
    return zip;
}

} // namespace

TEST(FileTypes, DefaultListAndParsing)
{
    EXPECT_EQ(defaultFileTypes().join(QLatin1Char(',')),
              QStringLiteral("pdf,jpeg,png,heic,text,docx,xlsx,odt"));
    EXPECT_EQ(allowedFileTypes(QString()), defaultFileTypes());
    EXPECT_EQ(allowedFileTypes(QStringLiteral("pdf,png")),
              (QStringList{QStringLiteral("pdf"), QStringLiteral("png")}));
    auto parsed = parseFileTypeList(QStringLiteral(" PDF, png ,pdf"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, (QStringList{QStringLiteral("pdf"), QStringLiteral("png")}));
    auto reset = parseFileTypeList(QStringLiteral("default"));
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(reset->isEmpty());
    EXPECT_FALSE(parseFileTypeList(QStringLiteral("pdf,exe")).ok());
    EXPECT_FALSE(parseFileTypeList(QStringLiteral("pdf,,png")).ok());
    EXPECT_FALSE(parseFileTypeList(QString()).ok());
}

TEST(FileTypes, DetectsWhatTheContentIs)
{
    EXPECT_EQ(detectFileType(QStringLiteral("application/javascript"), pdf()), QStringLiteral("pdf"));
    EXPECT_EQ(detectFileType(QStringLiteral("text/html"), QByteArrayLiteral("<html></html>")),
              QStringLiteral("text"));
    EXPECT_EQ(detectFileType({}, QByteArray("\0\0\0\x18"
                                            "ftypheic\0\0\0\0mif1heic",
                                            24)),
              QStringLiteral("heic"));
    EXPECT_EQ(detectFileType({}, zipWith("mimetype", "application/vnd.oasis.opendocument.text")),
              QStringLiteral("odt"));
    EXPECT_EQ(detectFileType(QStringLiteral("application/zip"),
                             zipWith("[Content_Types].xml", "word/document.xml")),
              QStringLiteral("docx"));
    EXPECT_EQ(detectFileType({}, zipWith("[Content_Types].xml", "xl/workbook.xml")), QStringLiteral("xlsx"));
    EXPECT_EQ(detectFileType({}, zipWith("payload.exe")), QStringLiteral("zip"));
    EXPECT_EQ(detectFileType({}, QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0')), QString());
    EXPECT_EQ(detectFileType({}, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0", 9)), QString());
}

TEST(FileTypes, NamesFollowTheContent)
{
    QList<IncomingAttachment> files{
        file(QStringLiteral("läkarintyg.pdf.js"), QStringLiteral("application/pdf"), pdf()),
        file(QStringLiteral("intyg.hta"), QStringLiteral("text/html"), "<html>x</html>"),
        file(QStringLiteral("run.EXE"), QStringLiteral("application/pdf"), pdf()),
        file(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf()),
        file(QStringLiteral("a.PDF.lnk"), QStringLiteral("application/pdf"), pdf())};
    auto renames = applyFileTypeRule(files, defaultFileTypes(), QStringLiteral("bygglov"),
                                     QStringLiteral("attachments"));
    ASSERT_TRUE(renames.ok()) << renames.error().describe().toStdString();
    QStringList names;
    for (const IncomingAttachment& a : std::as_const(files)) {
        names << a.fileName;
        EXPECT_FALSE(hasExecutableExtension(a.fileName)) << a.fileName.toStdString();
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("läkarintyg.pdf.pdf"), QStringLiteral("intyg.txt"),
                           QStringLiteral("run.pdf"), QStringLiteral("a.pdf"), QStringLiteral("a.PDF.pdf")}));
    EXPECT_EQ(renames->size(), 4);
    EXPECT_EQ(files.at(1).mimeType, QStringLiteral("text/plain"));
}

TEST(FileTypes, RefusesTypesOffTheList)
{
    QList<IncomingAttachment> files{file(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf()),
                                    file(QStringLiteral("blankett.msi"),
                                         QStringLiteral("application/x-ole-storage"),
                                         QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0", 9))};
    auto refused = applyFileTypeRule(files, defaultFileTypes(), QStringLiteral("bygglov"),
                                     QStringLiteral("attachments"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(
        refused.error().describe(),
        QStringLiteral(
            "attachments[1].fileName: type application/x-ole-storage is not allowed for e-service bygglov"));
    QList<IncomingAttachment> onlyPng{
        file(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf())};
    auto narrowed = applyFileTypeRule(onlyPng, {QStringLiteral("png")}, QStringLiteral("bygglov"),
                                      QStringLiteral("document"));
    ASSERT_FALSE(narrowed.ok());
    EXPECT_EQ(narrowed.error().describe(),
              QStringLiteral("document[0].fileName: type pdf is not allowed for e-service bygglov"));
}

TEST(FileTypes, TheDesktopOpensOnlyAllowedTypesUnderTheirOwnName)
{
    const QStringList allowed = defaultFileTypes();
    EXPECT_TRUE(
        mayOpenOnDesktop(QStringLiteral("intyg.pdf"), QStringLiteral("application/pdf"), pdf(), allowed));
    EXPECT_FALSE(
        mayOpenOnDesktop(QStringLiteral("intyg.pdf.js"), QStringLiteral("application/pdf"), allowed));
    EXPECT_FALSE(mayOpenOnDesktop(QStringLiteral("intyg.hta"), QStringLiteral("text/plain"), allowed));
    EXPECT_FALSE(mayOpenOnDesktop(QStringLiteral("karta.gif"), QStringLiteral("image/gif"), allowed));
    EXPECT_FALSE(
        mayOpenOnDesktop(QStringLiteral("intyg.pdf"), QStringLiteral("application/pdf"), allowed.mid(1)));
    // A stored MIME type that lies about the content: the bytes decide.
    EXPECT_FALSE(mayOpenOnDesktop(QStringLiteral("intyg.pdf"), QStringLiteral("application/pdf"),
                                  QByteArrayLiteral("<html>x</html>"), allowed));
}
