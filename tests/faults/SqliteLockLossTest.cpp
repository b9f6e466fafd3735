// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Issue #12, point 1: with CaseDesk open on an SQLite file, a descriptor of the database closed
// anywhere in the process (a file dialog guessing a type) drops SQLite's POSIX locks; the next
// program that opens and closes the database deletes the -wal, and CaseDesk went on "saving"
// into the deleted file. Here: the real attach dialog on the database's folder takes no lock
// away (nothing is lost), a stray descriptor is noticed and every write refused loudly with the
// typed text kept (nothing is claimed saved that is not), and the prompts refuse the database
// as a file to attach or save over. Other programs are the real casedeskctl.

#include "CaseView.h"
#include "ComposeBox.h"
#include "CtlProcess.h"
#include "DatabaseFiles.h"
#include "MainWindow.h"
#include "MessagesPane.h"
#include "NotesPane.h"
#include "SafeFileDialog.h"
#include "SampleSubmissions.h"
#include "UserPrompts.h"

#include "CaseListModel.h"
#include "MessageThreadModel.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/TransactionGuard.h"
#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "retention/StorageMaintenance.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QFile>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The program's real prompts, file dialogs included; only the message boxes are recorded
// instead of shown, so that a refusal does not wait for a click.
class RecordingDialogPrompts : public DialogPrompts
{
public:
    using DialogPrompts::DialogPrompts;
    QStringList warnings;

    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    void inform(QWidget*, const QString&, const QString& text) override { warnings << text; }
    void warn(QWidget*, const QString&, const QString& text) override { warnings << text; }
};

// The real casedeskctl: another program opening and closing the database.
CtlRun runCtl(const QString& dbPath, const QStringList& arguments)
{
    return runCtlOn(QStringLiteral("sqlite:") + dbPath, arguments);
}

// The case as another program reads it from the file: `casedeskctl show REF --json`.
QJsonObject caseOnDisk(const QString& dbPath, const QString& reference)
{
    const CtlRun run = runCtl(dbPath, {QStringLiteral("show"), reference, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << "casedeskctl show failed:" << run.exitCode << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList noteTexts(const QJsonObject& shownCase)
{
    QStringList texts;
    for (const QJsonValue& note : shownCase.value(QStringLiteral("notes")).toArray())
        texts << note.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

struct Inode
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Inode&) const = default;
};

Inode inodeOf(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {true, info.st_dev, info.st_ino};
}

// What the file dialog did to the database in #12: a descriptor opened and closed by some other
// code of the process, which drops every POSIX lock the process holds on the file.
bool strayOpenAndClose(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char byte = 0;
    const bool read = ::read(fd, &byte, 1) == 1;
    return ::close(fd) == 0 && read;
}

// Runs `drive` on the first modal file dialog that opens (the prompts' exec() blocks the test).
void whenFileDialogShows(std::function<void(QFileDialog*)> drive, bool* driven)
{
    auto* poll = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(20000);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, drive, driven, deadline] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog && !deadline->hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog) {
            drive(dialog);
            *driven = true;
            // A dialog that did not take the answer must not hang the test.
            QTimer::singleShot(2000, dialog, [dialog] {
                qWarning() << "the file dialog did not close; rejecting it";
                dialog->reject();
            });
        }
    });
    poll->start(20);
}

// Types a path into the dialog's file name field, as a person can whatever the list shows.
void typeFileName(QFileDialog* dialog, const QString& path)
{
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(path);
}

// Shows `folder` in the dialog and waits until its model has listed it and fetched the type and
// icon of every file (what makes Qt's own provider sniff contents). Returns the names the dialog
// shows there.
QStringList browseTo(QFileDialog* dialog, const QString& folder)
{
    auto* model = dialog->findChild<QFileSystemModel*>();
    if (!model)
        return {QStringLiteral("<no file system model>")};
    bool loaded = false;
    QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog,
                     [&loaded, folder](const QString& path) {
                         if (QFileInfo(path) == QFileInfo(folder))
                             loaded = true;
                     });
    dialog->setDirectory(folder);
    if (!QTest::qWaitFor([&] { return loaded; }, 10000))
        return {QStringLiteral("<folder not loaded>")};
    const QModelIndex parent = model->index(folder);
    // Every file's type, as the detail view shows it: the model's background thread has asked
    // the icon provider (where Qt's own would have read the files) once all are known.
    const bool typed = QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                if (model->data(model->index(row, 2, parent), Qt::DisplayRole).toString().isEmpty())
                    return false;
            }
            return model->rowCount(parent) > 0;
        },
        10000);
    if (!typed)
        return {QStringLiteral("<types not fetched>")};
    QStringList shown;
    const QModelIndex proxyParent = dialog->proxyModel()->mapFromSource(parent);
    for (int row = 0; row < dialog->proxyModel()->rowCount(proxyParent); ++row)
        shown << dialog->proxyModel()->index(row, 0, proxyParent).data().toString();
    return shown;
}

} // namespace

class SqliteLockLossTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_reference;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordingDialogPrompts> m_prompts;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_english;

    // A database with one case in a folder of its own, with an ordinary file next to it.
    void createDatabase(const QString& name)
    {
        const QString folder = m_dir.filePath(name);
        QVERIFY(QDir().mkpath(folder));
        m_dbPath = QDir(folder).filePath(QStringLiteral("demo.db"));
        QFile other(QDir(folder).filePath(QStringLiteral("intyg.pdf")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(tinyPdf());
        other.close();
        DatabaseUrl url;
        url.sqlitePath = m_dbPath;
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());
        auto receipt = IntakeService(*m_db).submit(sampleSubmission(QStringLiteral("lock-") + name));
        QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().describe()));
        m_reference = receipt->reference;
        QVERIFY(inodeOf(m_dbPath + QStringLiteral("-wal")).exists);
        QVERIFY(inodeOf(m_dbPath + QStringLiteral("-shm")).exists);
    }

    // The main window on that database, with the program's prompts, the case open.
    void openWindow()
    {
        m_prompts = std::make_unique<RecordingDialogPrompts>(DatabaseFiles(m_dbPath));
        m_worker = std::make_unique<DatabaseWorker>(m_db->url());
        m_window = std::make_unique<MainWindow>(*m_db, *m_worker, *m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_worker->waitForIdle());
        const int row = m_window->caseModel()->rowOf(m_reference);
        QVERIFY(row >= 0);
        m_window->caseTable()->selectRow(row);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseView()->detail().summary.reference, m_reference);
    }

    ComposeBox* noteCompose() { return m_window->caseView()->messagesPane()->notes()->compose(); }

    QPushButton* statusButton(const QString& statusId)
    {
        return m_window->caseView()->findChild<QPushButton*>(QStringLiteral("statusButton_") + statusId);
    }

    void addNoteInGui(const QString& text)
    {
        QPlainTextEdit* editor = noteCompose()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_worker->waitForIdle());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/casedesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void cleanup()
    {
        m_window.reset();
        m_worker.reset();
        m_prompts.reset();
        m_db.reset();
    }

    // (a) The sequence of #12 with the real attach dialog: nothing is lost.
    void browsingTheDatabaseFolderInTheAttachDialogLosesNoWrite()
    {
        createDatabase(QStringLiteral("browse"));
        openWindow();
        const Inode walBefore = inodeOf(m_dbPath + QStringLiteral("-wal"));

        // "Bifoga fil…" in the message composer: the real DialogPrompts::openFileNames.
        auto* attach = m_window->caseView()->findChild<QPushButton*>(QStringLiteral("messageComposeAttach"));
        QVERIFY(attach);
        QStringList shown;
        bool nativeOff = false;
        bool nameOnlyIcons = false;
        QString startFolder;
        bool driven = false;
        whenFileDialogShows(
            [&](QFileDialog* dialog) {
                startFolder = dialog->directory().absolutePath();
                nativeOff = dialog->testOption(QFileDialog::DontUseNativeDialog);
                nameOnlyIcons = dialog->iconProvider() == NameOnlyIconProvider::shared();
                shown = browseTo(dialog, QFileInfo(m_dbPath).absolutePath());
                dialog->reject();
            },
            &driven);
        QTest::mouseClick(attach, Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(driven);
        QVERIFY(nativeOff);
        QVERIFY(nameOnlyIcons);
        QVERIFY2(!DatabaseFiles(m_dbPath).isDatabaseFolder(startFolder), qPrintable(startFolder));
        // The folder was listed (the ordinary file shows), the database's files were not.
        QVERIFY2(shown.contains(QStringLiteral("intyg.pdf")), qPrintable(shown.join(u',')));
        for (const QString& name : shown)
            QVERIFY2(!name.startsWith(QLatin1String("demo.db")), qPrintable(name));

        // Another program opens and closes the database.
        const CtlRun show = runCtl(m_dbPath, {QStringLiteral("show"), m_reference});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(inodeOf(m_dbPath + QStringLiteral("-wal")), walBefore); // still the file we hold

        // Writes in the GUI: a note and a status change.
        const QString text = QStringLiteral("Anteckning efter filvalet");
        addNoteInGui(text);
        QCOMPARE(noteCompose()->errorText(), QString());
        QVERIFY(noteCompose()->text().isEmpty());
        QVERIFY(statusButton(QStringLiteral("registered")));
        QTest::mouseClick(statusButton(QStringLiteral("registered")), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("registered"));
        QVERIFY2(m_prompts->warnings.isEmpty(), qPrintable(m_prompts->warnings.join(u'\n')));

        // Everything CaseDesk closes; the file, read by another program, has both writes.
        cleanup();
        const QJsonObject onDisk = caseOnDisk(m_dbPath, m_reference);
        QCOMPARE(noteTexts(onDisk), QStringList{text});
        QCOMPARE(onDisk.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    }

    // (b) If the locks are lost anyway, CaseDesk notices before writing, refuses, says so and
    // keeps what was typed; the file has no part of the refused writes.
    void aLostWalStopsWritingLoudlyAndKeepsTheTypedText()
    {
        createDatabase(QStringLiteral("stray"));
        openWindow();
        const QJsonObject before = caseOnDisk(m_dbPath, m_reference);
        QVERIFY(!before.isEmpty());

        QVERIFY(strayOpenAndClose(m_dbPath));
        QCOMPARE(runCtl(m_dbPath, {QStringLiteral("show"), m_reference}).exitCode, 0);
        // The scenario is real: the other program believed it was the last user.
        QVERIFY(!inodeOf(m_dbPath + QStringLiteral("-wal")).exists);

        const QString text = QStringLiteral("Viktig anteckning som inte får försvinna");
        QPlainTextEdit* editor = noteCompose()->editor();
        editor->setFocus();
        editor->insertPlainText(text); // typed; keyClicks knows no å, ä, ö
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(noteCompose()->text(), text);
        QVERIFY2(noteCompose()->errorText().contains(QLatin1String("stopped writing")),
                 qPrintable(noteCompose()->errorText()));
        QVERIFY(noteCompose()->errorText().contains(QLatin1String("demo.db-wal")));
        QCOMPARE(m_window->caseView()->messagesPane()->notes()->model()->rowCount(), 0);

        auto* statusNote = m_window->caseView()->findChild<QLineEdit*>(QStringLiteral("statusNote"));
        QVERIFY(statusNote);
        QTest::keyClicks(statusNote, QStringLiteral("Registrerad"));
        QTest::mouseClick(statusButton(QStringLiteral("registered")), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseView()->detail().summary.statusId,
                 before.value(QStringLiteral("status")).toString());
        QCOMPARE(statusNote->text(), QStringLiteral("Registrerad"));
        QVERIFY(!m_prompts->warnings.isEmpty());
        QVERIFY2(m_prompts->warnings.constLast().contains(QLatin1String("Restart CaseDesk")),
                 qPrintable(m_prompts->warnings.constLast()));

        // The periodic check says it where everyone sees it, in words, and does not "reconnect".
        m_worker->checkConnection();
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(!m_worker->isConnected());
        QLabel* banner = m_window->connectionBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("stopped saving")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("restart CaseDesk")));
        QCOMPARE(banner->accessibleName(), banner->text());
        auto* indicator = m_window->findChild<QLabel*>(QStringLiteral("connectionIndicator"));
        QVERIFY(indicator);
        QVERIFY2(indicator->accessibleName().startsWith(QLatin1String("Not saving to")),
                 qPrintable(indicator->accessibleName()));
        m_worker->checkConnection(); // a reconnect attempt: refused, the banner stays
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(!m_worker->isConnected());
        QVERIFY(banner->isVisible());
        QVERIFY(m_db->filesLost());
        // Reloading the case keeps it and the typed text on screen.
        m_window->caseView()->reload();
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseView()->detail().summary.reference, m_reference);
        QCOMPARE(noteCompose()->text(), text);

        // Another program sees the case exactly as before: no note, same status and version.
        cleanup();
        const QJsonObject after = caseOnDisk(m_dbPath, m_reference);
        QCOMPARE(noteTexts(after), QStringList());
        QCOMPARE(after.value(QStringLiteral("status")), before.value(QStringLiteral("status")));
        QCOMPARE(after.value(QStringLiteral("version")), before.value(QStringLiteral("version")));
        QCOMPARE(after.value(QStringLiteral("history")).toArray().size(),
                 before.value(QStringLiteral("history")).toArray().size());
    }

    // (c) The prompts never hand out the database's own files, however they are named.
    void thePromptsRefuseTheDatabaseAndItsCompanions()
    {
        createDatabase(QStringLiteral("refuse"));
        const QString folder = QFileInfo(m_dbPath).absolutePath();
        QVERIFY(QFile::link(m_dbPath, m_dir.filePath(QStringLiteral("link-to.db"))));
        QVERIFY(::link(QFile::encodeName(m_dbPath).constData(),
                       QFile::encodeName(m_dir.filePath(QStringLiteral("hard-link.db"))).constData()) == 0);
        const DialogPrompts prompts{DatabaseFiles(m_dbPath)};
        for (const QString& path : QStringList{
                 m_dbPath, m_dbPath + QStringLiteral("-wal"), m_dbPath + QStringLiteral("-shm"),
                 m_dbPath + QStringLiteral("-journal"), m_dbPath + QStringLiteral("-reserve"),
                 folder + QStringLiteral("/../refuse/demo.db"), m_dir.filePath(QStringLiteral("link-to.db")),
                 m_dir.filePath(QStringLiteral("hard-link.db"))}) {
            const QString refusal =
                prompts.refusalFor({QDir(folder).filePath(QStringLiteral("intyg.pdf")), path});
            QVERIFY2(refusal.contains(QDir::toNativeSeparators(path)),
                     qPrintable(path + QLatin1String(": ") + refusal));
        }
        for (const QString& path :
             QStringList{QDir(folder).filePath(QStringLiteral("intyg.pdf")),
                         m_dbPath + QStringLiteral(".bak"), QDir(folder).filePath(QStringLiteral("db"))})
            QVERIFY2(prompts.refusalFor({path}).isEmpty(), qPrintable(path));
        QVERIFY(DialogPrompts().refusalFor({m_dbPath}).isEmpty()); // PostgreSQL: nothing to protect

        // Through the real dialogs: the database typed as a file to attach, and to save over.
        RecordingDialogPrompts dialogs{DatabaseFiles(m_dbPath)};
        bool driven = false;
        whenFileDialogShows(
            [&](QFileDialog* dialog) {
                typeFileName(dialog, m_dbPath);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
            },
            &driven);
        QCOMPARE(
            dialogs.openFileNames(nullptr, QStringLiteral("Bifoga fil"), QStringLiteral("All files (*)")),
            QStringList());
        QVERIFY(driven);
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY2(dialogs.warnings.constFirst().contains(QLatin1String("own database")),
                 qPrintable(dialogs.warnings.constFirst()));

        driven = false;
        QString startFolder;
        whenFileDialogShows(
            [&](QFileDialog* dialog) {
                startFolder = dialog->directory().absolutePath();
                // Not there: no "replace?" question.
                typeFileName(dialog, m_dbPath + QStringLiteral("-journal"));
                static_cast<QDialog*>(dialog)->accept();
            },
            &driven);
        // Suggested in the database's folder: the dialog starts elsewhere.
        QCOMPARE(dialogs.saveFileName(nullptr, QStringLiteral("Spara"),
                                      QDir(folder).filePath(QStringLiteral("a.pdf"))),
                 QString());
        QVERIFY(driven);
        QVERIFY2(!DatabaseFiles(m_dbPath).isDatabaseFolder(startFolder), qPrintable(startFolder));
        QCOMPARE(dialogs.warnings.size(), 2);

        // Nothing was read or written: the database is intact and still ours.
        QVERIFY(m_db->checkFilesOnDisk().ok());
        QCOMPARE(QFileInfo(m_dbPath + QStringLiteral("-wal")).exists(), true);
        QVERIFY(MessageService(*m_db).addNote(m_reference, QStringLiteral("efter vägran")).ok());
        cleanup();
        QCOMPARE(noteTexts(caseOnDisk(m_dbPath, m_reference)), QStringList{QStringLiteral("efter vägran")});
    }

    // What this adds to the UI is in Swedish too (the contexts match the translation file).
    void theNewTextsAreTranslatedToSwedish()
    {
        QTranslator swedish;
        QVERIFY(swedish.load(QStringLiteral(":/i18n/casedesk_sv.qm")));
        QCoreApplication::installTranslator(&swedish);
        const QString dbPath = m_dir.filePath(QStringLiteral("sv/demo.db"));
        const QString refusal = DialogPrompts(DatabaseFiles(dbPath)).refusalFor({dbPath});
        const QString folderType = NameOnlyIconProvider().type(QFileInfo(m_dir.path()));
        const QString indicator =
            QCoreApplication::translate("casedesk::MainWindow", "Not saving to %1: restart CaseDesk");
        QCoreApplication::removeTranslator(&swedish);
        QVERIFY2(refusal.contains(QLatin1String("CaseDesks egen databas")), qPrintable(refusal));
        QCOMPARE(folderType, QStringLiteral("Mapp"));
        QCOMPARE(indicator, QStringLiteral("Sparar inte till %1: starta om CaseDesk"));
    }

    // The detection in the services, without any window: every connection of the process to the
    // file refuses to write once the -wal is gone, and none of them "reconnects".
    void servicesRefuseEveryWriteOnceTheWalIsGone()
    {
        createDatabase(QStringLiteral("service"));
        DatabaseUrl url;
        url.sqlitePath = m_dbPath;
        auto second = Database::open(url); // as the live-update listener has
        QVERIFY(second.ok());

        // No false alarm: other programs come and go, writes land.
        QCOMPARE(runCtl(m_dbPath, {QStringLiteral("show"), m_reference}).exitCode, 0);
        QVERIFY(MessageService(*m_db).addNote(m_reference, QStringLiteral("före")).ok());
        QVERIFY(m_db->ping().ok());

        QVERIFY(strayOpenAndClose(m_dbPath));
        QCOMPARE(runCtl(m_dbPath, {QStringLiteral("show"), m_reference}).exitCode, 0);
        QVERIFY(!inodeOf(m_dbPath + QStringLiteral("-wal")).exists);

        {
            TransactionGuard guard(*m_db);
            QVERIFY(!guard.begun().ok());
            QCOMPARE(guard.begun().error().code, ErrorCode::Unavailable);
            QVERIFY2(guard.begun().error().message().contains(m_dbPath + QStringLiteral("-wal")),
                     qPrintable(guard.begun().error().message()));
            QVERIFY(guard.begun().error().message().contains(QLatin1String("Restart CaseDesk")));
        }
        auto note = MessageService(**second).addNote(m_reference, QStringLiteral("efter"));
        QVERIFY(!note.ok());
        QCOMPARE(note.error().code, ErrorCode::Unavailable);
        QCOMPARE(StorageMaintenance(*m_db).afterPurge().ok(), false); // no vacuum, no checkpoint
        QCOMPARE(m_db->ping().ok(), false);
        QCOMPARE(m_db->reconnect().ok(), false);
        QVERIFY(m_db->isOpen()); // not closed: closing would checkpoint the deleted -wal
        auto third = Database::open(url);
        QVERIFY(!third.ok());
        QCOMPARE(third.error().code, ErrorCode::Unavailable);

        second->reset();
        cleanup();
        QCOMPARE(noteTexts(caseOnDisk(m_dbPath, m_reference)), QStringList{QStringLiteral("före")});
    }

    // The -wal goes while a write transaction is open: the commit goes into the deleted file,
    // and the caller hears that the change may not be saved.
    void aWalLostDuringAWriteIsReportedAfterTheCommit()
    {
        createDatabase(QStringLiteral("commit"));
        {
            TransactionGuard guard(*m_db);
            QVERIFY(guard.begun().ok());
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO notes (case_id, author, body, created_at) "
                                              "SELECT id, 'test', 'mitt i', '2026-12-06T00:00:00Z' "
                                              "FROM cases WHERE reference = ?"),
                               {m_reference})
                        .ok());
            QVERIFY(strayOpenAndClose(m_dbPath));
            // A plain SQLite reader in another process (casedeskctl would wait for the write
            // lock this transaction holds).
            QProcess reader;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LOCK_TEST_READ_ONCE"), m_dbPath);
            reader.setProcessEnvironment(environment);
            reader.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(reader.waitForFinished(60000));
            QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
            QVERIFY(!inodeOf(m_dbPath + QStringLiteral("-wal")).exists);
            const VoidResult committed = guard.commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, ErrorCode::Unavailable);
            QVERIFY2(committed.error().message().contains(QLatin1String("may not have been saved")),
                     qPrintable(committed.error().message()));
        }
        cleanup();
        QCOMPARE(noteTexts(caseOnDisk(m_dbPath, m_reference)), QStringList());
    }
};

// With LOCK_TEST_READ_ONCE=path the program is "another program": it opens the database with
// plain SQLite, reads, and closes, as any reader would.
static int readOnceAndClose(int argc, char** argv, const QString& path)
{
    QCoreApplication app(argc, argv);
    int notes = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return 2;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM notes")) || !query.next())
            return 3;
        notes = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return notes >= 0 ? 0 : 4;
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("LOCK_TEST_READ_ONCE"))
        return readOnceAndClose(argc, argv, qEnvironmentVariable("LOCK_TEST_READ_ONCE"));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    SqliteLockLossTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "SqliteLockLossTest.moc"
