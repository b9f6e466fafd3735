// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casedesk::demo {

// One attachment's content, made once and reused by every case that attaches it: a million
// demo cases hold a few dozen distinct files.
struct DemoAsset
{
    QString fileName;
    QString mimeType;
    QByteArray content;
    QString sha256; // lowercase hex, as the attachments table stores it
};

enum class AssetKind
{
    MedicalCertificate, // läkarintyg.pdf
    PermitPhoto,        // foto.png
    BankStatement,      // kontoutdrag.pdf
    SitePlan,           // situationsplan.pdf
    PropertyPhoto,      // fastighet.png
    HaccpPlan,          // egenkontrollprogram.pdf
    ComplaintPhoto,     // bild.png
    Supplement,         // komplettering.pdf, sent with a message
    DisabilityStatement // intyg.pdf
};

namespace DemoAssets {

// A minimal but complete PDF 1.4: one A4 page with a title and lines of text in Helvetica
// (WinAnsiEncoding, so å, ä and ö print), a cross-reference table with exact offsets.
QByteArray pdf(const QString& title, const QStringList& lines);

// A PNG image (8-bit RGB) with IHDR, one zlib-compressed IDAT and IEND, each with its CRC.
// `pixel(x, y)` returns 0xRRGGBB.
QByteArray png(int width, int height, const std::function<quint32(int, int)>& pixel);

// CRC-32 as PNG and zlib use it (polynomial 0xEDB88320).
quint32 crc32(const QByteArray& data);

// Every asset, built on first use (thread-safe); there are a few variants of each kind.
const DemoAsset& asset(AssetKind kind, int variant);
int variantCount(AssetKind kind);

} // namespace DemoAssets
} // namespace casedesk::demo
