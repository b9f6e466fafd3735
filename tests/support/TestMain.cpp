// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

// GoogleTest with a QGuiApplication on the offscreen platform (as casedeskctl runs), so that
// Qt's SQL drivers, timers and processes work and documents (QTextDocument, QPdfWriter) find
// their fonts. The PostgreSQL cluster, if a test started one, is stopped before the application goes.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    casedesk::test::PostgresCluster::stopShared();
    return result;
}
