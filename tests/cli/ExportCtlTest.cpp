// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "SearchableText.h"
#include "TestDatabase.h"

#include "db/SqlValues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A tool of poppler-utils, as an archivist would use it; a test that needs it fails without it.
QString popplerTool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

// casedeskctl export as an archivist uses it (issue #17 acceptance): the demo's first case, whose
// people are named in Polish, Vietnamese and Arabic script, as PDF/A read back by poppler's
// pdftotext and pdfinfo; and as an archive package whose METS.xml lists exactly its files.
class ExportCtlTest : public BackendTest
{
protected:
    QStringList withDb(const QStringList& arguments)
    {
        return QStringList{QStringLiteral("--db"), testDatabase().urlString()} + arguments;
    }
    CtlRun ctl(const QStringList& arguments) { return runCtl(withDb(arguments)); }

    // The demo's showcase case (its first).
    QString demoCase()
    {
        const CtlRun demo = ctl({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("12"),
                                 QStringLiteral("--seed"), QStringLiteral("17")});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        static const QRegularExpression showcase(
            QStringLiteral("Case (\\S+) names people in several scripts"));
        const auto match = showcase.match(demo.out);
        EXPECT_TRUE(match.hasMatch()) << demo.out.toStdString();
        return match.captured(1);
    }
};

TEST_P(ExportCtlTest, TheDemoCaseAsPdfAHoldsEveryNameForPdftotext)
{
    const QString pdftotext = popplerTool("pdftotext");
    const QString pdfinfo = popplerTool("pdfinfo");
    ASSERT_FALSE(pdftotext.isEmpty() || pdfinfo.isEmpty())
        << "poppler-utils (pdftotext, pdfinfo) are required";
    const QString ref = demoCase();
    ASSERT_FALSE(ref.isEmpty());
    QTemporaryDir out;
    const QString file = QDir(out.path()).filePath(QStringLiteral("case.pdf"));
    const CtlRun exported = ctl({QStringLiteral("export"), ref, QStringLiteral("--pdf"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(ref));

    const QString text = searchableText(
        run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}));
    ASSERT_FALSE(text.isEmpty());
    for (const QString& name : {QStringLiteral("Łukasz Żółć"), QStringLiteral("Nguyễn Thị Hương"),
                                QStringLiteral("محمد الأحمد"), QStringLiteral("Ærøskøbing"), ref})
        EXPECT_TRUE(text.contains(name)) << name.toStdString() << " not found by pdftotext in:\n"
                                         << text.toStdString();
    const QString metadata = run(pdfinfo, {QStringLiteral("-meta"), file});
    EXPECT_TRUE(metadata.contains(QStringLiteral("pdfaid:part")) &&
                metadata.contains(QStringLiteral("pdfaid:conformance")))
        << metadata.toStdString();

    // Bad input changes nothing and says what was wrong.
    const CtlRun unknown = ctl({QStringLiteral("export"), QStringLiteral("CD-1999-999999"),
                                QStringLiteral("--pdf"), QDir(out.path()).filePath(QStringLiteral("x.pdf"))});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_FALSE(QFile::exists(QDir(out.path()).filePath(QStringLiteral("x.pdf"))));
    const CtlRun both = ctl({QStringLiteral("export"), ref, QStringLiteral("--pdf"), file,
                             QStringLiteral("--package"), out.path()});
    EXPECT_EQ(both.exitCode, 2);
    const CtlRun notesInPackage = ctl({QStringLiteral("export"), ref, QStringLiteral("--package"), out.path(),
                                       QStringLiteral("--include-notes")});
    EXPECT_EQ(notesInPackage.exitCode, 2);
}

TEST_P(ExportCtlTest, APackageHoldsExactlyWhatItsMetsLists)
{
    const QString ref = demoCase();
    ASSERT_FALSE(ref.isEmpty());
    QTemporaryDir out;
    const CtlRun exported = ctl({QStringLiteral("export"), ref, QStringLiteral("--package"), out.path()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString folder = QDir(out.path()).filePath(ref);

    QFile metsFile(QDir(folder).filePath(QStringLiteral("METS.xml")));
    ASSERT_TRUE(metsFile.open(QIODevice::ReadOnly));
    const QString mets = QString::fromUtf8(metsFile.readAll());
    static const QRegularExpression fileEntry(QStringLiteral(
        "<mets:file [^>]*CHECKSUM=\"([0-9a-f]{64})\"[^>]*>\\s*<mets:FLocat [^>]*xlink:href=\"([^\"]+)\""));
    QStringList listed{QStringLiteral("METS.xml")};
    for (auto it = fileEntry.globalMatch(mets); it.hasNext();) {
        const auto match = it.next();
        const QString href = match.captured(2);
        EXPECT_EQ(sha256Of(QDir(folder).filePath(href)), match.captured(1)) << href.toStdString();
        listed << href;
    }
    EXPECT_GE(listed.size(), 3);
    QStringList present;
    QDirIterator walk(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (walk.hasNext())
        present << QDir(folder).relativeFilePath(walk.next());
    listed.sort();
    present.sort();
    EXPECT_EQ(present, listed);
    // Nothing beside the package: no temporary folder left.
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{ref});

    // The same case again: refused (the folder is there), then replaced on request.
    EXPECT_EQ(ctl({QStringLiteral("export"), ref, QStringLiteral("--package"), out.path()}).exitCode, 4);
    EXPECT_EQ(ctl({QStringLiteral("export"), ref, QStringLiteral("--package"), out.path(),
                   QStringLiteral("--replace")})
                  .exitCode,
              0);
}

TEST_P(ExportCtlTest, RetentionSaysWhichCasesWaitForTheArchiveAndABatchExportReleasesThem)
{
    const QString ref = demoCase();
    ASSERT_FALSE(ref.isEmpty());
    // Every closed case of the demo is long past a retention time of 1 day.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE cases SET closed_at = ? WHERE closed_at IS NOT NULL"),
                          {toSqlTime(QDateTime::currentDateTimeUtc().addDays(-40))})
                    .ok());
    auto closed =
        db().exec(QStringLiteral("SELECT count(*), min(eservice_id) FROM cases WHERE closed_at IS NOT NULL"
                                 " AND status_id IN (SELECT id FROM statuses WHERE kind = 'closed')"));
    ASSERT_TRUE(closed.ok() && closed->next());
    ASSERT_GT(closed->value(0).toInt(), 0) << "the demo should have a closed case";
    const QString eservice = closed->value(1).toString();
    ASSERT_EQ(
        ctl({QStringLiteral("eservice"), QStringLiteral("set-retention"), eservice, QStringLiteral("1")})
            .exitCode,
        0);
    const CtlRun archived = ctl({QStringLiteral("eservice"), QStringLiteral("set-archive-before-purge"),
                                 eservice, QStringLiteral("on")});
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();

    const CtlRun dry = ctl({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    const QJsonArray waiting = preview.value(QStringLiteral("waitingForArchive")).toArray();
    ASSERT_FALSE(waiting.isEmpty()) << dry.out.toStdString();
    EXPECT_EQ(waiting.first().toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("not exported since closed"));
    const CtlRun dryText = ctl({QStringLiteral("purge"), QStringLiteral("--dry-run")});
    EXPECT_TRUE(dryText.err.contains(QStringLiteral("waits: e-service ") + eservice))
        << dryText.err.toStdString();

    const CtlRun purgedBefore = ctl({QStringLiteral("purge")});
    ASSERT_EQ(purgedBefore.exitCode, 0) << purgedBefore.err.toStdString();
    QTemporaryDir out;
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const CtlRun batch = ctl({QStringLiteral("export"), QStringLiteral("--eservice"), eservice,
                              QStringLiteral("--closed-before"), tomorrow, QStringLiteral("--pending"),
                              QStringLiteral("--package"), out.path()});
    ASSERT_EQ(batch.exitCode, 0) << batch.err.toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), waiting.size());
    // --pending again: nothing left to export.
    const CtlRun again = ctl({QStringLiteral("export"), QStringLiteral("--eservice"), eservice,
                              QStringLiteral("--closed-before"), tomorrow, QStringLiteral("--pending"),
                              QStringLiteral("--package"), out.path()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("0 cases exported"))) << again.err.toStdString();
    const CtlRun after =
        ctl({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_TRUE(QJsonDocument::fromJson(after.out.toUtf8())
                    .object()
                    .value(QStringLiteral("waitingForArchive"))
                    .toArray()
                    .isEmpty());
    // A bad date is named.
    const CtlRun badDate = ctl({QStringLiteral("export"), QStringLiteral("--eservice"), eservice,
                                QStringLiteral("--closed-before"), QStringLiteral("2026-13-40"),
                                QStringLiteral("--package"), out.path()});
    EXPECT_EQ(badDate.exitCode, 3);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--closed-before"))) << badDate.err.toStdString();
}

CASEDESK_INSTANTIATE_BACKENDS(ExportCtlTest);
