// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ctl/Commands.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

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

// The commands that lay out documents with QtGui's fonts (a case's PDF, a decision's document).
bool needsDocuments(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db") {
            ++i; // its value
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return arg == "export" || arg == "decide";
    }
    return false;
}

// Qt's QGuiApplication warns when a session has no XDG_RUNTIME_DIR (a service, cron, ssh as
// root) and then uses a private folder of its own: nothing for an operator to act on.
QtMessageHandler g_previousHandler = nullptr;
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
#ifdef Q_OS_WIN
    // The console shows what we write as UTF-8 (å, ä, ö), not in the OEM code page.
    SetConsoleOutputCP(CP_UTF8);
#endif
    std::unique_ptr<QCoreApplication> app;
    if (needsDocuments(argc, argv)) {
        // Documents are laid out with QtGui's fonts; casedeskctl never opens a window, so it runs
        // on the offscreen platform whatever the session says (a service has no display).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    installTranslations(*app);
    return casedesk::ctl::runCtl(QCoreApplication::arguments().mid(1));
}
