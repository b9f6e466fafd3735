// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "live/ChangeCursor.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

QList<CaseChange> rows(std::initializer_list<qint64> seqs)
{
    QList<CaseChange> list;
    for (qint64 seq : seqs) {
        CaseChange change;
        change.seq = seq;
        change.reference = QStringLiteral("CD-2026-%1").arg(seq, 6, 10, QLatin1Char('0'));
        list << change;
    }
    return list;
}

QList<qint64> seqs(const QList<CaseChange>& changes)
{
    QList<qint64> list;
    for (const CaseChange& change : changes)
        list << change.seq;
    return list;
}

} // namespace

TEST(ChangeCursorTest, DeliversInOrderAndNeverTwice)
{
    ChangeCursor cursor(10);
    EXPECT_EQ(cursor.readAfter(), 10);
    EXPECT_EQ(seqs(cursor.accept(rows({11, 12, 13}), 0)), (QList<qint64>{11, 12, 13}));
    EXPECT_EQ(cursor.readAfter(), 13);
    EXPECT_EQ(cursor.last(), 13);
    // Rows at or below the start, or read again, are not news.
    EXPECT_TRUE(cursor.accept(rows({9, 10, 12, 13}), 5).isEmpty());
    EXPECT_EQ(seqs(cursor.accept(rows({14}), 10)), (QList<qint64>{14}));
}

// Two writers commit in the other order than they got their numbers: 13 shows before 12.
TEST(ChangeCursorTest, ALateCommitBelowTheNewestIsStillDelivered)
{
    ChangeCursor cursor(10, 30000);
    EXPECT_EQ(seqs(cursor.accept(rows({11, 13}), 0)), (QList<qint64>{11, 13}));
    EXPECT_EQ(cursor.openGaps(), 1);
    EXPECT_EQ(cursor.readAfter(), 11) << "keeps reading from below the gap";
    // The next read returns 12 and 13 again: only 12 is new.
    EXPECT_EQ(seqs(cursor.accept(rows({12, 13}), 1000)), (QList<qint64>{12}));
    EXPECT_EQ(cursor.openGaps(), 0);
    EXPECT_EQ(cursor.readAfter(), 13);
    EXPECT_EQ(cursor.last(), 13);
}

// Rows the reader may not see (row-level security) or rolled-back numbers never arrive.
TEST(ChangeCursorTest, GapsThatNeverFillExpireAfterTheGraceTime)
{
    ChangeCursor cursor(0, 1000);
    EXPECT_EQ(seqs(cursor.accept(rows({1, 5}), 0)), (QList<qint64>{1, 5}));
    EXPECT_EQ(cursor.openGaps(), 3);
    EXPECT_EQ(cursor.readAfter(), 1);
    EXPECT_TRUE(cursor.accept(rows({5}), 999).isEmpty());
    EXPECT_EQ(cursor.openGaps(), 3);
    EXPECT_TRUE(cursor.accept(rows({5}), 1000).isEmpty());
    EXPECT_EQ(cursor.openGaps(), 0);
    EXPECT_EQ(cursor.readAfter(), 5);
    EXPECT_EQ(seqs(cursor.accept(rows({6}), 1001)), (QList<qint64>{6}));
}

TEST(ChangeCursorTest, AHugeInvisibleRangeKeepsTheGapListBounded)
{
    ChangeCursor cursor(0, 60000);
    EXPECT_EQ(seqs(cursor.accept(rows({1, 5000000}), 0)), (QList<qint64>{1, 5000000}));
    EXPECT_LE(cursor.openGaps(), 10000);
    EXPECT_GE(cursor.readAfter(), 5000000 - 10001);
    EXPECT_EQ(seqs(cursor.accept(rows({4999999, 5000000}), 10)), (QList<qint64>{4999999}));
}
