#include "ctl/Commands.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

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
    return casedesk::ctl::runCtl(QCoreApplication::arguments().mid(1));
}
