// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Issue #12, point 6 and the open errors: an embedded database file that we may only read (the
// file 0400, or its folder 0500, with and without a writer's -wal and -shm) serves every read
// command exactly as the writable file does and refuses every write with "PATH is read-only";
// a full database says "disk full" and purge still frees space; a missing file, a folder, a text
// file or a path we may not enter is refused with its path and reason, and nothing is created.
//
// Root ignores file permissions, and CI runs as root: then casedeskctl runs as `nobody`
// (setpriv), which owns the database files, so that the permissions are real.
#include "CtlProcess.h"
#include "SampleSubmissions.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "retention/RetentionService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// The user the child runs as: ourselves, or nobody when we are root.
void giveToUser(const QString& path)
{
    if (!isRoot())
        return;
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    ASSERT_EQ(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0)
        << path.toStdString();
}

void setMode(const QString& path, mode_t mode)
{
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode), 0) << path.toStdString();
}

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString oepExport()
{
    return qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml");
}

class SqliteFilesFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.isValid());
        // The child may be another user: it must be able to pass through our temp folder.
        setMode(m_temp.path(), 0711);
    }

    // casedeskctl as the database's owner; with a file size limit, writes past it fail with
    // EFBIG (SIGXFSZ is ignored), as on a full disk.
    CtlRun ctl(const QString& dbPath, const QStringList& arguments, qint64 fileSizeLimit = 0)
    {
        QStringList command;
        if (isRoot())
            command << QStringLiteral("setpriv") << QStringLiteral("--reuid=nobody")
                    << QStringLiteral("--regid=nogroup") << QStringLiteral("--clear-groups")
                    << QStringLiteral("--");
        if (fileSizeLimit > 0)
            command << QStringLiteral("prlimit") << QStringLiteral("--fsize=%1").arg(fileSizeLimit)
                    << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                    << QStringLiteral("trap '' XFSZ; exec \"$@\"") << QStringLiteral("sh");
        command << ctlProgram() << QStringLiteral("--db") << QStringLiteral("sqlite:") + dbPath;
        command += arguments;
        QProcess process;
        QProcessEnvironment environment = ctlEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(QStringLiteral("/"));
        process.start(command.takeFirst(), command);
        EXPECT_TRUE(process.waitForFinished(60000));
        return finishCtl(process);
    }

    // A database with demo cases in `folder`, made by its owner and closed cleanly (no -wal).
    QString makeDatabase(const QString& name, int cases = 12)
    {
        const QString folder = m_temp.filePath(name);
        EXPECT_TRUE(QDir().mkpath(folder));
        setMode(folder, 0700);
        giveToUser(folder);
        const QString path = folder + QStringLiteral("/cases.db");
        const CtlRun init = ctl(path, {QStringLiteral("init")});
        EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
        const CtlRun demo =
            ctl(path, {QStringLiteral("demo-data"), QStringLiteral("--cases"), QString::number(cases),
                       QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        return path;
    }

    QStringList references(const QString& path)
    {
        const CtlRun listed = ctl(path, {QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        QStringList result;
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        for (const QJsonValue& row : rows)
            result << row.toObject().value(QStringLiteral("reference")).toString();
        return result;
    }

    // The output of every read command, to compare the read-only file with the writable one.
    QStringList readEverything(const QString& path, const QString& reference)
    {
        QStringList outputs;
        const QList<QStringList> reads{{QStringLiteral("list")},
                                       {QStringLiteral("list"), QStringLiteral("--json")},
                                       {QStringLiteral("show"), reference},
                                       {QStringLiteral("show"), reference, QStringLiteral("--json")},
                                       {QStringLiteral("purge"), QStringLiteral("--dry-run")}};
        for (const QStringList& read : reads) {
            const CtlRun run = ctl(path, read);
            EXPECT_EQ(run.exitCode, 0)
                << read.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
            EXPECT_FALSE(run.out.isEmpty()) << read.join(QLatin1Char(' ')).toStdString();
            outputs << run.out;
        }
        return outputs;
    }

    // set-status and submit are refused with the read-only message and change nothing.
    void expectWritesRefused(const QString& path, const QString& reference)
    {
        const CtlRun status = ctl(path, {QStringLiteral("set-status"), reference, QStringLiteral("closed")});
        EXPECT_EQ(status.exitCode, 1) << status.err.toStdString();
        EXPECT_TRUE(status.err.contains(path + QStringLiteral(" is read-only"))) << status.err.toStdString();
        const CtlRun submit = ctl(path, {QStringLiteral("submit"), oepExport()});
        EXPECT_EQ(submit.exitCode, 1) << submit.err.toStdString();
        EXPECT_TRUE(submit.err.contains(path + QStringLiteral(" is read-only"))) << submit.err.toStdString();
    }

    QTemporaryDir m_temp;
};

// Read-only: the file 0400 or its folder 0500; the -wal and -shm of a writer at work, or none.
struct ReadOnlyCase
{
    bool folderReadOnly;
    bool writerAtWork;
};

class ReadOnlyFileTest : public SqliteFilesFaultTest, public ::testing::WithParamInterface<ReadOnlyCase>
{};

TEST_P(ReadOnlyFileTest, ReadsAsTheWritableFileAndRefusesWrites)
{
    const ReadOnlyCase param = GetParam();
    const QString path = makeDatabase(QStringLiteral("db"));
    const QString folder = QFileInfo(path).absolutePath();
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const QStringList refs = references(path);
    ASSERT_EQ(refs.size(), 12);
    const QString reference = refs.first();

    // Another program (the owner's CaseDesk) holds the file open, and a note written meanwhile is
    // only in the -wal: while a connection is open, nobody checkpoints it away.
    std::unique_ptr<Database> writer;
    if (param.writerAtWork) {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
        ASSERT_TRUE(url.ok());
        auto opened = Database::open(*url, OpenMode::ExistingOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
        writer = std::move(opened).value();
        ASSERT_TRUE(writer->exec(QStringLiteral("SELECT count(*) FROM cases")).ok());
        giveToUser(wal);
        giveToUser(shm);
        const CtlRun note = ctl(path, {QStringLiteral("note"), reference, QStringLiteral("--text"),
                                       QStringLiteral("Antecknat medan filen var öppen")});
        ASSERT_EQ(note.exitCode, 0) << note.err.toStdString();
        ASSERT_GT(QFileInfo(wal).size(), 0);
    }
    const QStringList writable = readEverything(path, reference);
    if (param.writerAtWork) {
        EXPECT_TRUE(writable.at(2).contains(QStringLiteral("Antecknat medan filen var öppen")));
    }

    setMode(path, 0400);
    if (param.writerAtWork) {
        setMode(wal, 0400);
        setMode(shm, 0400);
    }
    if (param.folderReadOnly)
        setMode(folder, 0500);
    const QByteArray fileBefore = hashOf(path);
    const QByteArray walBefore = hashOf(wal);

    EXPECT_EQ(readEverything(path, reference), writable);
    expectWritesRefused(path, reference);
    const CtlRun shown = ctl(path, {QStringLiteral("show"), reference});
    EXPECT_TRUE(shown.err.contains(QStringLiteral("not in the audit log"))) << shown.err.toStdString();

    EXPECT_EQ(hashOf(path), fileBefore);
    EXPECT_EQ(hashOf(wal), walBefore);
    EXPECT_EQ(modeOf(path), 0400);
    // Without a writer, reading leaves no -wal and -shm behind.
    EXPECT_EQ(QFileInfo::exists(wal), param.writerAtWork);
    EXPECT_EQ(QFileInfo::exists(shm), param.writerAtWork);

    // The owner makes it writable again: the refused writes had stored nothing.
    setMode(folder, 0700);
    setMode(path, 0600);
    writer.reset();
    EXPECT_EQ(references(path), refs);
    EXPECT_EQ(readEverything(path, reference), writable);
}

INSTANTIATE_TEST_SUITE_P(Files, ReadOnlyFileTest,
                         ::testing::Values(ReadOnlyCase{false, false}, ReadOnlyCase{true, false},
                                           ReadOnlyCase{false, true}, ReadOnlyCase{true, true}),
                         [](const auto& info) {
                             return std::string(info.param.folderReadOnly ? "FolderReadOnly" : "File0400") +
                                    (info.param.writerAtWork ? "WithWal" : "Closed");
                         });

// A file of someone else's that we may read (root's 0644, read by nobody) or, when the tests
// are not root, a world-readable file of ours: read, never made writable, ours tightened.
TEST_F(SqliteFilesFaultTest, FileWeMayNotChmodIsStillRead)
{
    const QString path = makeDatabase(QStringLiteral("shared"), 3);
    const QString folder = QFileInfo(path).absolutePath();
    if (isRoot()) {
        ASSERT_EQ(::chown(QFile::encodeName(path).constData(), 0, 0), 0);
        ASSERT_EQ(::chown(QFile::encodeName(folder).constData(), 0, 0), 0);
        setMode(folder, 0755);
        setMode(path, 0644);
    } else {
        setMode(path, 0444);
    }
    const QByteArray before = hashOf(path);
    EXPECT_EQ(references(path).size(), 3);
    expectWritesRefused(path, references(path).first());
    EXPECT_EQ(hashOf(path), before);
    EXPECT_EQ(modeOf(path), isRoot() ? 0644 : 0400);
}

TEST_F(SqliteFilesFaultTest, MissingFolderIsReportedAndNothingIsCreated)
{
    const QString top = m_temp.filePath(QStringLiteral("nonexistent"));
    const QString path = top + QStringLiteral("/sub/case.db");
    giveToUser(m_temp.path());
    for (const QStringList& command :
         QList<QStringList>{{QStringLiteral("list")},
                            {QStringLiteral("show"), QStringLiteral("CD-2026-000001")},
                            {QStringLiteral("submit"), oepExport()},
                            {QStringLiteral("purge"), QStringLiteral("--dry-run")},
                            {QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("1")}}) {
        const CtlRun run = ctl(path, command);
        EXPECT_EQ(run.exitCode, 1) << command.first().toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("no database at ") + path)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("casedeskctl init"))) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(top)) << command.first().toStdString();
    }
    // A missing file in a folder that exists: the same, and no file.
    const QString alone = m_temp.filePath(QStringLiteral("alone.db"));
    const CtlRun run = ctl(alone, {QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no database at ") + alone)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(alone));

    // init makes it: private folders and file, and then list works on the empty database.
    const CtlRun init = ctl(path, {QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(modeOf(top), 0700);
    EXPECT_EQ(modeOf(top + QStringLiteral("/sub")), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    const CtlRun listed = ctl(path, {QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

TEST_F(SqliteFilesFaultTest, WrongFilesAreNamedWithTheReason)
{
    giveToUser(m_temp.path());
    const QString text = m_temp.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Inte en databas, bara anteckningar.\n");
    }
    giveToUser(text);
    const QByteArray textBefore = hashOf(text);
    CtlRun run = ctl(text, {QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(text + QStringLiteral(" is not a database file"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(text), textBefore);
    run = ctl(text, {QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(text + QStringLiteral(" is not a database file"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(text), textBefore);

    const QString folder = m_temp.filePath(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    run = ctl(folder, {QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(folder + QStringLiteral(" is a folder, not a database file")))
        << run.err.toStdString();

    const QString unreadable = makeDatabase(QStringLiteral("locked"), 1);
    setMode(unreadable, 0000);
    run = ctl(unreadable, {QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("cannot read ") + unreadable + QStringLiteral(": Permission denied")))
        << run.err.toStdString();

    // A folder we may not enter (not ours, 0700): for list and for init alike, nothing made.
    const QString closed = m_temp.filePath(QStringLiteral("closed"));
    ASSERT_TRUE(QDir().mkpath(closed));
    setMode(closed, isRoot() ? 0700 : 0000);
    const QString inside = closed + QStringLiteral("/case.db");
    for (const char* command : {"list", "init"}) {
        run = ctl(inside, {QString::fromLatin1(command)});
        EXPECT_EQ(run.exitCode, 1) << command;
        EXPECT_TRUE(run.err.contains(QStringLiteral("cannot open ") + inside +
                                     QStringLiteral(": permission denied on a folder on the way to it")))
            << run.err.toStdString();
    }
    setMode(closed, 0700);
    EXPECT_FALSE(QFileInfo::exists(inside));
}

} // namespace

namespace {

qint64 countOf(const Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

// A database at its size limit (PRAGMA max_page_count, this connection's quota): intake says
// "disk full" with the file and stores nothing; reading and the purge preview work; purging the
// cases that are due frees pages, and the next submission goes in without the file growing.
TEST_F(SqliteFilesFaultTest, FullDatabaseReadsPurgesAndTakesWorkAgain)
{
    const QString path = makeDatabase(QStringLiteral("full"), 40);
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    ASSERT_TRUE(url.ok());
    auto opened = Database::open(*url, OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    const Database& db = **opened;
    const Submission sample = test::sampleSubmission(QStringLiteral("full-0"));
    ASSERT_TRUE(test::configureSampleEService(db, sample));
    // Nothing is due yet: make the closed demo cases due, as retention sees them.
    ASSERT_TRUE(db.exec(QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ? WHERE id IN "
                                       "(SELECT id FROM cases ORDER BY id LIMIT 20)"),
                        {toSqlTime(QDateTime::currentDateTimeUtc().addYears(-5))})
                    .ok());
    ASSERT_TRUE(db.exec(QStringLiteral("UPDATE eservices SET retention_days = 30")).ok());

    auto pages = db.exec(QStringLiteral("PRAGMA page_count"));
    ASSERT_TRUE(pages.ok() && pages->next());
    const qint64 limit = pages->value(0).toLongLong();
    ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit)).ok());

    // Fill what free pages there are until the file cannot grow.
    const IntakeService intake(db);
    QString refusal;
    for (int i = 1; i <= 200 && refusal.isEmpty(); ++i) {
        auto receipt = intake.submit(test::sampleSubmission(QStringLiteral("full-%1").arg(i)));
        if (!receipt.ok())
            refusal = receipt.error().message();
    }
    ASSERT_FALSE(refusal.isEmpty()) << "the database never filled";
    EXPECT_TRUE(refusal.contains(QStringLiteral("disk full"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QFileInfo(path).absoluteFilePath())) << refusal.toStdString();
    const qint64 cases = countOf(db, QStringLiteral("cases"));
    auto again = intake.submit(test::sampleSubmission(QStringLiteral("full-again")));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message().contains(QStringLiteral("disk full")));
    EXPECT_EQ(countOf(db, QStringLiteral("cases")), cases);
    EXPECT_EQ(countOf(db, QStringLiteral("cases WHERE external_id = 'full-again'")), 0);

    const RetentionService retention(db);
    auto preview = retention.preview(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(preview.ok()) << preview.error().message().toStdString();
    const qint64 due = preview->dueNow;
    EXPECT_GE(due, 20); // ours, and the demo's own closed cases that are due
    auto purged = retention.purge(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(purged.ok()) << purged.error().message().toStdString();
    EXPECT_EQ(purged->purged, due);
    EXPECT_EQ(countOf(db, QStringLiteral("cases")), cases - due);

    auto after = intake.submit(test::sampleSubmission(QStringLiteral("full-again")));
    ASSERT_TRUE(after.ok()) << after.error().message().toStdString();
    EXPECT_EQ(countOf(db, QStringLiteral("cases")), cases - due + 1);
    auto pagesAfter = db.exec(QStringLiteral("PRAGMA page_count"));
    ASSERT_TRUE(pagesAfter.ok() && pagesAfter->next());
    EXPECT_LE(pagesAfter->value(0).toLongLong(), limit);
}

} // namespace

namespace {

// A real write failure out of process: casedeskctl with a file size limit just above the file
// (writes past it fail with EFBIG, as on a full disk). Once its -wal has reached the limit, a
// submission says "disk full" with the file and stores nothing, and every read, the purge
// preview included, still works.
TEST_F(SqliteFilesFaultTest, SubmitPastTheSizeLimitSaysDiskFullAndReadsGoOn)
{
    const QString path = makeDatabase(QStringLiteral("limited"), 5);
    const qint64 limit = QFileInfo(path).size() + 8192;
    const QString data = qEnvironmentVariable("CASEDESK_TESTDATA");
    const QStringList files{data + QStringLiteral("/intake/oep-signed-with-files.xml"),
                            data + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml"),
                            data + QStringLiteral("/intake/parkering-example.json")};
    // One file per transaction: each commit adds its own -wal frames until the limit is reached
    // (the three in one batch share their pages' frames and fit under it).
    const CtlRun submit = ctl(
        path, QStringList{QStringLiteral("submit"), QStringLiteral("--batch"), QStringLiteral("1")} + files,
        limit);
    EXPECT_EQ(submit.exitCode, 1) << submit.err.toStdString();
    EXPECT_TRUE(submit.err.contains(QStringLiteral("disk full"))) << submit.err.toStdString();
    EXPECT_TRUE(submit.err.contains(path)) << submit.err.toStdString();
    const QRegularExpressionMatch summary =
        QRegularExpression(QStringLiteral("(\\d+) stored")).match(submit.out + submit.err);
    ASSERT_TRUE(summary.hasMatch()) << submit.out.toStdString();
    const int stored = summary.captured(1).toInt();
    EXPECT_LT(stored, 3);

    const CtlRun listed = ctl(path, {QStringLiteral("list"), QStringLiteral("--json")}, limit);
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    // What was reported stored is there (in the -wal), and the refused file is not.
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 5 + stored);
    const CtlRun preview = ctl(path, {QStringLiteral("purge"), QStringLiteral("--dry-run")}, limit);
    EXPECT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.err.contains(QStringLiteral("nothing was changed"))) << preview.err.toStdString();

    // Without the limit the same file takes the submission.
    const CtlRun freed = ctl(path, QStringList{QStringLiteral("submit")} + files);
    EXPECT_EQ(freed.exitCode, 0) << freed.err.toStdString();
    EXPECT_EQ(references(path).size(), 8);
}

} // namespace
