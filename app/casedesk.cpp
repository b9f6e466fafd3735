// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "gui/GuiStartup.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("casedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.casedesk.CaseDesk"));
    return casedesk::runGui(app);
}
