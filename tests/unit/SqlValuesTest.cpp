// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "db/SqlValues.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

// What Qt's general parser makes of the text, as fromSqlTime read every time before.
QDateTime qtParsed(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

} // namespace

TEST(SqlValues, StoredTimesReadAsQtReadsThem)
{
    for (const char* text : {"2026-12-06T13:49:00.123Z", "2024-02-29T23:59:59.999Z", "1999-01-01T00:00:00Z",
                             "2026-03-29T02:30:00.000Z"}) {
        const QString stored = QString::fromLatin1(text);
        const QDateTime fast = parseStoredUtcTime(stored);
        ASSERT_TRUE(fast.isValid()) << text;
        EXPECT_EQ(fast, qtParsed(stored)) << text;
        EXPECT_EQ(fast.timeSpec(), Qt::UTC) << text;
        EXPECT_EQ(fromSqlTime(stored), fast) << text;
        EXPECT_EQ(toSqlTime(fast).toString(), QDateTime(fast).toString(Qt::ISODateWithMs)) << text;
    }
}

TEST(SqlValues, WhatIsNotTheStoredFormGoesToQtsParser)
{
    // Not the form CaseDesk writes: the fast reader refuses it, fromSqlTime still reads it.
    for (const char* text :
         {"2026-12-06T14:49:00.123+01:00", "2026-12-06 13:49:00", "2026-12-06T13:49:00.12Z"}) {
        const QString other = QString::fromLatin1(text);
        EXPECT_FALSE(parseStoredUtcTime(other).isValid()) << text;
        EXPECT_EQ(fromSqlTime(other), qtParsed(other)) << text;
    }
    // Not a time at all, or an impossible one.
    for (const char* text :
         {"", "2026-13-06T13:49:00.123Z", "2026-02-30T13:49:00Z", "2026-12-06T24:00:00Z",
          "2026-12-06T13:49:60.000Z", "2O26-12-06T13:49:00.123Z", "2026-12-06X13:49:00.123Z",
          "2026-12-06T13:49:00,123Z", "2026-12-06T13:49:00.1a3Z", "-026-12-06T13:49:00Z"}) {
        const QString bad = QString::fromLatin1(text);
        EXPECT_FALSE(parseStoredUtcTime(bad).isValid()) << text;
        EXPECT_EQ(fromSqlTime(bad).isValid(), qtParsed(bad).isValid()) << text;
    }
    EXPECT_FALSE(fromSqlTime(QVariant()).isValid());
}

TEST(SqlValues, PostgresTimesArriveAsDateTimes)
{
    const QDateTime local(QDate(2026, 6, 1), QTime(12, 0), QTimeZone(3600));
    const QDateTime read = fromSqlTime(QVariant(local));
    EXPECT_EQ(read, local);
    EXPECT_EQ(read.timeSpec(), Qt::UTC);
    EXPECT_EQ(read.time(), QTime(11, 0));
}
