// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/SubmissionReader.h"

#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString outcome(const Result<Submission>& result)
{
    return result ? QStringLiteral("OK") : result.error().describe();
}

QByteArray exampleJson()
{
    return readTestData(QStringLiteral("intake/parkering-example.json"));
}

QByteArray exampleXml()
{
    return readTestData(QStringLiteral("oep/sundsvall-sick-leave-235212.xml"));
}

} // namespace

TEST(SubmissionReader, RecognisesJsonByContent)
{
    Result<Submission> result = readSubmission(exampleJson());
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->source, SubmissionSource::CaseDeskJson);
}

TEST(SubmissionReader, RecognisesOpenEPlatformByContent)
{
    Result<Submission> result = readSubmission(exampleXml());
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->source, SubmissionSource::OpenEPlatform);
    EXPECT_EQ(result->eserviceName, QStringLiteral("Anmälan om sjukfrånvaro"));
}

TEST(SubmissionReader, SkipsByteOrderMarkAndLeadingWhitespace)
{
    const QByteArray bom("\xEF\xBB\xBF");
    EXPECT_EQ(outcome(readSubmission(bom + exampleJson())), QStringLiteral("OK"));
    EXPECT_EQ(outcome(readSubmission(QByteArray("\n\r\n  \t") + exampleJson())), QStringLiteral("OK"));
    EXPECT_EQ(outcome(readSubmission(bom + QByteArray(" \n") + exampleJson())), QStringLiteral("OK"));
    const QByteArray utf8Xml = readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml"));
    EXPECT_EQ(outcome(readSubmission(bom + utf8Xml)), QStringLiteral("OK"));
    EXPECT_EQ(outcome(readSubmission(QByteArray("\n  ") + exampleXml())), QStringLiteral("OK"));
}

TEST(SubmissionReader, ReadsUtf16Xml)
{
    const QString text =
        QString::fromUtf8(readTestData(QStringLiteral("intake/oep-sick-leave-utf8.xml")))
            .replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    Result<Submission> result = readSubmission(utf16);
    ASSERT_TRUE(result) << outcome(result).toStdString();
    EXPECT_EQ(result->eserviceName, QStringLiteral("Anmälan om sjukfrånvaro"));
}

TEST(SubmissionReader, RefusesUnknownContent)
{
    const QString expected = QStringLiteral("$: not a CaseDesk submission or Open ePlatform export");
    EXPECT_EQ(outcome(readSubmission(readTestData(QStringLiteral("intake/not-a-submission.txt")))), expected);
    EXPECT_EQ(outcome(readSubmission(QByteArray())), expected);
    EXPECT_EQ(outcome(readSubmission(QByteArray("   \n"))), expected);
    EXPECT_EQ(outcome(readSubmission(readTestData(QStringLiteral("intake/tiny.pdf")))), expected);
    EXPECT_EQ(outcome(readSubmission(QByteArray("\x7F"
                                                "ELF"))),
              expected);
}

TEST(SubmissionReader, ParserErrorsComeThrough)
{
    EXPECT_EQ(outcome(readSubmission(QByteArray("[]"))),
              QStringLiteral("$: expected a JSON object at the top level"));
    EXPECT_TRUE(outcome(readSubmission(readTestData(QStringLiteral("intake/xxe.xml"))))
                    .startsWith(QStringLiteral("$: DTD declarations are not accepted")));
    EXPECT_TRUE(outcome(readSubmission(QByteArray("<html><body>hej</body></html>")))
                    .startsWith(QStringLiteral("$: the root element is not FlowInstance")));
}

TEST(SubmissionReader, RefusesOversizeData)
{
    IntakeLimits limits;
    limits.maxSubmissionBytes = 100;
    EXPECT_EQ(outcome(readSubmission(exampleJson(), limits)),
              QStringLiteral("$: submission is %1 bytes, over the limit of 100").arg(exampleJson().size()));
}

TEST(SubmissionReader, ReadsFiles)
{
    Result<Submission> json =
        readSubmissionFile(testDataPath(QStringLiteral("intake/parkering-example.json")));
    ASSERT_TRUE(json) << outcome(json).toStdString();
    EXPECT_EQ(json->externalId, QStringLiteral("portal-4711"));
    Result<Submission> xml =
        readSubmissionFile(testDataPath(QStringLiteral("oep/sundsvall-sick-leave-235212.xml")));
    ASSERT_TRUE(xml) << outcome(xml).toStdString();
    EXPECT_EQ(xml->externalId, QStringLiteral("235212"));
}

TEST(SubmissionReader, RefusesAnOversizeFileBeforeReadingIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // A sparse 2 GiB file: reading it would take long and much memory; refusing it by its size
    // takes no time at all.
    ASSERT_TRUE(file.resize(2LL * 1024 * 1024 * 1024));
    file.close();

    IntakeLimits limits;
    const Result<Submission> result = readSubmissionFile(path, limits);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(
        result.error().describe(),
        QStringLiteral("file is 2147483648 bytes, over the limit of %1").arg(limits.maxSubmissionBytes));
}

TEST(SubmissionReader, NonexistentFileAndDirectory)
{
    const Result<Submission> missing =
        readSubmissionFile(testDataPath(QStringLiteral("intake/no-such-file.json")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().describe(), QStringLiteral("no such file"));

    const Result<Submission> directory = readSubmissionFile(testDataPath(QStringLiteral("intake")));
    ASSERT_FALSE(directory);
    EXPECT_EQ(directory.error().describe(), QStringLiteral("is a directory, not a file"));
}

TEST(SubmissionReader, FileThatIsNotASubmission)
{
    EXPECT_EQ(outcome(readSubmissionFile(testDataPath(QStringLiteral("intake/not-a-submission.txt")))),
              QStringLiteral("$: not a CaseDesk submission or Open ePlatform export"));
}
