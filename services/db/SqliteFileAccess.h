// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace casedesk {

// Whether opening may make a new database. Only the programs that create one (casedeskctl
// init, the GUI on its embedded file) do; every other program needs the file to be there and
// creates nothing, not even its folder, so that a mistyped path is an error and not a new,
// empty database.
enum class OpenMode
{
    CreateIfMissing,
    ExistingOnly,
};

// How to hand an embedded database file to SQLite.
struct SqliteOpenPlan
{
    QString databaseName;   // the path, or a file: URI when the file is opened read-only
    QString connectOptions; // QSQLITE_* connect options
    // We may not write the file or its folder: the connection runs no write pragma, and a write
    // fails with "PATH is read-only".
    bool readOnly = false;
};

// Looks at the file before SQLite does, so that a missing file, a folder, an unreadable file or
// a folder we may not enter is refused with a message that names the path and the reason. With
// CreateIfMissing a missing file is made, 0600 in 0700 folders. A file we may not write (or
// whose folder we may not write, where SQLite keeps -wal and -shm) is opened read-only: with
// SQLite's mode=ro when a -wal or -shm is there (a writer may be at work, and its log holds
// committed data), else as immutable, which needs no -shm and leaves no file behind.
Result<SqliteOpenPlan> planSqliteOpen(const QString& path, OpenMode mode);

// A writable file on a disk so full that SQLite cannot even make its -shm: read it read-only,
// as immutable when its -wal holds nothing (no -shm needed), else with mode=ro through the
// -shm of the writer at work. Writes then fail; Database says "disk full" for them.
SqliteOpenPlan planSqliteOpenOnFullDisk(const QString& path);

// An SQLite failure that is about the file rather than the statement (read-only, disk full,
// I/O error, not a database, damaged, cannot open) as an error that names the file; nullopt for
// every other failure. `nativeCode` is the driver's (possibly extended) result code.
std::optional<Error> sqliteFileError(const QString& nativeCode, const QString& driverText,
                                     const QString& path);

// "disk full: FILE cannot grow, nothing was changed (…how to free space…)DETAIL".
ErrorText sqliteDiskFullMessage(const QString& file, const QString& detail = QString());

// Is this the "disk full" error of sqliteFileError (or of a database opened on a full disk)?
bool isDiskFull(const Error& error);

} // namespace casedesk
