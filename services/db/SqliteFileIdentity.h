// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace casedesk {

// Notices when the embedded database's files on disk are no longer the ones this process holds.
//
// SQLite's locks on Unix are POSIX advisory locks: they belong to the process and vanish when
// *any* descriptor of the file is closed, by any code in the process (a file dialog guessing a
// type, say). Another program that then opens and closes the database believes it was the
// last user: it checkpoints, deletes the -wal and -shm, and from then on this process writes
// into deleted files ("How to corrupt an SQLite database file", §2.2). The only trace is on
// disk: the paths -wal and -shm are missing or are new files (another inode).
//
// SQLite shares one lock and shared-memory state per database file among all connections of
// the process, so a loss is the process's, not one connection's: the state is kept per file in
// a process-wide table, and once lost it stays lost for every connection to that file until
// all of them are gone (see abandonConnection()). A no-op on Windows, whose locks are mandatory
// and per handle.
class SqliteFileWatch
{
public:
    // Starts watching the database file at `path` for one connection, which must be open and in
    // WAL mode already (its -wal and -shm exist then). Returns null for ":memory:" and
    // where nothing can be watched (Windows).
    static std::unique_ptr<SqliteFileWatch> attach(const QString& path);
    ~SqliteFileWatch();

    SqliteFileWatch(const SqliteFileWatch&) = delete;
    SqliteFileWatch& operator=(const SqliteFileWatch&) = delete;

    // Are the files on disk still the ones held? Unavailable, naming the file, when they are
    // not; from then on (for every connection to the file in this process) without looking.
    VoidResult check() const;
    // Has a loss been seen (by any connection to this file in this process)?
    bool lost() const;

    // A connection to a file whose -wal was lost must never be closed: closing the last one
    // checkpoints the deleted -wal into the database file, over pages other programs may have
    // changed since. The connection is kept open, unused, until the process ends (the kernel
    // then drops the descriptors without SQLite writing anything).
    static void keepOpenUntilExit(const QString& connectionName);

private:
    SqliteFileWatch(QString path, quint64 device, quint64 inode);

    QString m_path;
    // The main file's identity when the connection opened: SQLite keys its per-process shared
    // state by it, and so does the table of watched files.
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace casedesk
