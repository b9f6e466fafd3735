#include "CtlProcess.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString oepExport()
{
    return qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml");
}

} // namespace

// casedeskctl as a script or the portal uses it: the real program, its output and exit status.
class CtlTest : public BackendTest
{
protected:
    CtlRun ctl(const QStringList& arguments) { return runCtlOn(testDatabase().urlString(), arguments); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    int caseCount()
    {
        auto q = db().exec(QStringLiteral("SELECT count(*) FROM cases"));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    }

    QTemporaryDir m_files;
};

TEST_P(CtlTest, HelpUsageAndUnknownCommands)
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "submit", "list", "show", "set-status", "demo-data"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    const CtlRun submitHelp = ctl({QStringLiteral("submit"), QStringLiteral("--help")});
    EXPECT_EQ(submitHelp.exitCode, 0);
    EXPECT_TRUE(submitHelp.out.contains(QStringLiteral("Open ePlatform")));
    EXPECT_EQ(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
}

TEST_P(CtlTest, InitIsIdempotent)
{
    const CtlRun first = ctl({QStringLiteral("init")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("up to date"))) << first.out.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
}

TEST_P(CtlTest, SubmitsTheOpenEPlatformExportOnceAndReportsTheDuplicate)
{
    const CtlRun first = ctl({QStringLiteral("submit"), oepExport()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("stored as CD-2024-000001"))) << first.out.toStdString();
    const CtlRun again = ctl({QStringLiteral("submit"), oepExport()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("duplicate"))) << again.out.toStdString();
    EXPECT_EQ(caseCount(), 1);

    const CtlRun shown =
        ctl({QStringLiteral("show"), QStringLiteral("CD-2024-000001"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("eserviceName")).toString(),
              QStringLiteral("Anmälan om sjukfrånvaro"));
    int fields = 0;
    for (const QJsonValue& page : json.value(QStringLiteral("pages")).toArray())
        fields += int(page.toObject().value(QStringLiteral("fields")).toArray().size());
    // Values has 12 children: the 11 questions and the reporter's contact block (Anmälare).
    EXPECT_EQ(fields, 12);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Biståndshandläggare")));
}

TEST_P(CtlTest, ABadFileIsRefusedWithItsNameFieldAndReasonWhileTheOthersGoIn)
{
    const QString bad =
        writeFile(QStringLiteral("bad.json"), QByteArrayLiteral("{\"format\": \"casedesk.submission/1\", "));
    const QString hostile = writeFile(
        QStringLiteral("xxe.xml"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
            "<FlowInstance "
            "xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\">&e;</FlowInstance>\n"));
    const CtlRun run = ctl({QStringLiteral("submit"), bad, oepExport(), hostile});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(bad + QStringLiteral(": "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(hostile + QStringLiteral(": "))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("root:"))) << "entity content leaked";
    EXPECT_TRUE(run.out.contains(QStringLiteral("stored as"))) << run.out.toStdString();
    EXPECT_EQ(caseCount(), 1);
}

TEST_P(CtlTest, ListShowAndSetStatusWithConflictDetection)
{
    ASSERT_EQ(ctl({QStringLiteral("submit"), oepExport()}).exitCode, 0);
    const QString ref = QStringLiteral("CD-2024-000001");
    const CtlRun listed = ctl({QStringLiteral("list"), QStringLiteral("--status"),
                               QStringLiteral("submitted"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("reference")).toString(), ref);
    EXPECT_TRUE(
        ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed")}).out.isEmpty());

    const CtlRun moved = ctl({QStringLiteral("set-status"), ref, QStringLiteral("registered"),
                              QStringLiteral("--note"), QStringLiteral("Diarieförd")});
    EXPECT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    const CtlRun notAllowed = ctl({QStringLiteral("set-status"), ref, QStringLiteral("supplemented")});
    EXPECT_EQ(notAllowed.exitCode, 3);
    EXPECT_TRUE(notAllowed.err.contains(QStringLiteral("cannot move"))) << notAllowed.err.toStdString();
    const CtlRun stale = ctl({QStringLiteral("set-status"), ref, QStringLiteral("in_progress"),
                              QStringLiteral("--expect-version"), QStringLiteral("1")});
    EXPECT_EQ(stale.exitCode, 4) << stale.err.toStdString();
    const CtlRun missing = ctl({QStringLiteral("show"), QStringLiteral("CD-1999-999999")});
    EXPECT_EQ(missing.exitCode, 3);

    const CtlRun history = ctl({QStringLiteral("show"), ref});
    EXPECT_TRUE(history.out.contains(QStringLiteral("-> registered  (Diarieförd)")))
        << history.out.toStdString();
}

TEST_P(CtlTest, AnOlderProgramRefusesANewerSchema)
{
    ASSERT_TRUE(
        db().exec(QStringLiteral(
                      "INSERT INTO schema_version (version, description, applied_at) VALUES (4242, 'x', ?)"),
                  {toSqlTime(QDateTime::currentDateTimeUtc())})
            .ok());
    const CtlRun run = ctl({QStringLiteral("list")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("4242"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer CaseDesk"))) << run.err.toStdString();
    EXPECT_NE(ctl({QStringLiteral("init")}).exitCode, 0);
}

CASEDESK_INSTANTIATE_BACKENDS(CtlTest);
