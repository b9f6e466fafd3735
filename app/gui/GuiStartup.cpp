#include "GuiStartup.h"

#include "CaseText.h"
#include "MainWindow.h"
#include "PreferencesPage.h"
#include "UserPrompts.h"
#include "credentials/BlockingSecretRead.h"
#include "credentials/KeychainSecretStore.h"
#include "worker/DatabaseWorker.h"
#include "worker/DesktopStart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace casedesk {

namespace {

// Swedish when asked for or when the system is Swedish; English otherwise.
QString chooseLanguage(const QString& requested)
{
    if (requested == QLatin1String("sv") || requested == QLatin1String("en"))
        return requested;
    const QString saved = PreferencesPage::savedLanguage();
    if (saved == QLatin1String("sv") || saved == QLatin1String("en"))
        return saved;
    return QLocale().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

void installTranslations(QApplication& app, const QString& language)
{
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language)))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    CaseText::setLanguage(language);
}

int fail(const QString& text)
{
    // Before the window exists, a message box is the only place a desktop user looks.
    QMessageBox::critical(nullptr, QObject::tr("CaseDesk"), text);
    return 1;
}

} // namespace

int runGui(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("CaseDesk: case handling for municipal e-services."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QObject::tr("Database URL (sqlite:/path or postgresql://...)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QObject::tr("Fill an empty database with demo data."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QObject::tr("User interface language: sv or en."), QStringLiteral("LANG"));
    parser.addOptions({dbOption, demoOption, langOption});
    parser.process(app);

    installTranslations(app, chooseLanguage(parser.value(langOption)));

    // --db, else CASEDESK_DB, else the connection chosen in Preferences, else the embedded file.
    QString requested = parser.value(dbOption);
    if (requested.isEmpty() && qEnvironmentVariableIsEmpty("CASEDESK_DB"))
        requested = PreferencesPage::defaultConnectionUrl();
    auto url = DatabaseUrl::resolve(requested);
    if (!url.ok())
        return fail(url.error().describe());
    KeychainSecretStore secrets;
    if (url->isShared() && url->password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // Before any window exists there is nothing to keep responsive: a short, bounded wait
        // for the keychain is the simplest honest way to start. A missing keyring is not an
        // error here: libpq still tries ~/.pgpass.
        auto remembered = readSecretBlocking(secrets, secretKeyForDatabase(*url), 5000);
        if (remembered.ok() && remembered->has_value())
            url->password = **remembered;
    }
    // Opened, its schema made or checked, demo data filled in; the window reads only through
    // the worker.
    auto session = prepareDesktopDatabase(*url, parser.isSet(demoOption));
    if (!session.ok())
        return fail(session.error().message);

    // The file dialogs hide and refuse the embedded database's files (see DatabaseFiles).
    DialogPrompts prompts(url->isEmbedded() ? DatabaseFiles(url->sqlitePath) : DatabaseFiles());
    DatabaseWorker worker(*url);
    MainWindow window(*session, worker, prompts);
    window.setSecretStore(&secrets);
    worker.startMonitoring();
    window.show();
    return app.exec();
}

} // namespace casedesk
