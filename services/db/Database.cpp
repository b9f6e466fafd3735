#include "Database.h"

#include "SqliteFileIdentity.h"
#include "core/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// Creates the folders of an embedded database that do not exist yet, each 0700 whatever the
// umask: the file holds personal data of citizens and nobody but its owner may list or read it.
// Folders that exist already are left as they are (the user may have chosen a shared place).
bool createPrivateFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList missing;
    for (QString path = clean; !QFileInfo::exists(path); path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break;
    }
    for (const QString& path : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        if (::chmod(native.constData(), 0700) != 0)
            return false;
    }
    return QFileInfo(clean).isDir();
#else
    return QDir().mkpath(folder);
#endif
}

// The database file and its -wal and -shm companions are 0600. SQLite creates the main file
// 0644 (less the umask) and gives -wal and -shm the main file's mode, so the main file is made
// (or tightened to) 0600 before SQLite opens it, and companions left by an earlier run are
// tightened too. A no-op on Windows, where the user's profile folder is private already.
bool makeDatabaseFilesPrivate(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    if (QFileInfo::exists(path)) {
        // An older CaseDesk (or a copy) may have left it world-readable.
        if (::chmod(native.constData(), 0600) != 0) {
            qCWarning(lcDb) << "cannot tighten the permissions of" << path << "to 0600";
            return false;
        }
    } else {
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return errno == EEXIST && ::chmod(native.constData(), 0600) == 0; // created meanwhile
        const bool tightened = ::fchmod(fd, 0600) == 0; // O_CREAT's mode is reduced by the umask
        ::close(fd);
        if (!tightened)
            return false;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QByteArray companion = native + suffix;
        if (::chmod(companion.constData(), 0600) != 0 && errno != ENOENT)
            return false;
    }
#else
    Q_UNUSED(path);
#endif
    return true;
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
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

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    const QString driver =
        url.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                             .arg(driver, url.dialect == Dialect::Sqlite ? QStringLiteral("sqlite")
                                                                         : QStringLiteral("psql")));

    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (url.dialect == Dialect::Sqlite) {
        if (url.sqlitePath != QLatin1String(":memory:")) {
            const QFileInfo info(url.sqlitePath);
            if (!createPrivateFolder(info.absolutePath()))
                return makeError(ErrorCode::Unavailable,
                                 QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
            if (!makeDatabaseFilesPrivate(info.absoluteFilePath()))
                return makeError(ErrorCode::Unavailable,
                                 QStringLiteral("cannot make %1 private to its owner").arg(url.sqlitePath));
        }
        db.setDatabaseName(url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
        // The driver's text can hold the host and user but never the password.
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot open %1: %2").arg(url.displayString(), db.lastError().text().trimmed()));
    }
    if (auto configured = database->configure(); !configured.ok())
        return configured.error();
    if (url.dialect == Dialect::Sqlite) {
        database->m_fileWatch = SqliteFileWatch::attach(url.sqlitePath);
        if (auto intact = database->checkFilesOnDisk(); !intact.ok())
            return intact.error();
    }
    return database;
}

VoidResult Database::configure()
{
    if (m_url.dialect == Dialect::Sqlite) {
        // WAL: readers never block the writer. secure_delete: purged data is overwritten, not
        // just unlinked from the b-tree.
        // auto_vacuum first: it only takes effect on a new file, before WAL is set, and lets
        // retention hand purged pages back in small steps instead of a blocking VACUUM.
        for (const char* pragma :
             {"PRAGMA auto_vacuum = INCREMENTAL", "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
              "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON", "PRAGMA busy_timeout = 10000"}) {
            if (auto r = exec(QString::fromLatin1(pragma)); !r.ok())
                return r.error();
        }
        m_currentUser = operatingSystemUser();
        return {};
    }
    if (auto r = exec(QStringLiteral("SET TIME ZONE 'UTC'")); !r.ok())
        return r.error();
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
    if (auto intact = checkFilesOnDisk(); !intact.ok())
        return intact;
    auto q = exec(QStringLiteral("SELECT 1"));
    if (!q.ok())
        return makeError(ErrorCode::Unavailable, q.error().message);
    return {};
}

VoidResult Database::reconnect()
{
    // Closing would checkpoint a deleted -wal over the database; reopening would join the
    // process's stale SQLite state. Neither is a reconnect.
    if (auto intact = checkFilesOnDisk(); !intact.ok())
        return intact;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return makeError(
            ErrorCode::Unavailable,
            QStringLiteral("cannot open %1: %2").arg(m_url.displayString(), db.lastError().text().trimmed()));
    return configure();
}

VoidResult Database::checkFilesOnDisk() const
{
    return m_fileWatch ? m_fileWatch->check() : VoidResult();
}

bool Database::filesLost() const
{
    return m_fileWatch && m_fileWatch->lost();
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::Internal;
    if (code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
        code == QLatin1String("40001") || code == QLatin1String("40P01"))
        kind = ErrorCode::Conflict;
    else if (code == QLatin1String("42501"))
        kind = ErrorCode::PermissionDenied;
    else if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
             code == QLatin1String("5") || error.type() == QSqlError::ConnectionError)
        kind = ErrorCode::Unavailable;
    else if (code.startsWith(QLatin1String("23")) || code == QLatin1String("19") ||
             code == QLatin1String("787") || code == QLatin1String("275"))
        kind = ErrorCode::InvalidInput;
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        kind = ErrorCode::Conflict; // SQLite reports the plain constraint code 19
    return makeError(kind, what + QStringLiteral(": ") + text);
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("prepare failed"));
    return query;
}

VoidResult Database::execPrepared(QSqlQuery& query, const QVariantList& params) const
{
    for (int i = 0; i < params.size(); ++i)
        query.bindValue(i, params.at(i));
    if (!query.exec()) {
        qCDebug(lcDb) << "statement failed:" << query.lastQuery().left(200);
        return sqlError(query, QStringLiteral("statement failed"));
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
            return sqlError(query, QStringLiteral("statement failed"));
        }
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("prepare failed"));
    if (auto r = execPrepared(query, params); !r.ok())
        return r.error();
    return query;
}

VoidResult Database::execScript(const QString& script) const
{
    const QStringList statements = splitSqlScript(script);
    for (const QString& statement : statements) {
        if (auto r = exec(statement); !r.ok())
            return makeError(r.error().code,
                             r.error().message + QStringLiteral(" in: ") + statement.left(120));
    }
    return {};
}

QVariant toSqlTime(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant toSqlText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime fromSqlTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
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
