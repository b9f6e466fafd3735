// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DatabaseFiles.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QSortFilterProxyModel>

namespace casedesk {

// Icons and type names from the file name alone. Qt's own provider asks QMimeDatabase, which
// opens a file to look at its content when the name does not settle the type (demo.db-wal):
// reading and closing the embedded database's files in the CaseDesk process drops SQLite's
// locks (see DatabaseFiles).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;
    // The one instance every dialog uses: it holds no state, and outlives every dialog's
    // background file-information thread.
    static NameOnlyIconProvider* shared();
};

// Hides the database's files in every folder a file dialog shows.
class HideDatabaseFilesProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    HideDatabaseFilesProxy(DatabaseFiles files, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    DatabaseFiles m_files;
};

// The file dialog of CaseDesk. On Unix it is Qt's own dialog, never the desktop's (which would
// run foreign code, thumbnailers and type sniffers, in this process), with NameOnlyIconProvider
// and HideDatabaseFilesProxy; it never starts in the database's folder. The caller still
// checks the chosen paths (DatabaseFiles::contains): a name can always be typed.
class SafeFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    SafeFileDialog(QWidget* parent, const QString& title, const DatabaseFiles& files,
                   const QString& startFolder);

    // `wanted` if it is a folder and not the database's, else the first such of Documents,
    // the home folder and the root.
    static QString safeStartFolder(const QString& wanted, const DatabaseFiles& files);
};

} // namespace casedesk
