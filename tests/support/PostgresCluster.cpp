// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casedesk::test {

namespace {

std::unique_ptr<PostgresCluster>& sharedInstance()
{
    static std::unique_ptr<PostgresCluster> instance;
    return instance;
}

QString findBinDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CASEDESK_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Debian keeps the server binaries out of PATH, one folder per major version.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& major : majors) {
        const QString bin = versions.filePath(major + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

PostgresCluster* PostgresCluster::shared(QString* error)
{
    static QString startError;
    auto& instance = sharedInstance();
    if (!instance && startError.isEmpty()) {
        std::unique_ptr<PostgresCluster> cluster(new PostgresCluster());
        if (cluster->start(&startError))
            instance = std::move(cluster);
    }
    if (!instance && error)
        *error = startError;
    return instance.get();
}

void PostgresCluster::stopShared()
{
    sharedInstance().reset();
}

bool PostgresCluster::runServerTool(const QString& tool, const QStringList& arguments, QString* output,
                                    int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (runningAsRoot()) {
        // PostgreSQL refuses to run as root; the Debian package brings the `postgres` user.
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::start(QString* error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error =
            QStringLiteral("PostgreSQL server binaries not found (install the 'postgresql' package, or set "
                           "CASEDESK_PG_BINDIR)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/casedesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
        return false;
    }
#ifdef Q_OS_UNIX
    if (runningAsRoot()) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root, but there is no 'postgres' user to run the server as");
            return false;
        }
        const QByteArray path = QFile::encodeName(m_dir->path());
        if (::chown(path.constData(), postgres->pw_uid, postgres->pw_gid) != 0 ||
            ::chmod(path.constData(), 0700) != 0) {
            *error = QStringLiteral("cannot hand the temporary folder to the postgres user");
            return false;
        }
    }
#endif
    m_dataDir = m_dir->path() + QStringLiteral("/data");
    QString output;
    if (!runServerTool(QStringLiteral("initdb"),
                       {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), superuser(),
                        QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                        QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                       &output, 120000)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                .arg(m_port)
                .arg(m_dir->path());
        m_serverOptions = options;
        m_running = runPgCtlStart(&output);
    }
    if (!m_running) {
        QFile log(m_dir->path() + QStringLiteral("/server.log"));
        const QString logText =
            log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
        *error = QStringLiteral("PostgreSQL did not start: ") + output + logText;
        return false;
    }
    return true;
}

bool PostgresCluster::runPgCtlStart(QString* output) const
{
    return runServerTool(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                          m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-o"),
                          m_serverOptions, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                          QStringLiteral("start")},
                         output, 90000);
}

bool PostgresCluster::stopServer(QString* error)
{
    QString output;
    if (!runServerTool(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                        QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                        QStringLiteral("stop")},
                       &output, 90000)) {
        if (error)
            *error = QStringLiteral("pg_ctl stop failed: ") + output;
        return false;
    }
    m_running = false;
    return true;
}

bool PostgresCluster::startServer(QString* error)
{
    QString output;
    m_running = runPgCtlStart(&output);
    if (!m_running && error)
        *error = QStringLiteral("pg_ctl start failed: ") + output;
    return m_running;
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        runServerTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                       QStringLiteral("stop")},
                      nullptr, 30000);
}

DatabaseUrl PostgresCluster::urlFor(const QString& database) const
{
    DatabaseUrl url;
    url.dialect = Dialect::Postgres;
    url.host = QStringLiteral("127.0.0.1");
    url.port = m_port;
    url.user = superuser();
    url.databaseName = database;
    return url;
}

bool PostgresCluster::execAsSuperuser(const QString& database, const QString& sql, QString* error) const
{
    const QString name =
        QStringLiteral("casedesk-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

DatabaseUrl PostgresCluster::createDatabase()
{
    const QString name = QStringLiteral("casedesk_t%1").arg(++m_databases);
    QString error;
    if (!execAsSuperuser(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name, &error))
        qFatal("cannot create test database: %s", qPrintable(error));
    return urlFor(name);
}

} // namespace casedesk::test
