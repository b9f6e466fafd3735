// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PagedDocument.h"

#include "PdfTextMap.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QHashSeed>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace casedesk {

namespace {

QFont documentFont(double pointSize, bool bold = false)
{
    QFont font;
    // DejaVu Sans covers every script our applicants' names come in; the others are what
    // Windows and other systems have where it is missing. Qt falls back per character after them.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString pageOf(const QString& language, int page, int pages)
{
    return language == QLatin1String("en") ? QStringLiteral("Page %1 of %2").arg(page).arg(pages)
                                           : QStringLiteral("Sida %1 av %2").arg(page).arg(pages);
}

} // namespace

void paintPagedDocument(const PagedDocument& document, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const QRectF paper(QPointF(0, 0), QSizeF(painter.viewport().size()));
    const QFont small = documentFont(8);
    const QFontMetricsF smallMetrics(small, &device);
    const double line = smallMetrics.height();
    // Header (and marking) above the body, page numbers below it.
    const double top = line * (document.marking.isEmpty() ? 2 : 3.5);
    const double bottom = line * 2;
    const QRectF body(paper.left(), paper.top() + top, paper.width(), paper.height() - top - bottom);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&device);
    text.setDefaultFont(documentFont(10));
    text.setDocumentMargin(0);
    text.setHtml(document.html);
    text.setPageSize(body.size());
    const int pages = qMax(1, text.pageCount());

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setPen(Qt::black);
        painter.setFont(small);
        // A long e-service name gives way to the reference on the right.
        const double titleWidth = paper.width() - smallMetrics.horizontalAdvance(document.headerRight) - line;
        painter.drawText(QRectF(paper.left(), paper.top(), paper.width(), line), Qt::AlignLeft | Qt::AlignTop,
                         smallMetrics.elidedText(document.title, Qt::ElideRight, titleWidth));
        painter.drawText(QRectF(paper.left(), paper.top(), paper.width(), line),
                         Qt::AlignRight | Qt::AlignTop, document.headerRight);
        painter.drawLine(QPointF(paper.left(), paper.top() + line * 1.2),
                         QPointF(paper.right(), paper.top() + line * 1.2));
        if (!document.marking.isEmpty()) {
            // In words, bold and framed: never a colour alone (a printout may be black and white).
            painter.setFont(documentFont(8, true));
            const QRectF mark(paper.left(), paper.top() + line * 1.6, paper.width(), line * 1.3);
            painter.drawRect(mark);
            painter.drawText(mark, Qt::AlignCenter, document.marking);
            painter.setFont(small);
        }
        painter.drawText(QRectF(paper.left(), paper.bottom() - line, paper.width(), line),
                         Qt::AlignRight | Qt::AlignBottom, pageOf(document.language, page + 1, pages));

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

namespace {

// Overwrites the bytes after the first `prefix` in `pdf` with `value` (as many as it has), so
// that no offset in the file moves.
void overwriteAfter(QByteArray& pdf, const QByteArray& prefix, const QByteArray& value)
{
    const qsizetype at = pdf.indexOf(prefix);
    if (at >= 0 && at + prefix.size() + value.size() <= pdf.size())
        pdf.replace(at + prefix.size(), value.size(), value);
}

// Qt's PDF engine stamps the file with the time it was written (the Info dictionary and the XMP
// metadata, the same moment in both as PDF/A wants) and derives the file's /ID from it. Pinned to
// `createdAt`, and the /ID to the content, the same document always gives the same bytes.
void pinCreation(QByteArray& pdf, const QDateTime& createdAt)
{
    const QDateTime utc = createdAt.toUTC();
    overwriteAfter(pdf, QByteArrayLiteral("/CreationDate (D:"),
                   utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1());
    const QByteArray xmpTime = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    overwriteAfter(pdf, QByteArrayLiteral("xmp:CreateDate=\""), xmpTime);
    overwriteAfter(pdf, QByteArrayLiteral("xmp:ModifyDate=\""), xmpTime);
    // The trailer's "/ID [ <32 hex> <32 hex> ]": both halves from the content before it.
    const QByteArray idPrefix = QByteArrayLiteral("/ID [ <");
    const qsizetype id = pdf.lastIndexOf(idPrefix);
    const qsizetype first = id + idPrefix.size();
    const qsizetype second = first + 32 + 3; // past "> <"
    if (id < 0 || second + 32 > pdf.size() || pdf.mid(first + 32, 3) != QByteArrayLiteral("> <"))
        return;
    const QByteArray digest = QCryptographicHash::hash(pdf.left(id), QCryptographicHash::Md5).toHex();
    pdf.replace(first, 32, digest);
    pdf.replace(second, 32, digest);
}

// Qt's PDF engine writes the fonts in the order of a QHash, which Qt seeds at random in every
// process: the same document would embed its fonts in another order each time. A fixed seed while
// the document is written keeps the order; other threads' hashes made meanwhile merely lose
// their random seed.
class FixedHashOrder
{
public:
    FixedHashOrder() { QHashSeed::setDeterministicGlobalSeed(); }
    ~FixedHashOrder() { QHashSeed::resetRandomGlobalSeed(); }
    FixedHashOrder(const FixedHashOrder&) = delete;
    FixedHashOrder& operator=(const FixedHashOrder&) = delete;
};

} // namespace

QByteArray renderPdfA(const PagedDocument& document, const QDateTime& createdAt)
{
    QByteArray bytes;
    {
        const FixedHashOrder fixedOrder;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));
        paintPagedDocument(document, writer);
    }
    mapPresentationFormsToLetters(bytes);
    if (createdAt.isValid())
        pinCreation(bytes, createdAt);
    return bytes;
}

} // namespace casedesk
