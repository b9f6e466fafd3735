// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "TestDatabase.h"

#include "PostgresCluster.h"
#include "db/Migrator.h"

namespace casedesk::test {

std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

TestDatabase::TestDatabase(Backend backend)
{
    if (backend == Backend::Sqlite) {
        m_url.dialect = Dialect::Sqlite;
        m_url.sqlitePath = m_dir.filePath(QStringLiteral("cases.db"));
    } else {
        QString error;
        PostgresCluster* cluster = PostgresCluster::shared(&error);
        if (!cluster) {
            ADD_FAILURE() << "PostgreSQL is required for this test: " << error.toStdString();
            return;
        }
        m_url = cluster->createDatabase();
    }
    auto db = Database::open(m_url);
    if (!db.ok()) {
        ADD_FAILURE() << "cannot open the test database: " << db.error().message().toStdString();
        return;
    }
    auto migrated = Migrator(**db).migrate();
    if (!migrated.ok()) {
        ADD_FAILURE() << "migration failed: " << migrated.error().message().toStdString();
        return;
    }
    m_db = std::move(db).value();
}

QString TestDatabase::urlString() const
{
    if (m_url.dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + m_url.sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_url.user, m_url.host)
        .arg(m_url.port)
        .arg(m_url.databaseName);
}

std::unique_ptr<Database> TestDatabase::openAnother() const
{
    auto db = Database::open(m_url);
    if (!db.ok()) {
        ADD_FAILURE() << db.error().message().toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<Database> TestDatabase::openAs(const QString& login) const
{
    DatabaseUrl url = m_url;
    url.user = login;
    auto db = Database::open(url);
    if (!db.ok()) {
        ADD_FAILURE() << "as " << login.toStdString() << ": " << db.error().message().toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

void BackendTest::SetUp()
{
    m_database = std::make_unique<TestDatabase>(GetParam());
    ASSERT_TRUE(m_database->ok());
}

} // namespace casedesk::test
