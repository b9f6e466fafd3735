// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/FileTypes.h"
#include "intake/SubmissionReader.h"

#include "JsonTestSupport.h"

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString refusal(const QJsonObject& root, const IntakeLimits& limits = {})
{
    return outcome(parseJson(root, limits));
}

QJsonObject withAttachment(const QString& fileName, const QString& mimeType, const QByteArray& content)
{
    return with(
        exampleSubmission(), QStringLiteral("attachments"),
        QJsonArray{QJsonObject{{QStringLiteral("fileName"), fileName},
                               {QStringLiteral("mimeType"), mimeType},
                               {QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64())}}});
}

QByteArray elfExecutable()
{
    return QByteArray("\x7F"
                      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                      16);
}

} // namespace

TEST(JsonAttachmentHostile, PathLikeAttachmentNamesBecomeSafe)
{
    const QByteArray text("Hej\n");
    Result<Submission> posix =
        parseJson(withAttachment(QStringLiteral("../../etc/passwd"), QStringLiteral("text/plain"), text));
    ASSERT_TRUE(posix) << outcome(posix).toStdString();
    EXPECT_EQ(posix->attachments.at(0).fileName, QStringLiteral("passwd"));

    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf"));
    Result<Submission> windows = parseJson(withAttachment(QStringLiteral("C:\\Windows\\System32\\intyg.pdf"),
                                                          QStringLiteral("application/pdf"), pdf));
    ASSERT_TRUE(windows) << outcome(windows).toStdString();
    EXPECT_EQ(windows->attachments.at(0).fileName, QStringLiteral("intyg.pdf"));

    Result<Submission> device =
        parseJson(withAttachment(QStringLiteral("CON.txt"), QStringLiteral("text/plain"), text));
    ASSERT_TRUE(device);
    EXPECT_EQ(device->attachments.at(0).fileName, QStringLiteral("_CON.txt"));

    // Control characters and bidi overrides in a name are removed, not refused.
    Result<Submission> control = parseJson(
        withAttachment(QStringLiteral("in\ttyg\u202Efdp.exe\n.txt"), QStringLiteral("text/plain"), text));
    ASSERT_TRUE(control) << outcome(control).toStdString();
    EXPECT_EQ(control->attachments.at(0).fileName, QStringLiteral("intygfdp.exe.txt"));
    EXPECT_EQ(refusal(withAttachment(QString(20001, QLatin1Char('a')), QStringLiteral("text/plain"), text)),
              QStringLiteral("attachments[0].fileName: longer than 20000 characters"));
}

TEST(JsonAttachmentHostile, OversizeAttachmentIsRefusedBeforeDecoding)
{
    IntakeLimits limits;
    limits.maxAttachmentBytes = 300;
    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf"));
    ASSERT_GT(pdf.size(), 300);
    EXPECT_EQ(
        refusal(withAttachment(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf), limits),
        QStringLiteral("attachments[0].contentBase64: attachment is %1 bytes, over the limit of 300")
            .arg(pdf.size()));

    // Invalid base64 that is also too big is refused for its size: it was never decoded.
    QJsonObject root = with(exampleSubmission(), QStringLiteral("attachments[0].contentBase64"),
                            QString(800, QLatin1Char('!')));
    EXPECT_EQ(refusal(root, limits),
              QStringLiteral("attachments[0].contentBase64: attachment is 600 bytes, over the limit of 300"));
}

TEST(JsonAttachmentHostile, AttachmentsTogetherOverTheSubmissionLimit)
{
    IntakeLimits limits;
    limits.maxSubmissionBytes = 1000;
    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf")); // 579 bytes
    QJsonObject root = exampleSubmission();
    const QJsonObject one = root.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    root.insert(QStringLiteral("attachments"), QJsonArray{one, one});
    EXPECT_EQ(
        refusal(root, limits),
        QStringLiteral("attachments[1].contentBase64: attachments total %1 bytes, over the limit of 1000")
            .arg(2 * pdf.size()));
}

TEST(JsonAttachmentHostile, BadBase64IsRefused)
{
    const QString expected = QStringLiteral("attachments[0].contentBase64: not valid base64");
    for (const char* bad : {"JVBERi0x*", "JVBE Ri0x", "JVBERi0x\n", "JVBERi0xL", "JVBERi0x===", "Zm9v!"}) {
        EXPECT_EQ(refusal(with(exampleSubmission(), QStringLiteral("attachments[0].contentBase64"),
                               QString::fromLatin1(bad))),
                  expected)
            << bad;
    }
    EXPECT_EQ(refusal(with(exampleSubmission(), QStringLiteral("attachments[0].contentBase64"),
                           QStringLiteral("JVBERiåå"))),
              expected);
    EXPECT_EQ(refusal(without(exampleSubmission(), QStringLiteral("attachments[0].contentBase64"))),
              QStringLiteral("attachments[0].contentBase64: required but missing"));
}

TEST(JsonAttachmentHostile, MimeTypeMustMatchTheContent)
{
    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf"));
    EXPECT_EQ(refusal(withAttachment(QStringLiteral("bild.png"), QStringLiteral("image/png"), pdf)),
              QStringLiteral(
                  "attachments[0].contentBase64: declared as image/png but the content is application/pdf"));
    EXPECT_EQ(refusal(withAttachment(QStringLiteral("a.pdf"), QStringLiteral("pdf"), pdf)),
              QStringLiteral("attachments[0].mimeType: not a valid MIME type"));
    EXPECT_EQ(refusal(without(exampleSubmission(), QStringLiteral("attachments[0].mimeType"))),
              QStringLiteral("attachments[0].mimeType: required but missing"));
}

TEST(JsonAttachmentHostile, ExecutablesAreRefused)
{
    const QString refused =
        QStringLiteral("attachments[0].contentBase64: executable content is not accepted");
    EXPECT_EQ(refusal(withAttachment(QStringLiteral("intyg.pdf"), QStringLiteral("application/pdf"),
                                     elfExecutable())),
              refused);
    EXPECT_EQ(refusal(withAttachment(QStringLiteral("data.bin"), QStringLiteral("application/octet-stream"),
                                     QByteArray("#!/bin/sh\nid\n"))),
              refused);
}

// What the parser lets through, the file-type rule (applied when the case is stored) names after
// its content, or refuses: no executable or script name survives.
TEST(JsonAttachmentHostile, ExecutableNamesNeverSurviveTheFileTypeRule)
{
    const QByteArray pdf = readTestData(QStringLiteral("intake/tiny.pdf"));
    Result<Submission> pdfJs = parseJson(
        withAttachment(QStringLiteral("läkarintyg.pdf.js"), QStringLiteral("application/pdf"), pdf));
    ASSERT_TRUE(pdfJs) << outcome(pdfJs).toStdString();
    Result<Submission> hta =
        parseJson(withAttachment(QStringLiteral("intyg.hta"), QStringLiteral("application/hta"),
                                 QByteArrayLiteral("<html><script>x()</script></html>")));
    ASSERT_TRUE(hta) << outcome(hta).toStdString();
    QList<IncomingAttachment> files{pdfJs->attachments.at(0), hta->attachments.at(0)};
    auto renames = applyFileTypeRule(files, defaultFileTypes(), QStringLiteral("bygglov"),
                                     QStringLiteral("attachments"));
    ASSERT_TRUE(renames.ok()) << renames.error().describe().toStdString();
    EXPECT_EQ(files.at(0).fileName, QStringLiteral("läkarintyg.pdf.pdf"));
    EXPECT_EQ(files.at(1).fileName, QStringLiteral("intyg.txt"));

    // An installer declared as one is refused by the parser; declared as anything else, by the rule.
    const QByteArray msi = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    EXPECT_EQ(
        refusal(withAttachment(QStringLiteral("blankett.msi"), QStringLiteral("application/x-msi"), msi)),
        QStringLiteral("attachments[0].contentBase64: executable content is not accepted"));
    Result<Submission> octet = parseJson(
        withAttachment(QStringLiteral("blankett.msi"), QStringLiteral("application/octet-stream"), msi));
    ASSERT_TRUE(octet) << outcome(octet).toStdString();
    QList<IncomingAttachment> installer = octet->attachments;
    auto refused = applyFileTypeRule(installer, defaultFileTypes(), QStringLiteral("bygglov"),
                                     QStringLiteral("attachments"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(
        refused.error().describe(),
        QStringLiteral(
            "attachments[0].fileName: type application/octet-stream is not allowed for e-service bygglov"));
}
