// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "Database.h"

#include "DatabaseRefusals.h"
#include "SqliteFileAccess.h"
#include "SqliteFileIdentity.h"
#include "SqliteReserve.h"
#include "core/Logging.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

namespace casedesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("casedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_sql(SqlDialect::create(m_url.dialect))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (!m_sql->isEmbedded()) {
        closeDroppingKept({});
        return;
    }
    m_kept.clear();
    if (filesLost()) {
        SqliteFileWatch::keepOpenUntilExit(m_connectionName);
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, OpenMode mode)
{
    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    const SqlDialect& sql = database->sql();
    const QString driver = sql.qtDriver();
    if (!QSqlDatabase::isDriverAvailable(driver))
        return makeError(
            ErrorCode::Unavailable,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the Qt SQL driver %1 is not installed (Debian: %2)"),
             {driver, sql.qtDriverPackage()}});

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (sql.isEmbedded()) {
        auto plan = planSqliteOpen(url.sqlitePath, mode);
        if (!plan.ok())
            return plan.error();
        database->m_readOnly = plan->readOnly;
        db.setDatabaseName(plan->databaseName);
        db.setConnectOptions(plan->connectOptions);
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.databaseName);
        if (!url.user.isEmpty())
            db.setUserName(url.user);
        if (!url.password.isEmpty())
            db.setPassword(url.password);
        QString options = url.connectOptions;
        if (!options.contains(QLatin1String("connect_timeout")))
            options +=
                (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        if (sql.isEmbedded()) {
            const QSqlError error = db.lastError();
            if (auto fileError =
                    sqliteFileError(error.nativeErrorCode(), error.databaseText(), url.sqlitePath))
                return *fileError;
        }
        // The driver's text can hold the host and user but never the password.
        return makeError(ErrorCode::Unavailable, {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"),
                                                  {url.displayString(), db.lastError().text().trimmed()}});
    }
    auto configured = database->configure();
    if (!configured.ok() && sql.isEmbedded() && !database->m_readOnly && isDiskFull(configured.error())) {
        // The disk is too full for SQLite to make its -shm, so even a read fails: read the file
        // read-only instead, and let every write say "disk full" (purge releases the reserve
        // and opens a writer of its own).
        db.close();
        const SqliteOpenPlan plan = planSqliteOpenOnFullDisk(url.sqlitePath);
        db.setDatabaseName(plan.databaseName);
        db.setConnectOptions(plan.connectOptions);
        database->m_readOnly = true;
        database->m_onFullDisk = true;
        if (!db.open())
            return configured.error();
        configured = database->configure();
    }
    if (!configured.ok())
        return configured.error();
    // A connection that only reads has no write to lose, and a writer elsewhere may legitimately
    // remove the -wal it saw when it closes last.
    if (sql.isEmbedded() && !database->m_readOnly) {
        database->m_fileWatch = SqliteFileWatch::attach(url.sqlitePath);
        if (auto intact = database->checkFilesOnDisk(); !intact.ok())
            return intact.error();
        // Space for purge on a full disk, held back while there is room (see SqliteReserve).
        if (!url.isInMemory()) {
            if (auto reserved = SqliteReserve(url.sqlitePath).ensure(); !reserved.ok())
                qCWarning(lcDb).noquote()
                    << "no reserve for purging on a full disk:" << reserved.error().describe();
        }
    }
    return database;
}

VoidResult Database::configure()
{
    for (const QString& statement : m_sql->sessionSetup(m_readOnly)) {
        if (auto r = exec(statement); !r.ok())
            return r.error();
    }
    // SQLite has no logins: the operating-system user is the one who acts.
    if (m_sql->isEmbedded()) {
        m_currentUser = operatingSystemUser();
        return {};
    }
    auto user = exec(QStringLiteral("SELECT current_user"));
    if (!user.ok())
        return user.error();
    if (user->next())
        m_currentUser = user->value(0).toString();
    return {};
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

VoidResult Database::ping() const
{
    // Once libpq has seen the connection break, Qt refuses every statement without an error
    // text (and warns "database not open"): ask the driver first.
    if (!isOpen())
        return makeError(ErrorCode::Unavailable,
                         QT_TRANSLATE_NOOP("casedesk::Errors", "the connection to the database was lost"));
    if (auto intact = checkFilesOnDisk(); !intact.ok())
        return intact;
    auto q = exec(QStringLiteral("SELECT 1"));
    if (!q.ok())
        return makeError(ErrorCode::Unavailable, q.error().text);
    return {};
}

VoidResult Database::reconnect()
{
    // Closing would checkpoint a deleted -wal over the database; reopening would join the
    // process's stale SQLite state. Neither is a reconnect.
    if (auto intact = checkFilesOnDisk(); !intact.ok())
        return intact;
    if (m_sql->isEmbedded()) {
        m_kept.clear();
        connection().close();
    } else {
        // A new connection with the same settings: the old one's driver goes with its kept
        // statements (see closeDroppingKept).
        const QString replacement = nextConnectionName();
        QSqlDatabase::cloneDatabase(m_connectionName, replacement);
        closeDroppingKept(replacement);
    }
    QSqlDatabase db = connection();
    if (!db.open())
        return makeError(ErrorCode::Unavailable, {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot open %1: %2"),
                                                  {m_url.displayString(), db.lastError().text().trimmed()}});
    return configure();
}

namespace {

// The connection itself is gone (server restart, network, terminated backend), as opposed to
// one statement failing: PostgreSQL's SQLSTATE class 08 and the shutdown codes, Qt's connection
// errors, and libpq's texts for a socket that broke (which carry no SQLSTATE).
bool isLostConnection(const QSqlQuery& query, const QSqlError& error)
{
    // SQLite has no connection to lose, but Qt's driver reports every failed step as a
    // ConnectionError ("Unable to fetch row"), a NOT NULL violation too.
    const QSqlDriver* driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::SQLite)
        return false;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03") ||
        error.type() == QSqlError::ConnectionError)
        return true;
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")) ||
        text.contains(QLatin1String("terminating connection")) ||
        text.contains(QLatin1String("could not receive data from server")) ||
        text.contains(QLatin1String("could not send data to server")) ||
        text.contains(QLatin1String("connection to server was lost")) ||
        text.contains(QLatin1String("SSL SYSCALL error")))
        return true;
    // Qt refuses statements on a connection libpq has marked broken without setting an error.
    return driver && !driver->isOpen();
}

// What kind of failure it was, for when the driver gives no text at all.
ErrorText describeKind(ErrorCode kind)
{
    switch (kind) {
    case ErrorCode::Unavailable:
        return QT_TRANSLATE_NOOP("casedesk::Errors", "the database is not available");
    case ErrorCode::Conflict:
        return QT_TRANSLATE_NOOP("casedesk::Errors",
                                 "the database refused it as a conflict with another change");
    case ErrorCode::PermissionDenied:
        return QT_TRANSLATE_NOOP("casedesk::Errors", "the database refused it: permission denied");
    case ErrorCode::InvalidInput:
        return QT_TRANSLATE_NOOP("casedesk::Errors", "the database refused the data as invalid");
    case ErrorCode::NotFound:
    case ErrorCode::Internal:
        break;
    }
    return QT_TRANSLATE_NOOP("casedesk::Errors", "the database reported an error without a description");
}

} // namespace

VoidResult Database::checkFilesOnDisk() const
{
    return m_fileWatch ? m_fileWatch->check() : VoidResult();
}

bool Database::filesLost() const
{
    return m_fileWatch && m_fileWatch->lost();
}

Error sqlError(const QSqlQuery& query, const ErrorText& what)
{
    const QSqlError error = query.lastError();
    return sqlError(error, isLostConnection(query, error), what);
}

Error sqlError(const QSqlError& error, bool connectionLost, const ErrorText& what)
{
    // Our own functions' refusals name their reason: told in the person's language, not as the
    // database's English words after "statement failed".
    if (std::optional<Error> refused = raisedRefusal(error))
        return *refused;
    const QString code = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::Internal;
    const bool lost = connectionLost;
    if (code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
        code == QLatin1String("40001") || code == QLatin1String("40P01"))
        kind = ErrorCode::Conflict;
    else if (code == QLatin1String("42501"))
        kind = ErrorCode::PermissionDenied;
    else if (lost || code == QLatin1String("5")) // 5: SQLITE_BUSY
        kind = ErrorCode::Unavailable;
    else if (code.startsWith(QLatin1String("23")) || code == QLatin1String("19") ||
             code == QLatin1String("787") || code == QLatin1String("275"))
        kind = ErrorCode::InvalidInput;
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        kind = ErrorCode::Conflict; // SQLite reports the plain constraint code 19
    // Never an empty reason: a lost connection often comes without any text from the driver.
    if (lost) {
        // libpq's text runs over several lines, and Qt appends "()" for the SQLSTATE a broken
        // socket does not have.
        text = text.simplified();
        if (text.endsWith(QLatin1String("()")))
            text = text.chopped(2).trimmed();
        const ErrorText lostText =
            text.isEmpty()
                ? ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", "the connection to the database was lost"))
                : ErrorText(
                      QT_TRANSLATE_NOOP("casedesk::Errors", "the connection to the database was lost: %1"),
                      {text});
        return makeError(kind, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: %2"), {what, lostText}});
    }
    // The driver's own words are not translated; only our fallback is.
    const ErrorText reason = text.isEmpty() ? describeKind(kind) : ErrorText::verbatim(text);
    return makeError(kind, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1: %2"), {what, reason}});
}

Error Database::statementError(const QSqlQuery& query, const ErrorText& what) const
{
    // On SQLite, a failure of the file (read-only, full, not a database) says which file.
    if (m_sql->isEmbedded()) {
        const QSqlError error = query.lastError();
        // Opened read-only because the disk was full: a write fails for want of space, not of
        // permission.
        if (m_onFullDisk && (error.nativeErrorCode().toInt() & 0xff) == 8) // SQLITE_READONLY
            return makeError(ErrorCode::Unavailable,
                             sqliteDiskFullMessage(QFileInfo(m_url.sqlitePath).absoluteFilePath()));
        if (auto fileError = sqliteFileError(error.nativeErrorCode(), error.databaseText(), m_url.sqlitePath))
            return *fileError;
    }
    return sqlError(query, what);
}

void Database::closeDroppingKept(const QString& replacement)
{
    // Qt's PostgreSQL results send DEALLOCATE when they go for as long as their driver lives;
    // the driver goes with the last handle of its connection.
    std::vector<std::unique_ptr<QSqlQuery>> kept = std::move(m_keptOfLostConnection);
    m_keptOfLostConnection.clear();
    for (auto& [sql, query] : m_kept)
        kept.push_back(std::move(query));
    m_kept.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    kept.clear();
    m_connectionName = replacement;
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return statementError(query, QT_TRANSLATE_NOOP("casedesk::Errors", "prepare failed"));
    return query;
}

VoidResult Database::execPrepared(QSqlQuery& query, const QVariantList& params) const
{
    for (int i = 0; i < params.size(); ++i)
        query.bindValue(i, params.at(i));
    if (!query.exec()) {
        qCDebug(lcDb) << "statement failed:" << query.lastQuery().left(200);
        return statementError(query, QT_TRANSLATE_NOOP("casedesk::Errors", "statement failed"));
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& params) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (params.isEmpty()) {
        if (!query.exec(sql)) {
            qCDebug(lcDb) << "statement failed:" << sql.left(200);
            return statementError(query, QT_TRANSLATE_NOOP("casedesk::Errors", "statement failed"));
        }
        return query;
    }
    if (!query.prepare(sql))
        return statementError(query, QT_TRANSLATE_NOOP("casedesk::Errors", "prepare failed"));
    if (auto r = execPrepared(query, params); !r.ok())
        return r.error();
    return query;
}

Result<QSqlQuery*> Database::execKept(const QString& sql, const QVariantList& params) const
{
    auto it = m_kept.find(sql);
    if (it == m_kept.end()) {
        auto prepared = prepare(sql);
        if (!prepared.ok())
            return prepared.error();
        it = m_kept.emplace(sql, std::make_unique<QSqlQuery>(std::move(prepared).value())).first;
    }
    QSqlQuery& query = *it->second;
    if (auto r = execPrepared(query, params); !r.ok()) {
        if (m_sql->isEmbedded()) {
            m_kept.erase(it);
            return r.error();
        }
        // PostgreSQL. A statement of a lost connection (Unavailable) waits for the connection
        // to close (closeDroppingKept) and is prepared afresh on the next. A statement the
        // server no longer runs as prepared (its plan or the statement itself gone, SQLSTATE
        // class 0A or 26000) is prepared afresh next time. Any other failure (a refusal, a
        // constraint) leaves the statement as good as it was: kept, as dropping it would send
        // a DEALLOCATE, which the server ignores in a failed transaction.
        const QString state = query.lastError().nativeErrorCode();
        if (r.error().code == ErrorCode::Unavailable) {
            m_keptOfLostConnection.push_back(std::move(it->second));
            m_kept.erase(it);
        } else if (state.startsWith(QLatin1String("0A")) || state == QLatin1String("26000")) {
            m_kept.erase(it);
        }
        return r.error();
    }
    return &query;
}

Result<KeptQuery> Database::run(const QString& sql, const QVariantList& params) const
{
    auto query = execKept(sql, params);
    if (!query.ok())
        return query.error();
    return KeptQuery(*query);
}

VoidResult Database::execScript(const QString& script) const
{
    const QStringList statements = splitSqlScript(script);
    for (const QString& statement : statements) {
        if (auto r = exec(statement); !r.ok())
            return makeError(r.error().code, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 in: %2"),
                                              {r.error().text, statement.left(120)}});
    }
    return {};
}

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    int blockDepth = 0;
    static const QRegularExpression beginAtEnd(QStringLiteral("\\bBEGIN\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endStatement(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inDollarQuote && blockDepth == 0 && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (beginAtEnd.match(line).hasMatch()) {
            ++blockDepth;
            continue;
        }
        if (blockDepth > 0) {
            if (endStatement.match(line).hasMatch())
                --blockDepth;
            else
                continue;
        }
        if (blockDepth == 0 && line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace casedesk
