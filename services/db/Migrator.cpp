#include "Migrator.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace casedesk {

namespace {

struct Migration
{
    QString description;
    QString path;
};

QMap<int, Migration> availableMigrations(Dialect dialect)
{
    const QString folder =
        dialect == Dialect::Sqlite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QMap<int, Migration> migrations;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            migrations.insert(match.captured(1).toInt(),
                              {match.captured(2), folder + QLatin1Char('/') + file});
    }
    return migrations;
}

Error tooNew(int current, int supported)
{
    return makeError(
        ErrorCode::Conflict,
        {QT_TRANSLATE_NOOP(
             "casedesk::Errors",
             "the database has schema version %1, but this CaseDesk only knows up to version %2; "
             "install a newer CaseDesk"),
         {current, supported}});
}

} // namespace

Migrator::Migrator(const Database& db)
    : m_db(db)
{}

Result<SchemaState> Migrator::state() const
{
    SchemaState state;
    const auto migrations = availableMigrations(m_db.dialect());
    state.supported = migrations.isEmpty() ? 0 : migrations.lastKey();

    const QString existsSql =
        m_db.dialect() == Dialect::Sqlite
            ? QStringLiteral(
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
            : QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                             "AND tablename = 'schema_version'");
    auto exists = m_db.exec(existsSql);
    if (!exists.ok())
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return state;
    auto version = m_db.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version.ok())
        return version.error();
    if (version->next())
        state.current = version->value(0).toInt();
    return state;
}

Result<SchemaState> Migrator::migrate() const
{
    auto initial = state();
    if (!initial.ok())
        return initial.error();
    if (initial->current > initial->supported)
        return tooNew(initial->current, initial->supported);

    const auto migrations = availableMigrations(m_db.dialect());
    for (auto it = migrations.begin(); it != migrations.end(); ++it) {
        if (it.key() <= initial->current)
            continue;
        QFile file(it->path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot read migration %1"), {it->path}});
        const QString script = QString::fromUtf8(file.readAll());

        TransactionGuard transaction(m_db);
        if (!transaction.begun().ok())
            return transaction.begun().error();
        if (m_db.dialect() == Dialect::Postgres) {
            // Two programs upgrading at once: the second waits here, then sees the work done.
            if (auto lock = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")); !lock.ok())
                return lock.error();
        }
        // Re-read inside the transaction: another process may have migrated meanwhile.
        auto now = state();
        if (!now.ok())
            return now.error();
        if (now->current >= it.key())
            continue;
        if (auto r = m_db.execScript(script); !r.ok())
            return makeError(r.error().code,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "migration %1 failed: %2"),
                              {it.key(), r.error().text}});
        auto recorded = m_db.exec(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
            {it.key(), it->description, toSqlTime(QDateTime::currentDateTimeUtc())});
        if (!recorded.ok())
            return recorded.error();
        if (auto r = transaction.commit(); !r.ok())
            return r.error();
        qCInfo(lcDb) << "applied migration" << it.key() << it->description;
    }
    return state();
}

VoidResult Migrator::requireCurrent() const
{
    auto s = state();
    if (!s.ok())
        return s.error();
    if (s->current > s->supported)
        return tooNew(s->current, s->supported);
    if (s->current < s->supported)
        return makeError(
            ErrorCode::Conflict,
            {QT_TRANSLATE_NOOP(
                 "casedesk::Errors",
                 "the database has schema version %1 and needs version %2: run 'casedeskctl init' first"),
             {s->current, s->supported}});
    return {};
}

} // namespace casedesk
