// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "PurgeNote.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace casedesk {

class Database;

struct MaintenanceReport
{
    QList<PurgeNote> notes;         // what was done, for people (translated) and logs (English)
    qint64 bytesReclaimed = 0;      // SQLite: how much smaller the file got
    bool checkpointComplete = true; // SQLite: the WAL was emptied (a reader can hold it back)
};

// Makes purged data leave the files and returns the space, after a purge run.
//
// SQLite (secure_delete is on for every connection, so deleted content is overwritten with
// zeros): the WAL still holds earlier images of the purged pages until a checkpoint, so the run
// ends with wal_checkpoint(TRUNCATE). Space: a database created with auto_vacuum=INCREMENTAL
// gets its free pages back with incremental_vacuum, in short steps that never block
// caseworkers long. An older database without it is converted once, with a full VACUUM, when
// at least a tenth of it is free after a purge; from then on the cheap path applies.
//
// PostgreSQL: VACUUM cannot run in a transaction and only the owner may run it; the owner runs
// VACUUM (ANALYZE) on the case tables, everyone else leaves it to autovacuum.
class StorageMaintenance
{
public:
    explicit StorageMaintenance(const Database& db)
        : m_db(db)
    {}

    Result<MaintenanceReport> afterPurge() const;
    // SQLite on a full disk, running on the reserve: incremental vacuum in steps of `stepPages`,
    // each followed by a checkpoint that empties the -wal, so that the -wal never needs more
    // than one step's room; never a full VACUUM (it needs as much room again as the file).
    Result<MaintenanceReport> afterPurgeOnLittleSpace(qint64 stepPages) const;

private:
    Result<MaintenanceReport> sqlite(qint64 stepPages, bool littleSpace) const;
    VoidResult checkpoint(MaintenanceReport& report) const;
    Result<MaintenanceReport> postgres() const;
    Result<qint64> pragma(const char* name) const;
    const Database& m_db;
};

} // namespace casedesk
