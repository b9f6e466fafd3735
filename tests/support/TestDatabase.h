// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace casedesk::test {

enum class Backend
{
    Sqlite,
    Postgres
};

std::string backendName(const ::testing::TestParamInfo<Backend>& info);

// A fresh, migrated case database on the chosen backend: a file in a temporary folder for
// SQLite, a new database on the test cluster for PostgreSQL. Fails the test (never skips)
// when PostgreSQL cannot be started.
class TestDatabase
{
public:
    explicit TestDatabase(Backend backend);

    bool ok() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    const DatabaseUrl& url() const { return m_url; }
    QString urlString() const;
    // A second connection to the same database, as another caseworker would have.
    std::unique_ptr<Database> openAnother() const;
    // A connection to the same PostgreSQL database as `login` (a role the test created).
    std::unique_ptr<Database> openAs(const QString& login) const;

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};

// Base for suites that run once per backend.
class BackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    Database& db() { return m_database->db(); }
    TestDatabase& testDatabase() { return *m_database; }

private:
    std::unique_ptr<TestDatabase> m_database;
};

#define CASEDESK_INSTANTIATE_BACKENDS(Suite)                                                                 \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        Backends, Suite,                                                                                     \
        ::testing::Values(::casedesk::test::Backend::Sqlite, ::casedesk::test::Backend::Postgres),           \
        ::casedesk::test::backendName)

} // namespace casedesk::test
