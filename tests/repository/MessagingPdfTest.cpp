// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PdfReadBack.h"

#include "messaging/DecisionService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString squeeze(QString text)
{
    return text.simplified();
}

} // namespace

TEST(MessagingPdfTest, DecisionDocumentOpensInQtPdfWithSwedishText)
{
    const QString text =
        QStringLiteral("Ansökan om färdtjänst beviljas. Åtgärden gäller även é-resor (ö, ä, å; Ö, Ä, Å).\n"
                       "Sökanden har rätt att överklaga \\ beslutet inom tre veckor.");
    const QByteArray pdf = DecisionService::renderDocument(
        QStringLiteral("CD-2026-000042"), QStringLiteral("Färdtjänst"), QStringLiteral("Beviljas"), text,
        QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()), QStringLiteral("sv"));
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.contains("pdfaid:part")); // PDF/A-1b
    const PdfReadBack back = readPdf(pdf);
    ASSERT_EQ(back.pages, 1);
    const QString all = squeeze(back.text.join(QLatin1Char(' ')));
    EXPECT_TRUE(all.contains(QStringLiteral("Beslut"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("CD-2026-000042")));
    EXPECT_TRUE(all.contains(QStringLiteral("Färdtjänst")));
    EXPECT_TRUE(all.contains(QStringLiteral("Ansökan om färdtjänst beviljas."))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("é-resor (ö, ä, å; Ö, Ä, Å)"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("överklaga \\ beslutet"))) << all.toStdString();
}

TEST(MessagingPdfTest, LongTextWrapsOntoSeveralPagesAndKeepsEveryWord)
{
    QStringList words;
    for (int i = 0; i < 1500; ++i)
        words << QStringLiteral("ord%1").arg(i);
    const QString text =
        words.join(QLatin1Char(' ')) + QStringLiteral("\n(parentes) och \\ snedstreck ) ( <b>slut</b> &amp;");
    const QByteArray pdf = DecisionService::renderDocument(
        QStringLiteral("CD-2026-000043"), QStringLiteral("Färdtjänst"), QStringLiteral("Avslås"), text,
        QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()), QStringLiteral("sv"));
    const PdfReadBack back = readPdf(pdf);
    ASSERT_GE(back.pages, 2);
    const QString all = squeeze(back.text.join(QLatin1Char(' ')));
    for (int i : {0, 1, 499, 1000, 1499})
        EXPECT_TRUE(all.contains(QStringLiteral("ord%1 ").arg(i))) << i;
    // Markup in the text is text: shown as typed, never interpreted.
    EXPECT_TRUE(all.contains(QStringLiteral("(parentes) och \\ snedstreck ) ( <b>slut</b> &amp;")))
        << all.toStdString();
    // Every page says which page it is, and of how many.
    EXPECT_TRUE(back.text.first().contains(QStringLiteral("Sida 1 av %1").arg(back.pages)));
    EXPECT_TRUE(back.text.last().contains(QStringLiteral("Sida %1 av %1").arg(back.pages)));
}
