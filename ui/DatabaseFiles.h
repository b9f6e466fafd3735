// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>
#include <QStringList>

namespace casedesk {

// The embedded database file and its companions (-wal, -shm, -journal, -reserve): files nothing in the
// CaseDesk process but SQLite may open. SQLite's locks on Unix vanish when *any* descriptor of
// the file is closed, so a file dialog guessing a type, or attaching the database to a message,
// would silently give the database away to other programs (see SqliteFileWatch). Knows paths,
// not SQL: the prompts and dialogs use it to hide and refuse these files.
class DatabaseFiles
{
public:
    DatabaseFiles() = default; // nothing to protect (PostgreSQL, an in-memory database)
    explicit DatabaseFiles(const QString& databasePath);

    bool isEmpty() const { return m_paths.isEmpty(); }
    // Is `path` one of the database's files, by name (after resolving links and "..") or as
    // the same file on disk (a hard or symbolic link)? Looks only at names and stat(), never
    // opens anything.
    bool contains(const QString& path) const;
    // Is `folder` the folder the database is in?
    bool isDatabaseFolder(const QString& folder) const;

private:
    QStringList m_paths; // the five names, as given and with links resolved
    QString m_folder;    // the database's folder, links resolved
};

} // namespace casedesk
