// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoAssets.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <array>
#include <cmath>
#include <vector>

namespace casedesk::demo::DemoAssets {

namespace {

// PDF string literal in WinAnsiEncoding (Latin-1 for the letters we use).
QByteArray pdfString(const QString& text)
{
    QByteArray out("(");
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, quint32(data.size()));
    QByteArray typed(type, 4);
    typed += data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

quint32 mix(quint32 a, quint32 b, double t)
{
    quint32 result = 0;
    for (int shift : {16, 8, 0}) {
        const double ca = (a >> shift) & 0xff;
        const double cb = (b >> shift) & 0xff;
        result |= quint32(std::lround(ca + (cb - ca) * t)) << shift;
    }
    return result;
}

bool inEllipse(int x, int y, double cx, double cy, double rx, double ry)
{
    const double dx = (x - cx) / rx;
    const double dy = (y - cy) / ry;
    return dx * dx + dy * dy <= 1.0;
}

// A house in a garden under a summer sky, in one of three colours.
QByteArray housePicture(int variant)
{
    const quint32 walls[] = {0x8e2a1e, 0xe3c46b, 0xf2f0ea};
    const quint32 wall = walls[variant % 3];
    return png(160, 120, [wall](int x, int y) -> quint32 {
        if (y < 78) {
            if (inEllipse(x, y, 132, 20, 9, 9))
                return 0xfff2a8; // the sun
            const bool roof = y >= 30 && y < 50 && std::abs(x - 70) <= (y - 30) * 2 + 2;
            if (roof)
                return 0x3b3b3b;
            if (y >= 50 && x >= 32 && x <= 108) {
                if ((y >= 56 && y <= 66) && ((x >= 42 && x <= 54) || (x >= 86 && x <= 98)))
                    return 0xdfeefa; // windows
                if (y >= 60 && x >= 64 && x <= 76)
                    return 0x5a3a22; // the door
                return wall;
            }
            return mix(0x6fa8dc, 0xcfe2f3, y / 78.0);
        }
        if (y < 84 && x >= 64 && x <= 76)
            return 0xb8ab95; // the path
        return mix(0x6aa84f, 0x38761d, (y - 78) / 42.0);
    });
}

// A passport-style photo: head and shoulders on a light background.
QByteArray portraitPicture(int variant)
{
    const quint32 hair[] = {0x3d2b1f, 0xc9a66b, 0x8a8a8a};
    const quint32 hairColour = hair[variant % 3];
    return png(90, 120, [hairColour](int x, int y) -> quint32 {
        if (inEllipse(x, y, 45, 128, 40, 34))
            return 0x2f3b52; // shoulders
        if (inEllipse(x, y, 45, 50, 21, 27)) {
            if (y < 36 || (y < 48 && (x < 29 || x > 61)))
                return hairColour;
            if ((inEllipse(x, y, 37, 50, 2.5, 2) || inEllipse(x, y, 53, 50, 2.5, 2)))
                return 0x2a2a2a; // eyes
            if (y >= 64 && y <= 65 && x >= 39 && x <= 51)
                return 0xa05050; // mouth
            return 0xe8c4a8;
        }
        if (y >= 74 && y < 100 && x >= 38 && x <= 52)
            return 0xe0bc9f; // neck
        return mix(0xe6edf3, 0xc7d3de, y / 120.0);
    });
}

// Something to complain about: a pothole, an overfull litter bin or a fallen tree.
QByteArray complaintPicture(int variant)
{
    return png(160, 120, [variant](int x, int y) -> quint32 {
        const quint32 sky = mix(0x9fc5e8, 0xe6eef5, y / 50.0);
        switch (variant % 3) {
        case 0: // a pothole in the street
            if (y < 40)
                return sky;
            if (inEllipse(x, y, 82, 86, 34, 14))
                return inEllipse(x, y, 82, 88, 28, 10) ? 0x2b2b2b : 0x4a4a4a;
            if (y > 100 && (x / 20) % 2 == 0 && y < 104)
                return 0xf1f1f1; // the lane marking
            return mix(0x7a7a7a, 0x5d5d5d, (y - 40) / 80.0);
        case 1: // an overfull litter bin in the park
            if (y < 60)
                return sky;
            if (x >= 60 && x <= 96 && y >= 50 && y <= 104)
                return y < 56 ? 0x1e5631 : 0x2e7d32;
            if (inEllipse(x, y, 70, 48, 10, 6) || inEllipse(x, y, 86, 46, 9, 7) ||
                inEllipse(x, y, 112, 100, 8, 4))
                return 0xd9d2c5; // litter
            return mix(0x7cb342, 0x558b2f, (y - 60) / 60.0);
        default: // a tree across the footpath
            if (y < 55)
                return sky;
            if (std::abs((y - 70) - (x - 20) / 6) <= 4 && x >= 10 && x <= 150)
                return 0x6d4c2f;
            if (inEllipse(x, y, 132, 72, 20, 14))
                return 0x33691e;
            if (y >= 88 && y <= 100)
                return 0xc2b59b; // the footpath
            return mix(0x8bc34a, 0x558b2f, (y - 55) / 65.0);
        }
    });
}

QByteArray documentPdf(AssetKind kind, int variant)
{
    static const char* const clinics[] = {"Vårdcentralen Norr", "Vårdcentralen Söder",
                                          "Husläkarmottagningen Ödåkra"};
    const QString clinic = QString::fromUtf8(clinics[variant % 3]);
    const QString demo = QStringLiteral("Demodata från CaseDesk. Ingen riktig handling.");
    switch (kind) {
    case AssetKind::MedicalCertificate:
        return pdf(QStringLiteral("Läkarintyg"),
                   {QStringLiteral("Intyg för ansökan om parkeringstillstånd för rörelsehindrade."),
                    QStringLiteral("Utfärdat av: ") + clinic, demo});
    case AssetKind::BankStatement:
        return pdf(QStringLiteral("Kontoutdrag"),
                   {QStringLiteral("Transaktioner för de senaste tre månaderna."),
                    QStringLiteral("Saldo vid periodens slut: %1 kr").arg(312 + variant * 1187), demo});
    case AssetKind::SitePlan:
        return pdf(QStringLiteral("Situationsplan"),
                   {QStringLiteral("Skala 1:400. Planerad byggnad markerad med rött."),
                    QStringLiteral("Avstånd till tomtgräns: %1 meter").arg(4 + variant), demo});
    case AssetKind::HaccpPlan:
        return pdf(QStringLiteral("Egenkontrollprogram"),
                   {QStringLiteral("Rutiner för temperaturkontroll, rengöring och spårbarhet."),
                    QStringLiteral("Version %1").arg(variant + 1), demo});
    case AssetKind::Supplement:
        return pdf(QStringLiteral("Komplettering"), {QStringLiteral("Kompletterande uppgifter till ansökan."),
                                                     QStringLiteral("Bilaga %1 av 1").arg(1), demo});
    case AssetKind::DisabilityStatement:
        return pdf(QStringLiteral("Intyg om funktionsnedsättning"),
                   {QStringLiteral("Eleven har behov av anpassad skolskjuts."),
                    QStringLiteral("Utfärdat av: ") + clinic, demo});
    case AssetKind::PermitPhoto:
    case AssetKind::PropertyPhoto:
    case AssetKind::ComplaintPhoto:
        break;
    }
    return {};
}

DemoAsset makeAsset(AssetKind kind, int variant)
{
    DemoAsset a;
    switch (kind) {
    case AssetKind::PermitPhoto:
        a = {QStringLiteral("foto.png"), QStringLiteral("image/png"), portraitPicture(variant), {}};
        break;
    case AssetKind::PropertyPhoto:
        a = {QStringLiteral("fastighet.png"), QStringLiteral("image/png"), housePicture(variant), {}};
        break;
    case AssetKind::ComplaintPhoto:
        a = {QStringLiteral("bild.png"), QStringLiteral("image/png"), complaintPicture(variant), {}};
        break;
    case AssetKind::MedicalCertificate:
        a.fileName = QStringLiteral("läkarintyg.pdf");
        break;
    case AssetKind::BankStatement:
        a.fileName = QStringLiteral("kontoutdrag.pdf");
        break;
    case AssetKind::SitePlan:
        a.fileName = QStringLiteral("situationsplan.pdf");
        break;
    case AssetKind::HaccpPlan:
        a.fileName = QStringLiteral("egenkontrollprogram.pdf");
        break;
    case AssetKind::Supplement:
        a.fileName = QStringLiteral("komplettering.pdf");
        break;
    case AssetKind::DisabilityStatement:
        a.fileName = QStringLiteral("intyg.pdf");
        break;
    }
    if (a.content.isEmpty()) {
        a.mimeType = QStringLiteral("application/pdf");
        a.content = documentPdf(kind, variant);
    }
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
    return a;
}

constexpr int kVariants = 3;
constexpr int kKinds = int(AssetKind::DisabilityStatement) + 1;

} // namespace

QByteArray pdf(const QString& title, const QStringList& lines)
{
    QByteArray stream = "BT /F1 18 Tf 56 770 Td " + pdfString(title) + " Tj ET\nBT /F1 11 Tf 15 TL 56 740 Td";
    for (const QString& line : lines)
        stream += ' ' + pdfString(line) + " Tj T*";
    stream += " ET\n";

    const QByteArrayList objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 "
        "R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    // The binary comment line tells transfer programs that the file is not text.
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; // 20 bytes each
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray png(int width, int height, const std::function<quint32(int, int)>& pixel)
{
    QByteArray raw;
    raw.reserve(qsizetype(height) * (width * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // filter type None
        for (int x = 0; x < width; ++x) {
            const quint32 rgb = pixel(x, y);
            raw += char((rgb >> 16) & 0xff);
            raw += char((rgb >> 8) & 0xff);
            raw += char(rgb & 0xff);
        }
    }
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace

    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    appendChunk(out, "IHDR", header);
    // qCompress writes the length as 4 big-endian bytes, then a complete zlib stream (header,
    // deflate data, Adler-32): exactly what IDAT holds.
    appendChunk(out, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(out, "IEND", {});
    return out;
}

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

int variantCount(AssetKind)
{
    return kVariants;
}

const DemoAsset& asset(AssetKind kind, int variant)
{
    static const std::vector<DemoAsset> all = [] {
        std::vector<DemoAsset> assets;
        for (int k = 0; k < kKinds; ++k)
            for (int v = 0; v < kVariants; ++v)
                assets.push_back(makeAsset(AssetKind(k), v));
        return assets;
    }();
    return all.at(std::size_t(int(kind) * kVariants + (variant % kVariants)));
}

} // namespace casedesk::demo::DemoAssets
