// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "intake/SafeFileName.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;

TEST(SafeFileName, KeepsOrdinaryNames)
{
    EXPECT_EQ(safeFileName(QStringLiteral("läkarintyg.pdf")), QStringLiteral("läkarintyg.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("Ansökan 2024 (kopia).docx")),
              QStringLiteral("Ansökan 2024 (kopia).docx"));
}

TEST(SafeFileName, DropsDirectories)
{
    EXPECT_EQ(safeFileName(QStringLiteral("../../etc/passwd")), QStringLiteral("passwd"));
    EXPECT_EQ(safeFileName(QStringLiteral("C:\\Windows\\evil.exe")), QStringLiteral("evil.exe"));
    EXPECT_EQ(safeFileName(QStringLiteral("/absolute/path/intyg.pdf")), QStringLiteral("intyg.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("..\\..\\boot.ini")), QStringLiteral("boot.ini"));
    EXPECT_EQ(safeFileName(QStringLiteral("dir/")), QStringLiteral("bilaga"));
}

TEST(SafeFileName, PrefixesReservedDeviceNames)
{
    EXPECT_EQ(safeFileName(QStringLiteral("CON.txt")), QStringLiteral("_CON.txt"));
    EXPECT_EQ(safeFileName(QStringLiteral("con")), QStringLiteral("_con"));
    EXPECT_EQ(safeFileName(QStringLiteral("nul.tar.gz")), QStringLiteral("_nul.tar.gz"));
    EXPECT_EQ(safeFileName(QStringLiteral("COM1.pdf")), QStringLiteral("_COM1.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("lpt9")), QStringLiteral("_lpt9"));
    EXPECT_EQ(safeFileName(QStringLiteral("CONTRACT.pdf")), QStringLiteral("CONTRACT.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("COM10.pdf")), QStringLiteral("COM10.pdf"));
}

TEST(SafeFileName, RemovesControlAndFormatCharacters)
{
    EXPECT_EQ(safeFileName(QStringLiteral("in\ttyg\n.pdf")), QStringLiteral("intyg.pdf"));
    EXPECT_EQ(safeFileName(QString::fromUtf8("a\x01\x1f\x7f"
                                             "b.pdf")),
              QStringLiteral("ab.pdf"));
    // RIGHT-TO-LEFT OVERRIDE would make "intyg\u202Efdp.exe" display as "intygexe.pdf".
    EXPECT_EQ(safeFileName(QStringLiteral("intyg\u202Efdp.exe")), QStringLiteral("intygfdp.exe"));
    EXPECT_EQ(safeFileName(QString(QChar(0))), QStringLiteral("bilaga"));
}

TEST(SafeFileName, ReplacesCharactersWindowsRefuses)
{
    EXPECT_EQ(safeFileName(QStringLiteral("a<b>c:d\"e|f?g*h.txt")), QStringLiteral("a_b_c_d_e_f_g_h.txt"));
}

TEST(SafeFileName, TrimsDotsAndSpacesAndIsNeverEmpty)
{
    EXPECT_EQ(safeFileName(QStringLiteral("...")), QStringLiteral("bilaga"));
    EXPECT_EQ(safeFileName(QString()), QStringLiteral("bilaga"));
    EXPECT_EQ(safeFileName(QStringLiteral("   ")), QStringLiteral("bilaga"));
    EXPECT_EQ(safeFileName(QStringLiteral(" .hidden. ")), QStringLiteral("hidden"));
    EXPECT_EQ(safeFileName(QStringLiteral("intyg.pdf...")), QStringLiteral("intyg.pdf"));
}

TEST(SafeFileName, CutsLongNamesKeepingTheExtension)
{
    const QString name = safeFileName(QString(1000, QLatin1Char('a')) + QStringLiteral(".pdf"));
    EXPECT_EQ(name.size(), 180);
    EXPECT_TRUE(name.endsWith(QStringLiteral("aaa.pdf")));

    // Without a plausible extension the name is simply cut.
    const QString noExtension = safeFileName(QString(300, QLatin1Char('b')));
    EXPECT_EQ(noExtension, QString(180, QLatin1Char('b')));

    // A surrogate pair is never cut in half.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QStringLiteral("\U0001F600");
    const QString cut = safeFileName(emoji + QStringLiteral(".png"));
    EXPECT_LE(cut.size(), 180);
    EXPECT_TRUE(cut.endsWith(QStringLiteral(".png")));
    EXPECT_FALSE(cut.at(cut.size() - 5).isHighSurrogate());
}

TEST(SafeFileName, NormalisesToNfc)
{
    // "a" + COMBINING RING ABOVE -> "å"
    const QString decomposed = QStringLiteral("la\u030Akarintyg.pdf");
    EXPECT_EQ(safeFileName(decomposed), QStringLiteral("l\u00E5karintyg.pdf"));
}
