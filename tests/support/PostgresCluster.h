// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "db/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// A real PostgreSQL server for the tests: initdb in a temporary folder, started on a free port
// on 127.0.0.1, stopped when the tests end. Runs the server binaries as the `postgres` user
// when the tests run as root (PostgreSQL refuses root). A missing PostgreSQL is an error, never
// a skip: the repository suite must run on both backends.
class PostgresCluster
{
public:
    // The one cluster of this test program, started on first use. Returns nullptr and sets
    // `error` when it cannot be started.
    static PostgresCluster* shared(QString* error);
    static void stopShared();

    ~PostgresCluster();

    // A fresh, empty database on the cluster, for one test.
    DatabaseUrl createDatabase();
    DatabaseUrl urlFor(const QString& database) const;
    int port() const { return m_port; }
    const QString& binDir() const { return m_binDir; }
    QString superuser() const { return QStringLiteral("casedesk_test"); }
    // Runs a statement as the superuser on `database` (creating roles and such in tests).
    bool execAsSuperuser(const QString& database, const QString& sql, QString* error) const;

    // A server restart as an operator does it (fault tests): stopServer() shuts down "fast",
    // cutting every open connection; startServer() starts it again on the same port and data
    // folder. The cluster is shared by the whole test program, so only a program of its own
    // may restart it. Both wait until done; false with `error` set when that fails.
    bool stopServer(QString* error);
    bool startServer(QString* error);
    bool isRunning() const { return m_running; }

private:
    PostgresCluster() = default;
    bool start(QString* error);
    bool runPgCtlStart(QString* output) const;
    bool runServerTool(const QString& tool, const QStringList& arguments, QString* output,
                       int timeoutMs) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    QString m_serverOptions; // pg_ctl -o, kept for startServer()
    int m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace casedesk::test
