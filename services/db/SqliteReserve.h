// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

namespace casedesk {

// A reserve ("ballast") file next to an embedded database, `<db>-reserve`: space on its disk
// that CaseDesk holds back for itself, so that on a full disk retention can still purge.
// Deleting rows needs room first: SQLite writes every changed page (with secure_delete, every
// freed page zeroed) to the -wal before it can give anything back, and a fresh -shm needs its
// 32 KiB. Only the purge path releases the reserve, when a write fails with "disk full"; it
// purges in small batches that each end with a checkpoint and an incremental vacuum, so that
// the file system gets the pages back, and makes the reserve again once there is room.
//
// The file holds zeros, is private (0600) like the database and is one of the database's
// companions that file dialogs hide and refuse.
class SqliteReserve
{
public:
    // Enough for one purge batch on the reserve with secure_delete in WAL mode, measured: every
    // page a deleted case touched, freed pages zeroed, goes to the -wal. Deleting 1 demo case
    // (form, parties, events, index entries) writes about 175 KiB of -wal, 10 cases about
    // 300 KiB, 50 about 500 KiB; attachments add their own size. An incremental vacuum step of
    // kVacuumStepOnReserve pages writes at most about three times its size. 8 MiB holds a batch
    // of ten cases with several MiB of attachments; a batch that does not fit is halved, and a
    // single case with more attachments than the reserve needs space freed by other means.
    static constexpr qint64 kDefaultBytes = 8 * 1024 * 1024;
    static constexpr int kPurgeBatchOnReserve = 10;
    static constexpr qint64 kVacuumStepOnReserve = 64;

    explicit SqliteReserve(const QString& databasePath, qint64 bytes = kDefaultBytes);

    const QString& path() const { return m_path; }
    qint64 bytes() const { return m_bytes; }

    // Makes the reserve, or tops it up to its size, when the disk has room for it and as much
    // again besides: holding space back must never itself fill the disk. Unavailable with the
    // reason when it cannot (the caller warns; a missing reserve is never an error of its own).
    VoidResult ensure() const;
    // Hands the reserve's space back to the file system; how many bytes it held (0: none).
    qint64 release() const;
    // The reserve's size on disk now (0: there is none).
    qint64 size() const;

    // The free space on the database's disk for us, in bytes (-1: unknown).
    qint64 freeSpace() const;

private:
    QString m_path;
    QString m_folder;
    qint64 m_bytes;
};

// The reserve's file name for a database file.
QString sqliteReservePath(const QString& databasePath);

} // namespace casedesk
