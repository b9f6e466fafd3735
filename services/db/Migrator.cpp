// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
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

// Migrations are numbered alike for both databases, each in its own folder of resources/sql.
QMap<int, Migration> availableMigrations(const SqlDialect& sql)
{
    const QString folder = QStringLiteral(":/sql/") + sql.migrationFolder();
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
    const auto migrations = availableMigrations(m_db.sql());
    state.supported = migrations.isEmpty() ? 0 : migrations.lastKey();

    auto exists = m_db.exec(m_db.sql().countTablesNamed(), {QStringLiteral("schema_version")});
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

    const auto migrations = availableMigrations(m_db.sql());
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
        // Two programs upgrading at once: the second waits here, then sees the work done.
        if (const QString lock = m_db.sql().migrationLock(); !lock.isEmpty()) {
            if (auto locked = m_db.exec(lock, {qint64(727274)}); !locked.ok())
                return locked.error();
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
