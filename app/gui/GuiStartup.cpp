// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "GuiStartup.h"

#include "CaseText.h"
#include "MainWindow.h"
#include "PreferencesPage.h"
#include "Translations.h"
#include "UserPrompts.h"
#include "credentials/DatabasePasswordProvider.h"
#include "credentials/KeychainSecretStore.h"
#include "worker/DatabasePreparation.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

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
    const bool embedded = url->isEmbedded();
    PreparationOptions options;
    options.fillDemo = parser.isSet(demoOption);

    // Nothing below waits on the window's thread: the keyring answers through a callback, and
    // opening, upgrading and filling the database run on a thread of their own while a progress
    // dialog (after a moment, so that a quick start shows none) says what is happening.
    KeychainSecretStore secrets;
    DatabasePasswordProvider passwords(secrets);
    QProgressDialog progress(options.fillDemo ? QObject::tr("Opening the database and making demo cases…")
                                              : QObject::tr("Opening the database…"),
                             QObject::tr("Quit"), 0, 0);
    progress.setWindowTitle(QObject::tr("CaseDesk"));
    progress.setAccessibleName(QObject::tr("Starting CaseDesk"));
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.reset(); // hidden until the timer below shows it
    QTimer showProgress;
    showProgress.setSingleShot(true);
    QObject::connect(&showProgress, &QTimer::timeout, &progress, &QProgressDialog::show);
    QObject::connect(&progress, &QProgressDialog::canceled, &app, [] { QApplication::exit(1); });

    // Destroyed in reverse: the window, then its worker, then the session it reads; the
    // preparation last, which waits for its thread should the person quit while it runs.
    BackgroundPreparation preparation;
    std::unique_ptr<Session> session;
    std::unique_ptr<DialogPrompts> prompts;
    std::unique_ptr<DatabaseWorker> worker;
    std::unique_ptr<MainWindow> window;

    const auto showWindow = [&](Result<Session> prepared) {
        showProgress.stop();
        progress.hide();
        if (!prepared.ok()) {
            fail(prepared.error().explain());
            QApplication::exit(1);
            return;
        }
        session = std::make_unique<Session>(std::move(prepared).value());
        // The file dialogs hide and refuse the embedded database's files (see DatabaseFiles).
        prompts = std::make_unique<DialogPrompts>(embedded ? DatabaseFiles(session->url.sqlitePath)
                                                           : DatabaseFiles());
        worker = std::make_unique<DatabaseWorker>(session->url);
        window = std::make_unique<MainWindow>(*session, *worker, *prompts);
        window->setSecretStore(&secrets);
        worker->startMonitoring();
        window->show();
    };
    const auto prepare = [&](const DatabaseUrl& resolved) {
        showProgress.start(400);
        preparation.start(resolved, options, &app, showWindow);
    };
    if (!embedded && url->password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // A missing keyring is not an error here: libpq still tries ~/.pgpass.
        passwords.lookup(*url, &app, [&, resolved = *url](Result<std::optional<QString>> remembered) mutable {
            if (remembered.ok() && remembered->has_value())
                resolved.password = **remembered;
            prepare(resolved);
        });
    } else {
        prepare(*url);
    }
    return app.exec();
}

} // namespace casedesk
