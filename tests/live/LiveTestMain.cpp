// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// GoogleTest with a QApplication: the live-update tests drive models that draw icons and the
// real main window (offscreen). The PostgreSQL cluster is stopped before the application goes.
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    casedesk::test::PostgresCluster::stopShared();
    return result;
}
