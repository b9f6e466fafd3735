// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// One file of a package's representation (representations/rep1/data/).
struct PackageFile
{
    QString name; // a safe base name, unique in the package
    QString mimeType;
    QByteArray content;
    QString role; // "case-document", "attachment" or "decision-document": how case.xml lists it
};

// An archive package as the E-ARK Common Specification for Information Packages lays it out and
// the Swedish e-archive specifications (FGS Paketstruktur) use it:
//
//   <reference>/METS.xml                          every other file with size, MIME type, SHA-256
//   <reference>/metadata/descriptive/case.xml     the case's records metadata
//   <reference>/representations/rep1/data/...     the case PDF and every attachment as received
//
// The same case gives the same package: files in a fixed order, no time in it but METS.xml's
// creation time (metsHdr/@CREATEDATE).
class ArchivePackage
{
public:
    ArchivePackage(const CaseRecord& record, QList<PackageFile> files, const QDateTime& created);

    // The relative path of every file and its content, METS.xml last (it lists the others).
    QList<std::pair<QString, QByteArray>> files() const;

    QByteArray caseXml() const;
    QByteArray metsXml() const;

    // Base names made unique in the package: "a.pdf", "a (2).pdf", ...
    static QString uniqueName(const QString& name, QStringList& taken);

private:
    const CaseRecord& m_record;
    QList<PackageFile> m_files;
    QDateTime m_created;
};

// A package folder written beside its place and moved there when complete, so that a package is
// there whole or not at all: write() fills a hidden temporary folder in `parentFolder`,
// publish() renames it to `name`. Until published, the destructor removes what was written.
class StagedFolder
{
public:
    StagedFolder(QString parentFolder, QString name);
    ~StagedFolder();
    StagedFolder(const StagedFolder&) = delete;
    StagedFolder& operator=(const StagedFolder&) = delete;

    // Every file (relative paths with '/'), into the temporary folder. Errors name the file.
    VoidResult write(const QList<std::pair<QString, QByteArray>>& files);
    // Conflict when `name` exists and `replace` is false; with `replace` the old folder is moved
    // aside first and removed once the new one is in place.
    VoidResult publish(bool replace);
    // Takes a published folder away again (when what it records could not be stored).
    void withdraw();
    QString finalPath() const;

private:
    QString m_parent;
    QString m_name;
    QString m_staging;
    bool m_published = false;
};

} // namespace casedesk
