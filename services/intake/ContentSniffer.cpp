// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ContentSniffer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace casedesk {

namespace {

const QString Pdf = QStringLiteral("application/pdf");
const QString Png = QStringLiteral("image/png");
const QString Jpeg = QStringLiteral("image/jpeg");
const QString Gif = QStringLiteral("image/gif");
const QString Webp = QStringLiteral("image/webp");
const QString Tiff = QStringLiteral("image/tiff");
const QString Zip = QStringLiteral("application/zip");
const QString Text = QStringLiteral("text/plain");
const QString WindowsExe = QStringLiteral("application/x-msdownload");
const QString Elf = QStringLiteral("application/x-executable");
const QString MachO = QStringLiteral("application/x-mach-binary");
const QString Script = QStringLiteral("text/x-script");

bool startsWith(const QByteArray& content, const char* magic, qsizetype length, qsizetype at = 0)
{
    return content.size() >= at + length && content.mid(at, length) == QByteArray(magic, length);
}

// Strict UTF-8 (no overlong forms, surrogates or code points over U+10FFFF, no sequence cut
// off at the end) without NUL.
bool isUtf8TextWithoutNul(const QByteArray& content)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(content.constData());
    const qsizetype size = content.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        if (lead == 0)
            return false;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// A Windows PE file: "MZ", and at the offset stored at 0x3C the signature "PE\0\0".
bool isPortableExecutable(const QByteArray& content)
{
    if (content.size() < 0x40)
        return false;
    const auto byte = [&](qsizetype i) { return quint32(quint8(content.at(i))); };
    const quint32 offset = byte(0x3C) | (byte(0x3D) << 8) | (byte(0x3E) << 16) | (byte(0x3F) << 24);
    return qint64(offset) + 4 <= content.size() && startsWith(content, "PE\0\0", 4, qsizetype(offset));
}

QString sniffExecutable(const QByteArray& content)
{
    if (startsWith(content, "MZ", 2) && (isPortableExecutable(content) || !isUtf8TextWithoutNul(content)))
        return WindowsExe;
    if (startsWith(content,
                   "\x7F"
                   "ELF",
                   4))
        return Elf;
    if (startsWith(content, "#!", 2))
        return Script;
    if (startsWith(content, "\xFE\xED\xFA\xCE", 4) || startsWith(content, "\xFE\xED\xFA\xCF", 4) ||
        startsWith(content, "\xCE\xFA\xED\xFE", 4) || startsWith(content, "\xCF\xFA\xED\xFE", 4))
        return MachO;
    return {};
}

bool isZipBased(const QString& essence)
{
    return essence == Zip || essence == QLatin1String("application/x-zip-compressed") ||
           essence.startsWith(QLatin1String("application/vnd.openxmlformats-officedocument.")) ||
           essence.startsWith(QLatin1String("application/vnd.oasis.opendocument."));
}

// The sniffed type `essence` must have, or empty when we cannot tell.
QString expectedSniffedType(const QString& essence)
{
    if (essence == Pdf || essence == Png || essence == Gif || essence == Webp || essence == Tiff ||
        essence == Text)
        return essence;
    if (essence == Jpeg || essence == QLatin1String("image/jpg") || essence == QLatin1String("image/pjpeg"))
        return Jpeg;
    if (isZipBased(essence))
        return Zip;
    return {};
}

bool isDeclaredExecutable(const QString& essence)
{
    static const QStringList types{
        WindowsExe,
        Elf,
        MachO,
        Script,
        QStringLiteral("application/x-dosexec"),
        QStringLiteral("application/x-msdos-program"),
        QStringLiteral("application/vnd.microsoft.portable-executable"),
        QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-sh"),
        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-bat"),
        QStringLiteral("application/x-msi"),
        QStringLiteral("application/x-ms-installer"),
    };
    return types.contains(essence);
}

QString charsetOf(const QString& declared)
{
    static const QRegularExpression charset(QStringLiteral(R"(;\s*charset\s*=\s*"?([^";\s]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(declared);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

Error refuse(ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason));
}

} // namespace

QString sniffMimeType(const QByteArray& content)
{
    const QString executable = sniffExecutable(content);
    if (!executable.isEmpty())
        return executable;
    if (startsWith(content, "%PDF-", 5))
        return Pdf;
    if (startsWith(content, "\x89PNG\r\n\x1A\n", 8))
        return Png;
    if (startsWith(content, "\xFF\xD8\xFF", 3))
        return Jpeg;
    if (startsWith(content, "GIF87a", 6) || startsWith(content, "GIF89a", 6))
        return Gif;
    if (startsWith(content, "RIFF", 4) && startsWith(content, "WEBP", 4, 8))
        return Webp;
    if (startsWith(content, "II*\0", 4) || startsWith(content, "MM\0*", 4))
        return Tiff;
    if (startsWith(content, "PK\x03\x04", 4) || startsWith(content, "PK\x05\x06", 4))
        return Zip;
    if (!content.isEmpty() && isUtf8TextWithoutNul(content))
        return Text;
    return {};
}

bool isExecutableMimeType(const QString& mimeType)
{
    return mimeType == WindowsExe || mimeType == Elf || mimeType == MachO || mimeType == Script;
}

QString mimeTypeEssence(const QString& declared)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$)"));
    const QString essence = declared.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return form.match(essence).hasMatch() ? essence : QString();
}

VoidResult checkDeclaredMimeType(const QString& declared, const QByteArray& content)
{
    const QString essence = mimeTypeEssence(declared);
    if (essence.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid MIME type"));

    const QString sniffed = sniffMimeType(content);
    if (isExecutableMimeType(sniffed) || isDeclaredExecutable(essence))
        return refuse(QT_TRANSLATE_NOOP("casedesk::Errors", "executable content is not accepted"));

    const QString expected = expectedSniffedType(essence);
    if (expected.isEmpty())
        return {}; // a type we cannot check

    if (expected == Text) {
        // Text in a declared legacy charset cannot be checked as UTF-8; it must still not be
        // binary.
        const QString charset = charsetOf(declared);
        const bool utf8 = charset.isEmpty() || charset == QLatin1String("utf-8") ||
                          charset == QLatin1String("utf8") || charset == QLatin1String("us-ascii");
        if (content.isEmpty())
            return {};
        if (!utf8 && !content.contains('\0') && (sniffed.isEmpty() || sniffed == Text))
            return {};
    }

    if (sniffed == expected)
        return {};
    if (sniffed.isEmpty())
        return refuse(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the content does not look like %1"), {essence}});
    return refuse(
        {QT_TRANSLATE_NOOP("casedesk::Errors", "declared as %1 but the content is %2"), {essence, sniffed}});
}

QString mimeTypeForFileName(const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QString extension = fileName.mid(dot + 1).toLower();
    static const QHash<QString, QString> types{
        {QStringLiteral("pdf"), Pdf},
        {QStringLiteral("png"), Png},
        {QStringLiteral("jpg"), Jpeg},
        {QStringLiteral("jpeg"), Jpeg},
        {QStringLiteral("gif"), Gif},
        {QStringLiteral("webp"), Webp},
        {QStringLiteral("tif"), Tiff},
        {QStringLiteral("tiff"), Tiff},
        {QStringLiteral("zip"), Zip},
        {QStringLiteral("txt"), Text},
        {QStringLiteral("docx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
        {QStringLiteral("xlsx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("pptx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation")},
        {QStringLiteral("odt"), QStringLiteral("application/vnd.oasis.opendocument.text")},
        {QStringLiteral("ods"), QStringLiteral("application/vnd.oasis.opendocument.spreadsheet")},
        {QStringLiteral("odp"), QStringLiteral("application/vnd.oasis.opendocument.presentation")},
        {QStringLiteral("doc"), QStringLiteral("application/msword")},
        {QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("rtf"), QStringLiteral("application/rtf")},
        {QStringLiteral("csv"), QStringLiteral("text/csv")},
    };
    return types.value(extension);
}

} // namespace casedesk
