// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// The embedded database holds citizens' personal data: its folder (when CaseDesk creates it) is
// 0700 and the file with its -wal and -shm companions 0600, whatever the umask says.
#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>

namespace casedesk {
namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Sets a permissive umask for one test and restores the old one.
class PermissiveUmask
{
public:
    PermissiveUmask()
        : m_old(::umask(0022))
    {}
    ~PermissiveUmask() { ::umask(m_old); }
    PermissiveUmask(const PermissiveUmask&) = delete;
    PermissiveUmask& operator=(const PermissiveUmask&) = delete;

private:
    mode_t m_old;
};

std::unique_ptr<Database> openSqlite(const QString& path)
{
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    EXPECT_TRUE(url.ok());
    if (!url.ok())
        return nullptr;
    auto db = Database::open(*url);
    EXPECT_TRUE(db.ok()) << (db.ok() ? QString() : db.error().message()).toStdString();
    if (!db.ok())
        return nullptr;
    return std::move(db).value();
}

void writeSomething(const Database& db)
{
    ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (x TEXT)")).ok());
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO t (x) VALUES ('Anna Andersson')")).ok());
}

TEST(SqliteFilePermissions, NewDatabaseFolderAndFilesArePrivate)
{
    const PermissiveUmask umaskGuard;
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString folder = temp.filePath(QStringLiteral("CaseDesk/casedesk"));
    const QString path = folder + QStringLiteral("/casedesk.db");

    auto db = openSqlite(path);
    ASSERT_TRUE(db);
    writeSomething(*db);

    EXPECT_EQ(modeOf(temp.filePath(QStringLiteral("CaseDesk"))), 0700);
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-shm")));
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
}

TEST(SqliteFilePermissions, ExistingFolderIsLeftAlone)
{
    const PermissiveUmask umaskGuard;
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    ASSERT_EQ(::chmod(QFile::encodeName(temp.path()).constData(), 0755), 0);
    const QString path = temp.filePath(QStringLiteral("mine.db"));

    auto db = openSqlite(path);
    ASSERT_TRUE(db);
    writeSomething(*db);

    EXPECT_EQ(modeOf(temp.path()), 0755); // the user chose this folder
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
}

TEST(SqliteFilePermissions, WorldReadableFileIsTightenedOnOpen)
{
    const PermissiveUmask umaskGuard;
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path = temp.filePath(QStringLiteral("old.db"));
    {
        auto db = openSqlite(path);
        ASSERT_TRUE(db);
        writeSomething(*db);
    }
    // As an older CaseDesk left it.
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    ASSERT_EQ(modeOf(path), 0644);

    auto db = openSqlite(path);
    ASSERT_TRUE(db);
    writeSomething(*db);
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
    auto count = db->exec(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(count.ok());
    ASSERT_TRUE(count->next());
    EXPECT_EQ(count->value(0).toInt(), 2);
}

TEST(SqliteFilePermissions, LeftoverCompanionsAreTightened)
{
    const PermissiveUmask umaskGuard;
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path = temp.filePath(QStringLiteral("crashed.db"));
    {
        auto db = openSqlite(path);
        ASSERT_TRUE(db);
        writeSomething(*db);
    }
    // A -wal left world-readable (e.g. copied with cp) before CaseDesk opens the file again.
    QFile wal(path + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    wal.close();
    ASSERT_EQ(::chmod(QFile::encodeName(wal.fileName()).constData(), 0644), 0);

    auto db = openSqlite(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(modeOf(wal.fileName()), 0600);
}

} // namespace
} // namespace casedesk

#else
TEST(SqliteFilePermissions, NotApplicableOnThisPlatform)
{
    GTEST_SKIP() << "file modes are a Unix matter";
}
#endif
