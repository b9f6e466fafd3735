// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FileTypes.h"

#include "ContentSniffer.h"
#include "IntakeSupport.h"
#include "SafeFileName.h"

namespace casedesk {

namespace {

constexpr qsizetype kMaxExtensionLength = 16;

QString lastExtension(const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || fileName.size() - dot - 1 > kMaxExtensionLength || dot == fileName.size() - 1)
        return {};
    const QString extension = fileName.mid(dot + 1);
    if (extension.contains(QLatin1Char(' ')))
        return {};
    return extension.toLower();
}

bool isHeic(const QByteArray& content)
{
    if (content.size() < 12 || content.mid(4, 4) != QByteArrayLiteral("ftyp"))
        return false;
    static const QList<QByteArray> brands{QByteArrayLiteral("heic"), QByteArrayLiteral("heix"),
                                          QByteArrayLiteral("heim"), QByteArrayLiteral("heis"),
                                          QByteArrayLiteral("hevc"), QByteArrayLiteral("hevx"),
                                          QByteArrayLiteral("mif1"), QByteArrayLiteral("msf1")};
    return brands.contains(content.mid(8, 4));
}

// A zip package: OpenDocument names its type in a first, stored entry "mimetype"; Office Open
// XML has "[Content_Types].xml" and its part folders.
QString zipPackageType(const QString& declared, const QByteArray& content)
{
    const QByteArray head = content.left(4096);
    if (head.mid(30, 8) == QByteArrayLiteral("mimetype")) {
        const QByteArray type = head.mid(38, 64);
        if (type.startsWith("application/vnd.oasis.opendocument.text") &&
            !type.startsWith("application/vnd.oasis.opendocument.text-"))
            return QStringLiteral("odt");
        if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet") &&
            !type.startsWith("application/vnd.oasis.opendocument.spreadsheet-"))
            return QStringLiteral("ods");
        return QStringLiteral("zip");
    }
    if (!content.contains("[Content_Types].xml"))
        return QStringLiteral("zip");
    const bool word = content.contains("word/");
    const bool excel = content.contains("xl/");
    const bool powerPoint = content.contains("ppt/");
    const QString essence = mimeTypeEssence(declared);
    // The declared type decides between parts a package may hold several of.
    for (const QString& id : {QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx")}) {
        const FileType* type = fileTypeById(id);
        const bool marker = id == QLatin1String("docx")   ? word
                            : id == QLatin1String("xlsx") ? excel
                                                          : powerPoint;
        if (type && marker && essence == type->mimeType)
            return id;
    }
    if (word)
        return QStringLiteral("docx");
    if (excel)
        return QStringLiteral("xlsx");
    if (powerPoint)
        return QStringLiteral("pptx");
    return QStringLiteral("zip");
}

} // namespace

const QList<FileType>& knownFileTypes()
{
    static const QList<FileType> types{
        {QStringLiteral("pdf"), QStringLiteral("application/pdf"), {QStringLiteral("pdf")}},
        {QStringLiteral("jpeg"),
         QStringLiteral("image/jpeg"),
         {QStringLiteral("jpg"), QStringLiteral("jpeg")}},
        {QStringLiteral("png"), QStringLiteral("image/png"), {QStringLiteral("png")}},
        {QStringLiteral("heic"),
         QStringLiteral("image/heic"),
         {QStringLiteral("heic"), QStringLiteral("heif")}},
        {QStringLiteral("gif"), QStringLiteral("image/gif"), {QStringLiteral("gif")}},
        {QStringLiteral("tiff"),
         QStringLiteral("image/tiff"),
         {QStringLiteral("tif"), QStringLiteral("tiff")}},
        {QStringLiteral("webp"), QStringLiteral("image/webp"), {QStringLiteral("webp")}},
        {QStringLiteral("text"), QStringLiteral("text/plain"), {QStringLiteral("txt")}},
        {QStringLiteral("docx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
         {QStringLiteral("docx")}},
        {QStringLiteral("xlsx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         {QStringLiteral("xlsx")}},
        {QStringLiteral("pptx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
         {QStringLiteral("pptx")}},
        {QStringLiteral("odt"),
         QStringLiteral("application/vnd.oasis.opendocument.text"),
         {QStringLiteral("odt")}},
        {QStringLiteral("ods"),
         QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
         {QStringLiteral("ods")}},
        {QStringLiteral("zip"), QStringLiteral("application/zip"), {QStringLiteral("zip")}},
    };
    return types;
}

const FileType* fileTypeById(const QString& id)
{
    for (const FileType& type : knownFileTypes()) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

QStringList defaultFileTypes()
{
    return {QStringLiteral("pdf"),  QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("heic"),
            QStringLiteral("text"), QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("odt")};
}

QStringList allowedFileTypes(const QString& stored)
{
    if (stored.trimmed().isEmpty())
        return defaultFileTypes();
    auto parsed = parseFileTypeList(stored);
    // The database checks the form; an id this CaseDesk does not know allows nothing.
    return parsed.ok() && !parsed->isEmpty() ? *parsed : defaultFileTypes();
}

Result<QStringList> parseFileTypeList(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0)
        return QStringList();
    QStringList ids;
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        const QString id = part.trimmed().toLower();
        if (id.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("casedesk::Errors", "a comma-separated list of file types, or default"),
                QStringLiteral("LIST"));
        if (!fileTypeById(id)) {
            QStringList known;
            for (const FileType& type : knownFileTypes())
                known.append(type.id);
            return makeError(ErrorCode::InvalidInput,
                             {QT_TRANSLATE_NOOP("casedesk::Errors", "unknown file type '%1' (known: %2)"),
                              {id, known.join(QStringLiteral(", "))}},
                             QStringLiteral("LIST"));
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString detectFileType(const QString& declaredMimeType, const QByteArray& content)
{
    if (isHeic(content))
        return QStringLiteral("heic");
    const QString sniffed = sniffMimeType(content);
    if (sniffed.isEmpty() || isExecutableMimeType(sniffed))
        return {};
    if (sniffed == QLatin1String("application/zip"))
        return zipPackageType(declaredMimeType, content);
    for (const FileType& type : knownFileTypes()) {
        if (type.mimeType == sniffed)
            return type.id;
    }
    return {};
}

bool hasExtensionOf(const QString& fileName, const FileType& type)
{
    return type.extensions.contains(lastExtension(fileName));
}

QString withExtensionOf(const QString& fileName, const FileType& type)
{
    const QString extension = lastExtension(fileName);
    const QString stem =
        extension.isEmpty() ? fileName : fileName.left(fileName.size() - extension.size() - 1);
    return stem + QLatin1Char('.') + type.extensions.constFirst();
}

bool hasExecutableExtension(const QString& fileName)
{
    static const QStringList executable{
        QStringLiteral("exe"),         QStringLiteral("com"),       QStringLiteral("scr"),
        QStringLiteral("pif"),         QStringLiteral("bat"),       QStringLiteral("cmd"),
        QStringLiteral("ps1"),         QStringLiteral("psm1"),      QStringLiteral("psd1"),
        QStringLiteral("vbs"),         QStringLiteral("vbe"),       QStringLiteral("js"),
        QStringLiteral("jse"),         QStringLiteral("mjs"),       QStringLiteral("wsf"),
        QStringLiteral("wsh"),         QStringLiteral("hta"),       QStringLiteral("htm"),
        QStringLiteral("html"),        QStringLiteral("svg"),       QStringLiteral("msi"),
        QStringLiteral("msp"),         QStringLiteral("mst"),       QStringLiteral("lnk"),
        QStringLiteral("url"),         QStringLiteral("reg"),       QStringLiteral("cpl"),
        QStringLiteral("jar"),         QStringLiteral("appx"),      QStringLiteral("msix"),
        QStringLiteral("application"), QStringLiteral("appref-ms"), QStringLiteral("gadget"),
        QStringLiteral("inf"),         QStringLiteral("scf"),       QStringLiteral("chm"),
        QStringLiteral("dll"),         QStringLiteral("sys"),       QStringLiteral("iso"),
        QStringLiteral("img"),         QStringLiteral("vhd"),       QStringLiteral("vhdx"),
        QStringLiteral("sh"),          QStringLiteral("desktop"),   QStringLiteral("run"),
        QStringLiteral("appimage"),    QStringLiteral("py"),        QStringLiteral("pl"),
        QStringLiteral("rb"),          QStringLiteral("xll"),       QStringLiteral("docm"),
        QStringLiteral("xlsm"),        QStringLiteral("pptm"),      QStringLiteral("settingcontent-ms"),
    };
    return executable.contains(lastExtension(fileName));
}

Result<QList<RenamedAttachment>> applyFileTypeRule(QList<IncomingAttachment>& attachments,
                                                   const QStringList& allowed, const QString& eserviceId,
                                                   const QString& field)
{
    QStringList original;
    QList<bool> renamed;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        IncomingAttachment& a = attachments[i];
        const QString id = detectFileType(a.mimeType, a.content);
        const FileType* type = fileTypeById(id);
        if (!type || !allowed.contains(id)) {
            QString label = id;
            if (label.isEmpty())
                label = mimeTypeEssence(a.mimeType);
            if (label.isEmpty())
                label = QStringLiteral("unknown");
            return makeError(
                ErrorCode::InvalidInput,
                {QT_TRANSLATE_NOOP("casedesk::Errors", "type %1 is not allowed for e-service %2"),
                 {label, eserviceId}},
                intake::indexPath(field, i) + QStringLiteral(".fileName"));
        }
        original.append(a.fileName);
        a.mimeType = type->mimeType;
        const bool fits = hasExtensionOf(a.fileName, *type) && !hasExecutableExtension(a.fileName);
        renamed.append(!fits);
        if (!fits)
            a.fileName = safeFileName(withExtensionOf(a.fileName, *type));
    }
    intake::makeAttachmentNamesUnique(attachments);
    QList<RenamedAttachment> renames;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (renamed.at(i))
            renames.append({original.at(i), attachments.at(i).fileName});
    }
    return renames;
}

bool mayOpenOnDesktop(const QString& fileName, const QString& mimeType, const QStringList& allowed)
{
    if (hasExecutableExtension(fileName))
        return false;
    const QString essence = mimeTypeEssence(mimeType);
    for (const FileType& type : knownFileTypes()) {
        if (type.mimeType == essence)
            return allowed.contains(type.id) && hasExtensionOf(fileName, type);
    }
    return false;
}

bool mayOpenOnDesktop(const QString& fileName, const QString& mimeType, const QByteArray& content,
                      const QStringList& allowed)
{
    if (!mayOpenOnDesktop(fileName, mimeType, allowed))
        return false;
    const FileType* type = fileTypeById(detectFileType(mimeType, content));
    return type && type->mimeType == mimeTypeEssence(mimeType);
}

} // namespace casedesk
