#include "GuiStartup.h"

#include "CaseText.h"
#include "MainWindow.h"
#include "PreferencesPage.h"
#include "UserPrompts.h"
#include "credentials/BlockingSecretRead.h"
#include "credentials/KeychainSecretStore.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "demo/DemoDataGenerator.h"
#include "repositories/CaseRepository.h"
#include "worker/DatabaseWorker.h"

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
        return fail(url.error().explain());
    KeychainSecretStore secrets;
    if (url->dialect == Dialect::Postgres && url->password.isEmpty() &&
        qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // Before any window exists there is nothing to keep responsive: a short, bounded wait
        // for the keychain is the simplest honest way to start. A missing keyring is not an
        // error here: libpq still tries ~/.pgpass.
        auto remembered = readSecretBlocking(secrets, secretKeyForDatabase(*url), 5000);
        if (remembered.ok() && remembered->has_value())
            url->password = **remembered;
    }
    // The embedded file is ours to make on first start (run-demo.sh starts on a new one); a
    // shared server database is made by its administrator.
    auto db = Database::open(*url, OpenMode::CreateIfMissing);
    if (!db.ok())
        return fail(db.error().message());
    const Migrator migrator(**db);
    // The embedded database is ours to create and upgrade; a shared one is upgraded by its
    // administrator with 'casedeskctl init'.
    VoidResult schema;
    if (url->dialect == Dialect::Sqlite) {
        if (auto migrated = migrator.migrate(); !migrated.ok())
            schema = migrated.error();
    } else {
        schema = migrator.requireCurrent();
    }
    if (!schema.ok())
        return fail(schema.error().message());

    if (parser.isSet(demoOption)) {
        // A first start that was closed or killed while filling is completed on the next.
        auto existing = CaseRepository(**db).count(CaseQuery());
        auto unfinished = DemoDataGenerator::unfinished(**db, 1);
        if ((existing.ok() && *existing == 0) || (unfinished.ok() && *unfinished)) {
            if (auto r = DemoDataGenerator(**db, 2000, 1).run(); !r.ok())
                return fail(r.error().message());
        }
    }

    // The file dialogs hide and refuse the embedded database's files (see DatabaseFiles).
    DialogPrompts prompts(url->dialect == Dialect::Sqlite ? DatabaseFiles(url->sqlitePath) : DatabaseFiles());
    DatabaseWorker worker(*url);
    MainWindow window(**db, worker, prompts);
    window.setSecretStore(&secrets);
    worker.startMonitoring();
    window.show();
    return app.exec();
}

} // namespace casedesk
