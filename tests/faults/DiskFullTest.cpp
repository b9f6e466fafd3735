// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Issue #12, point 6 on a really full disk (ENOSPC): a submission says "disk full" with the file
// and stores nothing, list and the purge preview work, purge frees space on the reserve next to
// the database, and the next submission goes in. The scenario (disk-full-scenario.sh) runs in a
// private mount namespace with a small tmpfs, as root or in an unprivileged user namespace; the
// data are asserted here afterwards, from its outputs and a copy of the database.
//
// And the reserve itself: made 0600 when a writable database is opened, released, made again,
// and never made when the disk has no room for it.
#include "db/Database.h"
#include "db/SqliteReserve.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace casedesk;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> referencesIn(const QString& json)
{
    QSet<QString> result;
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& row : rows)
        result.insert(row.toObject().value(QStringLiteral("reference")).toString());
    return result;
}

QSet<QString> linesIn(const QString& text)
{
    QSet<QString> result;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        result.insert(line.trimmed());
    return result;
}

qint64 countOf(const Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

TEST(DiskFullTest, FullFileSystemSaysDiskFullAndPurgeFreesSpaceOnTheReserve)
{
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    const QString mountPoint = out.filePath(QStringLiteral("mnt"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const QString submission =
        qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml");
    ASSERT_TRUE(QFileInfo::exists(submission)) << "CASEDESK_TESTDATA is not set to tests/data";

    // Root (CI) mounts in a mount namespace of its own; anyone else in a user namespace where
    // they are root. Never a skip: without either the test cannot show what it must.
    QStringList command{QStringLiteral("unshare")};
    if (::geteuid() != 0)
        command << QStringLiteral("--user") << QStringLiteral("--map-root-user");
    command << QStringLiteral("--mount") << QStringLiteral("--propagation") << QStringLiteral("private")
            << QStringLiteral("sh") << QStringLiteral(CASEDESK_DISK_FULL_SCENARIO)
            << QStringLiteral(CASEDESK_CTL_PATH) << submission << out.path() << mountPoint;
    QProcess scenario;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CASEDESK_DB"));
    scenario.setProcessEnvironment(environment);
    scenario.start(command.takeFirst(), command);
    ASSERT_TRUE(scenario.waitForFinished(50000)) << "the scenario did not finish in 50 s";
    const QString log = QString::fromUtf8(scenario.readAllStandardOutput());
    const QString errors = QString::fromUtf8(scenario.readAllStandardError());
    QHash<QString, QString> step;
    for (const QString& line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            step.insert(line.left(eq), line.mid(eq + 1));
    }
    ASSERT_EQ(step.value(QStringLiteral("mount")), QStringLiteral("0"))
        << "cannot mount a small tmpfs in a private mount namespace (unshare"
        << (::geteuid() != 0 ? " --user --map-root-user" : "")
        << " --mount): this test needs root or unprivileged user namespaces.\n"
        << log.toStdString() << errors.toStdString();
    ASSERT_EQ(scenario.exitCode(), 0) << log.toStdString() << errors.toStdString();
    const auto output = [&](const char* name, const char* kind) {
        return readText(
            out.filePath(QString::fromLatin1(name) + QLatin1Char('.') + QString::fromLatin1(kind)));
    };
    const QString dbPath = mountPoint + QStringLiteral("/cases.db");

    ASSERT_EQ(step.value(QStringLiteral("init")), QStringLiteral("0")) << output("init", "err").toStdString();
    ASSERT_EQ(step.value(QStringLiteral("demo")), QStringLiteral("0")) << output("demo", "err").toStdString();
    const QSet<QString> before = referencesIn(output("list_before", "out"));
    ASSERT_EQ(before.size(), 60);
    const QSet<QString> due = linesIn(output("due_before", "out"));
    ASSERT_GE(due.size(), 10) << output("due_before", "err").toStdString();
    ASSERT_TRUE(before.contains(due));
    // The reserve came with the database, private like it.
    EXPECT_EQ(step.value(QStringLiteral("reserve_mode")), QStringLiteral("600"));
    EXPECT_EQ(step.value(QStringLiteral("reserve_size")).toLongLong(), SqliteReserve::kDefaultBytes);

    // Full to the last block.
    EXPECT_EQ(step.value(QStringLiteral("free_full")).toLongLong(), 0);

    // A submission: "disk full" with the file and what helps; nothing stored.
    EXPECT_EQ(step.value(QStringLiteral("submit_full")), QStringLiteral("1"));
    const QString refusal = output("submit_full", "out") + output("submit_full", "err");
    EXPECT_TRUE(refusal.contains(QStringLiteral("disk full: ") + dbPath)) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("casedeskctl purge"))) << refusal.toStdString();
    // Reads and the preview work on the full disk, and show the same data.
    EXPECT_EQ(step.value(QStringLiteral("list_full")), QStringLiteral("0"))
        << output("list_full", "err").toStdString();
    EXPECT_EQ(referencesIn(output("list_full", "out")), before);
    EXPECT_EQ(step.value(QStringLiteral("due_full")), QStringLiteral("0"))
        << output("due_full", "err").toStdString();
    EXPECT_EQ(linesIn(output("due_full", "out")), due);

    // purge on the reserve: every due case gone, space back on the file system and in the file.
    EXPECT_EQ(step.value(QStringLiteral("purge_full")), QStringLiteral("0"))
        << output("purge_full", "err").toStdString();
    const QString purged = output("purge_full", "out");
    EXPECT_TRUE(purged.contains(QStringLiteral("Purged %1 cases").arg(due.size()))) << purged.toStdString();
    EXPECT_TRUE(purged.contains(QStringLiteral("purged on CaseDesk's reserve"))) << purged.toStdString();
    EXPECT_GT(step.value(QStringLiteral("free_after_purge")).toLongLong(), 0);
    EXPECT_LT(step.value(QStringLiteral("db_size_after_purge")).toLongLong(),
              step.value(QStringLiteral("db_size_full")).toLongLong())
        << "incremental vacuum gave no pages back";

    // Work goes in again.
    EXPECT_EQ(step.value(QStringLiteral("submit_after")), QStringLiteral("0"))
        << output("submit_after", "err").toStdString();
    const QSet<QString> after = referencesIn(output("list_after", "out"));
    EXPECT_EQ(after.size(), before.size() - due.size() + 1);
    EXPECT_FALSE(after.intersects(due));
    EXPECT_TRUE(after.contains(before - due));

    // With room again, the next writable open made the reserve again, 0600.
    EXPECT_EQ(step.value(QStringLiteral("list_roomy")), QStringLiteral("0"));
    EXPECT_EQ(step.value(QStringLiteral("reserve_roomy_mode")), QStringLiteral("600"));
    EXPECT_EQ(step.value(QStringLiteral("reserve_roomy")).toLongLong(), SqliteReserve::kDefaultBytes);

    // The database as it was left: whole, the purge logged once per case and audited once.
    ASSERT_EQ(step.value(QStringLiteral("copied")), QStringLiteral("0"));
    EXPECT_EQ(step.value(QStringLiteral("leftover_wal")), QStringLiteral("0"));
    const QString copy = out.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(QFile::rename(out.filePath(QStringLiteral("cases.db")), copy));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + copy);
    ASSERT_TRUE(url.ok());
    auto opened = Database::open(*url, OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    const Database& db = **opened;
    auto check = db.exec(QStringLiteral("PRAGMA integrity_check"));
    ASSERT_TRUE(check.ok() && check->next());
    EXPECT_EQ(check->value(0).toString(), QStringLiteral("ok"));
    EXPECT_EQ(countOf(db, QStringLiteral("SELECT count(*) FROM cases")), after.size());
    EXPECT_EQ(countOf(db, QStringLiteral("SELECT count(*) FROM purge_log")), due.size());
    EXPECT_EQ(countOf(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.purged'")),
              1);
    EXPECT_EQ(
        countOf(db, QStringLiteral("SELECT count(*) FROM cases WHERE external_id IS NOT NULL AND reference "
                                   "NOT IN (SELECT reference FROM purge_log)")),
        countOf(db, QStringLiteral("SELECT count(*) FROM cases WHERE external_id IS NOT NULL")));
}

class ReserveTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_temp.isValid()); }
    QTemporaryDir m_temp;
};

TEST_F(ReserveTest, MadeWithAWritableDatabaseReleasedAndMadeAgain)
{
    const QString path = m_temp.filePath(QStringLiteral("cases.db"));
    const QString reservePath = path + QStringLiteral("-reserve");
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
        ASSERT_TRUE(url.ok());
        ::umask(022); // a lax umask must not make the reserve readable for others
        auto opened = Database::open(*url);
        ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    }
    const SqliteReserve reserve(path);
    EXPECT_EQ(reserve.path(), reservePath);
    ASSERT_TRUE(QFileInfo::exists(reservePath));
    EXPECT_EQ(modeOf(reservePath), 0600);
    EXPECT_EQ(reserve.size(), SqliteReserve::kDefaultBytes) << "space on disk, not a sparse file";

    // Released: the space goes back to the file system.
    const qint64 freeBefore = reserve.freeSpace();
    EXPECT_EQ(reserve.release(), SqliteReserve::kDefaultBytes);
    EXPECT_FALSE(QFileInfo::exists(reservePath));
    EXPECT_EQ(reserve.size(), 0);
    EXPECT_GT(reserve.freeSpace(), freeBefore);
    EXPECT_EQ(reserve.release(), 0) << "nothing left to release";

    // Made again, and topped up when something shrank it.
    ASSERT_TRUE(reserve.ensure().ok());
    EXPECT_EQ(modeOf(reservePath), 0600);
    EXPECT_EQ(reserve.size(), SqliteReserve::kDefaultBytes);
    ASSERT_EQ(::truncate(QFile::encodeName(reservePath).constData(), 4096), 0);
    ASSERT_TRUE(reserve.ensure().ok());
    EXPECT_EQ(reserve.size(), SqliteReserve::kDefaultBytes);
}

TEST_F(ReserveTest, NotMadeWithoutRoomForItAndAsMuchAgain)
{
    const QString path = m_temp.filePath(QStringLiteral("cases.db"));
    const qint64 free = SqliteReserve(path).freeSpace();
    ASSERT_GT(free, 0);
    // A reserve larger than half the free space would leave the disk fuller than itself.
    const SqliteReserve tooLarge(path, free / 2 + 64 * 1024 * 1024);
    const VoidResult made = tooLarge.ensure();
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(
        made.error().message().contains(QStringLiteral("not enough free space for ") + tooLarge.path()))
        << made.error().message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(tooLarge.path()));
}

} // namespace
