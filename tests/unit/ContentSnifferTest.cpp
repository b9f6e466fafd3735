// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/ContentSniffer.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;
using casedesk::test::readTestData;

namespace {

QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

const QByteArray Png = bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const QByteArray Jpeg = bytes("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
const QByteArray Gif = QByteArray("GIF89a\x01\0\x01\0");
const QByteArray Webp = bytes("RIFF\x24\0\0\0WEBPVP8 ", 16);
const QByteArray TiffLe = bytes("II*\0\x08\0\0\0", 8);
const QByteArray TiffBe = bytes("MM\0*\0\0\0\x08", 8);
const QByteArray Zip = bytes("PK\x03\x04\x14\0\0\0", 8);
const QByteArray Elf = bytes("\x7F"
                             "ELF\x02\x01\x01\0",
                             8);

QByteArray windowsExecutable()
{
    QByteArray exe(0x80, '\0');
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = 0x40; // e_lfanew
    exe.replace(0x40, 4, QByteArray("PE\0\0", 4));
    return exe;
}

QString check(const QString& declared, const QByteArray& content)
{
    const VoidResult result = checkDeclaredMimeType(declared, content);
    return result ? QStringLiteral("OK") : result.error().message();
}

} // namespace

TEST(ContentSniffer, RecognisesCommonTypes)
{
    EXPECT_EQ(sniffMimeType(readTestData(QStringLiteral("intake/tiny.pdf"))),
              QStringLiteral("application/pdf"));
    EXPECT_EQ(sniffMimeType(Png), QStringLiteral("image/png"));
    EXPECT_EQ(sniffMimeType(Jpeg), QStringLiteral("image/jpeg"));
    EXPECT_EQ(sniffMimeType(Gif), QStringLiteral("image/gif"));
    EXPECT_EQ(sniffMimeType(Webp), QStringLiteral("image/webp"));
    EXPECT_EQ(sniffMimeType(TiffLe), QStringLiteral("image/tiff"));
    EXPECT_EQ(sniffMimeType(TiffBe), QStringLiteral("image/tiff"));
    EXPECT_EQ(sniffMimeType(Zip), QStringLiteral("application/zip"));
    EXPECT_EQ(sniffMimeType(QStringLiteral("Hej på dig\r\n").toUtf8()), QStringLiteral("text/plain"));
}

TEST(ContentSniffer, UnknownContentGivesEmpty)
{
    EXPECT_EQ(sniffMimeType(QByteArray()), QString());
    EXPECT_EQ(sniffMimeType(bytes("\0\x01\x02\x03", 4)), QString());
    EXPECT_EQ(sniffMimeType(QByteArray("caf\xE9")), QString()); // Latin-1, not UTF-8
    EXPECT_EQ(sniffMimeType(bytes("text\0with nul", 13)), QString());
    EXPECT_EQ(sniffMimeType(QByteArray("RIFF\x24\0\0\0WAVE", 12)), QString());
}

TEST(ContentSniffer, RecognisesExecutables)
{
    EXPECT_TRUE(isExecutableMimeType(sniffMimeType(windowsExecutable())));
    EXPECT_TRUE(isExecutableMimeType(sniffMimeType(Elf)));
    EXPECT_TRUE(isExecutableMimeType(sniffMimeType(QByteArray("#!/bin/sh\nrm -rf ~\n"))));
    EXPECT_TRUE(isExecutableMimeType(sniffMimeType(bytes("MZ\x90\0\x03\0\0\0", 8)))); // DOS stub, binary
    EXPECT_TRUE(isExecutableMimeType(sniffMimeType(bytes("\xCF\xFA\xED\xFE\x07\0\0\x01", 8))));
    // A text that happens to start with "MZ" is text.
    EXPECT_EQ(sniffMimeType(QByteArray("MZ Bygg AB offert\n")), QStringLiteral("text/plain"));
}

TEST(ContentSniffer, AcceptsMatchingDeclarations)
{
    EXPECT_EQ(check(QStringLiteral("application/pdf"), readTestData(QStringLiteral("intake/tiny.pdf"))),
              QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/png"), Png), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("IMAGE/PNG"), Png), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/jpeg"), Jpeg), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/jpg"), Jpeg), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/gif"), Gif), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/webp"), Webp), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("image/tiff"), TiffBe), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("application/zip"), Zip), QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("text/plain; charset=utf-8"), QByteArray("hej")), QStringLiteral("OK"));
}

TEST(ContentSniffer, OfficeDocumentsAreZips)
{
    const QString docx =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const QString odt = QStringLiteral("application/vnd.oasis.opendocument.text");
    EXPECT_EQ(check(docx, Zip), QStringLiteral("OK"));
    EXPECT_EQ(check(odt, Zip), QStringLiteral("OK"));
    EXPECT_EQ(check(docx, readTestData(QStringLiteral("intake/tiny.pdf"))),
              QStringLiteral("declared as ") + docx + QStringLiteral(" but the content is application/pdf"));
}

TEST(ContentSniffer, RefusesMismatches)
{
    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf"));
    EXPECT_EQ(check(QStringLiteral("image/png"), pdf),
              QStringLiteral("declared as image/png but the content is application/pdf"));
    EXPECT_EQ(check(QStringLiteral("application/pdf"), Png),
              QStringLiteral("declared as application/pdf but the content is image/png"));
    EXPECT_EQ(check(QStringLiteral("application/pdf"), bytes("\0\x01\x02", 3)),
              QStringLiteral("the content does not look like application/pdf"));
    EXPECT_EQ(check(QStringLiteral("application/pdf"), QByteArray()),
              QStringLiteral("the content does not look like application/pdf"));
    EXPECT_EQ(check(QStringLiteral("text/plain"), bytes("a\0b", 3)),
              QStringLiteral("the content does not look like text/plain"));
    EXPECT_EQ(check(QStringLiteral("text/plain"), Zip),
              QStringLiteral("declared as text/plain but the content is application/zip"));
}

TEST(ContentSniffer, TextInALegacyCharsetIsNotCheckedAsUtf8)
{
    EXPECT_EQ(check(QStringLiteral("text/plain"), QByteArray("caf\xE9")),
              QStringLiteral("the content does not look like text/plain"));
    EXPECT_EQ(check(QStringLiteral("text/plain; charset=ISO-8859-1"), QByteArray("caf\xE9")),
              QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("text/plain; charset=ISO-8859-1"), bytes("a\0b", 3)),
              QStringLiteral("the content does not look like text/plain"));
}

TEST(ContentSniffer, RefusesExecutablesWhateverTheyAreDeclaredAs)
{
    const QString refused = QStringLiteral("executable content is not accepted");
    EXPECT_EQ(check(QStringLiteral("application/pdf"), windowsExecutable()), refused);
    EXPECT_EQ(check(QStringLiteral("application/octet-stream"), windowsExecutable()), refused);
    EXPECT_EQ(check(QStringLiteral("application/x-unknown-thing"), Elf), refused);
    EXPECT_EQ(check(QStringLiteral("text/plain"), QByteArray("#!/bin/sh\necho hej\n")), refused);
    EXPECT_EQ(check(QStringLiteral("application/x-msdownload"), QByteArray("harmless")), refused);
}

TEST(ContentSniffer, AcceptsUnknownTypesWithUnrecognisedContent)
{
    EXPECT_EQ(check(QStringLiteral("application/msword"), bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)),
              QStringLiteral("OK"));
    EXPECT_EQ(check(QStringLiteral("application/octet-stream"), bytes("\0\x01", 2)), QStringLiteral("OK"));
}

TEST(ContentSniffer, RefusesMalformedMimeTypes)
{
    EXPECT_EQ(check(QString(), Png), QStringLiteral("not a valid MIME type"));
    EXPECT_EQ(check(QStringLiteral("png"), Png), QStringLiteral("not a valid MIME type"));
    EXPECT_EQ(check(QStringLiteral("image/png/x"), Png), QStringLiteral("not a valid MIME type"));
    EXPECT_EQ(check(QStringLiteral("image/p ng"), Png), QStringLiteral("not a valid MIME type"));
    EXPECT_EQ(mimeTypeEssence(QStringLiteral(" Text/Plain ; charset=UTF-8")), QStringLiteral("text/plain"));
}

TEST(ContentSniffer, MimeTypeForFileName)
{
    EXPECT_EQ(mimeTypeForFileName(QStringLiteral("intyg.PDF")), QStringLiteral("application/pdf"));
    EXPECT_EQ(mimeTypeForFileName(QStringLiteral("bild.jpeg")), QStringLiteral("image/jpeg"));
    EXPECT_EQ(mimeTypeForFileName(QStringLiteral("noextension")), QString());
    EXPECT_EQ(mimeTypeForFileName(QStringLiteral("archive.xyz")), QString());
}
