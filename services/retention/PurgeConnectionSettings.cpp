// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PurgeConnectionSettings.h"

#include "core/Logging.h"
#include "db/Database.h"

namespace casedesk {

namespace {

Result<qint64> readPragma(const Database& db, const char* name)
{
    auto q = db.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// The value is a number of this file's own, never input: PRAGMA takes no bound parameters.
VoidResult setPragma(const Database& db, const char* name, qint64 value)
{
    auto q = db.exec(QStringLiteral("PRAGMA %1 = %2").arg(QString::fromLatin1(name)).arg(value));
    if (!q.ok())
        return q.error();
    q->finish();
    return {};
}

} // namespace

PurgeConnectionSettings::PurgeConnectionSettings(const Database& db, bool littleSpace)
    : m_db(db)
{
    if (littleSpace || !m_db.sql().isEmbedded())
        return;
    auto cacheSize = readPragma(m_db, "cache_size");
    auto autoCheckpoint = readPragma(m_db, "wal_autocheckpoint");
    auto pageSize = readPragma(m_db, "page_size");
    if (!cacheSize.ok() || !autoCheckpoint.ok() || !pageSize.ok()) {
        // Only speed depends on these: the run goes on with the connection's own settings.
        qCWarning(lcRetention) << "purge runs with the connection's page cache and checkpoints";
        return;
    }
    m_cacheSize = *cacheSize;
    m_autoCheckpoint = *autoCheckpoint;
    m_changed = true;
    // A larger cache only: one configured larger than ours stays.
    const qint64 cacheKiB = m_cacheSize < 0 ? -m_cacheSize : m_cacheSize * *pageSize / 1024;
    if (cacheKiB < kCacheKiB)
        (void)setPragma(m_db, "cache_size", -kCacheKiB);
    if (m_autoCheckpoint > 0 && m_autoCheckpoint < kCheckpointPages)
        (void)setPragma(m_db, "wal_autocheckpoint", kCheckpointPages);
}

PurgeConnectionSettings::~PurgeConnectionSettings()
{
    if (!m_changed)
        return;
    if (!setPragma(m_db, "cache_size", m_cacheSize).ok() ||
        !setPragma(m_db, "wal_autocheckpoint", m_autoCheckpoint).ok())
        qCWarning(lcRetention) << "the connection's page cache and checkpoint settings were not restored";
}

VoidResult PurgeConnectionSettings::checkpointNow() const
{
    if (!m_changed)
        return {};
    auto q = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!q.ok())
        return q.error();
    q->finish();
    return {};
}

} // namespace casedesk
