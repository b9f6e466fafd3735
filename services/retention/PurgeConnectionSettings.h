// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

namespace casedesk {

class Database;

// SQLite, for the length of one purge run on its connection; restored when it goes.
//
// A batch of 500 cases dirties about 2,300 pages at 100,000 cases and 3,100 at a million (every
// index of `cases` loses one entry per case, most of them at a random place).
// - Page cache: the default 2 MiB cannot hold one batch's pages, so SQLite spills them to the
//   WAL before the commit and reads them back; kCacheKiB holds a batch at a million cases.
// - Checkpoints: with the default of 1,000 pages the commit of every batch checkpoints (an fsync
//   and a write of every page again, the same index pages batch after batch). Every
//   kCheckpointPages instead, and once more when the run ends (checkpointNow), so that the WAL
//   holds at most that many pages beyond one batch.
// On a full disk (littleSpace) nothing changes: the run there checkpoints after every batch.
// PostgreSQL: nothing to do.
class PurgeConnectionSettings
{
public:
    static constexpr int kCacheKiB = 65536;        // 64 MiB
    static constexpr int kCheckpointPages = 16384; // 64 MiB of WAL at 4 KiB pages

    PurgeConnectionSettings(const Database& db, bool littleSpace);
    ~PurgeConnectionSettings();
    PurgeConnectionSettings(const PurgeConnectionSettings&) = delete;
    PurgeConnectionSettings& operator=(const PurgeConnectionSettings&) = delete;

    // Copies what the run wrote from the WAL into the database file, as far as readers allow
    // (PASSIVE: never waits for them), before the settings are restored.
    VoidResult checkpointNow() const;

private:
    const Database& m_db;
    bool m_changed = false;
    qint64 m_cacheSize = 0;      // PRAGMA cache_size before: pages, or KiB when negative
    qint64 m_autoCheckpoint = 0; // PRAGMA wal_autocheckpoint before
};

} // namespace casedesk
