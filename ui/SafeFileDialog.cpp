// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SafeFileDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace casedesk {

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder
                                                : QAbstractFileIconProvider::File);
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir())
        return QCoreApplication::translate("casedesk::NameOnlyIconProvider", "Folder");
    // By the name's glob patterns only: mimeTypesForFileName never reads the file.
    const QList<QMimeType> byName = QMimeDatabase().mimeTypesForFileName(info.fileName());
    if (!byName.isEmpty() && !byName.first().comment().isEmpty())
        return byName.first().comment();
    return info.suffix().isEmpty()
               ? QCoreApplication::translate("casedesk::NameOnlyIconProvider", "File")
               : QCoreApplication::translate("casedesk::NameOnlyIconProvider", "%1 file").arg(info.suffix());
}

NameOnlyIconProvider* NameOnlyIconProvider::shared()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

HideDatabaseFilesProxy::HideDatabaseFilesProxy(DatabaseFiles files, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_files(std::move(files))
{}

bool HideDatabaseFilesProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const QFileSystemModel*>(sourceModel());
    if (!model || m_files.isEmpty())
        return true;
    return !m_files.contains(model->filePath(model->index(sourceRow, 0, sourceParent)));
}

SafeFileDialog::SafeFileDialog(QWidget* parent, const QString& title, const DatabaseFiles& files,
                               const QString& startFolder)
    // The root at first, not the working directory (which may be the database's folder): the
    // model starts listing at once, before the icon provider and the filter are in place.
    : QFileDialog(parent, title, QDir::rootPath())
{
#ifdef Q_OS_UNIX
    setOption(QFileDialog::DontUseNativeDialog, true);
#endif
    setOption(QFileDialog::DontUseCustomDirectoryIcons, true);
    setIconProvider(NameOnlyIconProvider::shared());
    setProxyModel(new HideDatabaseFilesProxy(files, this));
    setDirectory(safeStartFolder(startFolder, files));
}

QString SafeFileDialog::safeStartFolder(const QString& wanted, const DatabaseFiles& files)
{
    const QStringList candidates{wanted, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                 QDir::homePath(), QDir::rootPath()};
    for (const QString& folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir() && !files.isDatabaseFolder(folder))
            return folder;
    }
    return QDir::rootPath();
}

} // namespace casedesk
