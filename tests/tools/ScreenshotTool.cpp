// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Takes the README's screenshots from the real main window: run under Xvfb by
// scripts/screenshots.sh. Opens the newest case that has a PDF attachment and signatures.
#include "AttachmentPane.h"
#include "CaseListModel.h"
#include "CaseText.h"
#include "CaseView.h"
#include "MainWindow.h"
#include "PartiesPanel.h"
#include "UserPrompts.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "repositories/RegisterRepository.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace casedesk;

namespace {

bool save(QWidget* window, const QString& path)
{
    QTest::qWait(400); // let the PDF view and icons finish painting
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk-screenshots"));
    QApplication::setApplicationName(QStringLiteral("casedesk"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("sv or en."),
                                        QStringLiteral("LANG"), QStringLiteral("sv"));
    const QCommandLineOption partiesOnly(
        QStringLiteral("parties-only"),
        QStringLiteral("Only case-parties-LANG.png (for a second language)."));
    parser.addOptions({dbOption, outOption, langOption, partiesOnly});
    parser.process(app);
    QSettings().clear(); // the window as a new caseworker first sees it, not as the last run left it

    const QString language = parser.value(langOption);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language)))
        QApplication::installTranslator(&translator);
    CaseText::setLanguage(language); // and the dates' and numbers' locale, as the program does

    auto url = DatabaseUrl::parse(parser.value(dbOption));
    if (!url.ok())
        qFatal("bad --db");
    auto db = Database::open(*url);
    if (!db.ok() || !Migrator(**db).requireCurrent().ok())
        qFatal("cannot open the database");
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());

    DialogPrompts prompts;
    DatabaseWorker worker(*url);
    MainWindow window(**db, worker, prompts);
    window.resize(1600, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !worker.waitForIdle())
        qFatal("the window was never shown");

    // The newest case with a PDF and a guardian still to sign makes the most telling picture.
    CaseListModel* model = window.caseModel();
    int chosen = -1;
    int fallback = -1;
    for (int row = 0; row < model->rowCount() && chosen < 0; ++row) {
        window.caseTable()->selectRow(row);
        worker.waitForIdle();
        const CaseDetail& detail = window.caseView()->detail();
        const bool hasPdf =
            std::any_of(detail.attachments.begin(), detail.attachments.end(), [](const AttachmentInfo& a) {
                return a.mimeType == QLatin1String("application/pdf");
            });
        const bool awaiting =
            std::any_of(detail.signatures.begin(), detail.signatures.end(),
                        [](const SignatureRow& s) { return s.check == SignatureCheck::Awaiting; });
        if (hasPdf && awaiting)
            chosen = row;
        else if (hasPdf && detail.signatures.size() >= 2 && fallback < 0)
            fallback = row;
    }
    if (chosen < 0)
        chosen = fallback;
    if (chosen < 0)
        qFatal("no case with a PDF and two signers in the first page of the inbox");
    window.caseTable()->selectRow(chosen);
    worker.waitForIdle();
    auto* tabs = window.caseView()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));

    // The parties panel at 1280×800, after the background service asked Navet about the
    // applicant (who has moved since applying) and the personal numbers were shown.
    const CaseDetail& shown = window.caseView()->detail();
    NavetPerson registered;
    registered.personalNumber = shown.applicant.personalNumber;
    const QStringList names = shown.applicant.name.split(QLatin1Char(' '));
    registered.name = NavetName{names.first(), QString(), names.last(), QStringLiteral("10")};
    registered.registeredAddress = NavetAddress{QString(),
                                                {QStringLiteral("Bruksgatan 12 lgh 1102")},
                                                QStringLiteral("25225"),
                                                QStringLiteral("HELSINGBORG")};
    registered.fetchedAt = QDateTime::currentDateTimeUtc();
    if (!RegisterRepository(**db).record(shown.summary.reference, registered).ok())
        qFatal("cannot store the register entry");
    window.caseView()->reload();
    worker.waitForIdle();
    window.resize(1280, 800);
    window.caseView()->partiesPanel()->setNumbersShown(false);
    bool ok = save(&window, out.filePath(QStringLiteral("case-parties-%1.png").arg(language)));
    if (parser.isSet(partiesOnly))
        return ok ? 0 : 1;
    window.resize(1600, 900);
    ok = save(&window, out.filePath(QStringLiteral("inbox.png"))) && ok;
    tabs->setCurrentIndex(2);
    ok = save(&window, out.filePath(QStringLiteral("signatures.png"))) && ok;
    tabs->setCurrentIndex(1);
    auto* pane = window.caseView()->findChild<AttachmentPane*>();
    for (int row = 0; row < window.caseView()->detail().attachments.size(); ++row) {
        if (window.caseView()->detail().attachments.at(row).mimeType == QLatin1String("application/pdf")) {
            pane->selectRow(row);
            break;
        }
    }
    ok = save(&window, out.filePath(QStringLiteral("pdf-preview.png"))) && ok;
    return ok ? 0 : 1;
}
