// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ctl/Commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// Error messages in the language of the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the GUI
// chooses it: Swedish for a Swedish system, the English source texts otherwise.
void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale::system(), QStringLiteral("casedesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char** argv)
{
#ifdef Q_OS_WIN
    // The console shows what we write as UTF-8 (å, ä, ö), not in the OEM code page.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    installTranslations(app);
    return casedesk::ctl::runCtl(QCoreApplication::arguments().mid(1));
}
