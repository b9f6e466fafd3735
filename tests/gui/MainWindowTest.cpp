// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MainWindow.h"
#include "AttachmentPane.h"
#include "CaseDetailModels.h"
#include "CaseExportActions.h"
#include "CaseListModel.h"
#include "CaseText.h"
#include "CaseView.h"
#include "FakePrompts.h"
#include "FormModel.h"
#include "InboxViewMenu.h"
#include "PartiesPanel.h"
#include "SampleSubmissions.h"
#include "SavedView.h"
#include "SavedViewModel.h"
#include "Translations.h"
#include "admin/AdminService.h"
#include "repositories/CaseRepository.h"
#include "repositories/DeadlineRepository.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "domain/FormCanonical.h"
#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "messaging/TemplateService.h"
#include "repositories/AuditRepository.h"
#include "repositories/RegisterRepository.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString longAnswer()
{
    QString text = QStringLiteral("Jag har svårt att gå längre sträckor.\n");
    for (int i = 1; i <= 12; ++i)
        text +=
            QStringLiteral("Mening %1 i en lång beskrivning av vad jag behöver tillståndet till. ").arg(i);
    return text + QStringLiteral("\nSista raden: slutet på svaret.");
}

} // namespace

// Drives the real main window on the offscreen platform, as a caseworker would.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_references;
    QTranslator m_english;

    QPushButton* statusButton(const QString& statusId)
    {
        return m_window->caseView()->findChild<QPushButton*>(QStringLiteral("statusButton_") + statusId);
    }

    void openRowOf(const QString& reference)
    {
        const int row = m_window->caseModel()->rowOf(reference);
        QVERIFY(row >= 0);
        m_window->caseTable()->selectRow(row);
        settle();
        QCOMPARE(m_window->caseView()->detail().summary.reference, reference);
    }

    // Lets the database worker finish what the last action started, and its answers arrive.
    void settle() { QVERIFY(m_worker->waitForIdle()); }

    void click(QPushButton* button)
    {
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The program's own English translation: plural forms come from it.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/casedesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(
            QStringLiteral("gui-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(url.sqlitePath);
        auto db = Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());
        m_references.clear();
        const QStringList names{QStringLiteral("Anna Berg"), QStringLiteral("Erik Lind"),
                                QStringLiteral("Sara Holm")};
        for (int i = 0; i < names.size(); ++i) {
            Submission s = sampleSubmission(QStringLiteral("gui-%1").arg(i));
            s.applicant.name = names[i];
            if (i == 2) {
                // An answer far longer than the Form tab is wide, over several lines.
                s.pages[1].fields.append({QStringLiteral("story"),
                                          QStringLiteral("Beskriv ditt behov"),
                                          QStringLiteral("text"),
                                          longAnswer(),
                                          longAnswer(),
                                          {}});
                s.signatures[0].signedDigest = pagesDigest(s.pages);
            }
            auto receipt = IntakeService(*m_db).submit(s);
            QVERIFY(receipt.ok());
            m_references << receipt->reference;
        }
        m_prompts = std::make_unique<FakePrompts>();
        m_worker = std::make_unique<DatabaseWorker>(m_db->url());
        m_window = std::make_unique<MainWindow>(*m_db, *m_worker, *m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

    void cleanup()
    {
        m_window.reset();
        m_worker.reset();
        m_prompts.reset();
        m_db.reset();
    }

    void opensACaseAndMovesItThroughTheWorkflow()
    {
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        const QString ref = m_references.first();
        openRowOf(ref);
        // Every status in its own place, whatever the case's status: a second click never lands on
        // another status. Waiting for a supplement and "decided" come only from their dialogs.
        const auto buttons = [this] {
            QStringList names;
            for (QPushButton* b : m_window->caseView()->findChildren<QPushButton*>())
                if (b->objectName().startsWith(QLatin1String("statusButton_")))
                    names << b->objectName().mid(13) + (b->isEnabled() ? QString() : QStringLiteral("(off)"));
            return names;
        };
        QCOMPARE(buttons(), QStringList({QStringLiteral("submitted(off)"), QStringLiteral("registered"),
                                         QStringLiteral("in_progress"), QStringLiteral("supplemented(off)"),
                                         QStringLiteral("closed")}));
        QCOMPARE(statusButton(QStringLiteral("submitted"))->toolTip(),
                 QStringLiteral("The case is in this status."));
        QVERIFY(statusButton(QStringLiteral("registered")));
        click(statusButton(QStringLiteral("registered")));
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("registered"));
        QCOMPARE(buttons(), QStringList({QStringLiteral("submitted(off)"), QStringLiteral("registered(off)"),
                                         QStringLiteral("in_progress"), QStringLiteral("supplemented(off)"),
                                         QStringLiteral("closed")}));
        QVERIFY2(statusButton(QStringLiteral("supplemented"))
                     ->toolTip()
                     .contains(QStringLiteral("cannot move to")),
                 qPrintable(statusButton(QStringLiteral("supplemented"))->toolTip()));
        click(statusButton(QStringLiteral("in_progress")));
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("in_progress"));

        // Closing asks first; saying no changes nothing.
        m_prompts->confirmAnswer = false;
        click(statusButton(QStringLiteral("closed")));
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("in_progress"));
        m_prompts->confirmAnswer = true;
        auto* note = m_window->caseView()->findChild<QLineEdit*>(QStringLiteral("statusNote"));
        QTest::keyClicks(note, QStringLiteral("Beviljat"));
        click(statusButton(QStringLiteral("closed")));
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("closed"));
        QCOMPARE(m_prompts->asked.count(QStringLiteral("confirm: Close case")), 2);

        auto* history = m_window->caseView()->findChild<QTableView*>(QStringLiteral("historyView"));
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 4);
        // In words: the statuses by their names, never their ids.
        QCOMPARE(history->model()->index(1, HistoryModel::Event).data().toString(),
                 QStringLiteral("Status changed from Submitted to Registered"));
        QVERIFY(history->model()
                    ->index(3, HistoryModel::Event)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Beviljat")));
        // A closed case leaves the "All open" view and its count.
        QCOMPARE(m_window->caseModel()->rowOf(ref), -1);
    }

    void partiesPanelShowsEveryPersonMaskedUntilShownAndAudited()
    {
        const QString ref = m_references.first();
        // The background service asked Navet about the second guardian (the applicant was not asked).
        NavetPerson guardian;
        guardian.personalNumber = sampleGuardian();
        guardian.name = NavetName{QStringLiteral("Åsa"), QString(), QStringLiteral("Tolvansson"), QString()};
        guardian.registeredAddress = NavetAddress{QString(),
                                                  {QStringLiteral("Lillgatan 4")},
                                                  QStringLiteral("25224"),
                                                  QStringLiteral("HELSINGBORG")};
        guardian.fetchedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(RegisterRepository(*m_db).record(ref, guardian).ok());
        openRowOf(ref);
        PartiesPanel* panel = m_window->caseView()->partiesPanel();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        // The applicant (who also signed, and is a guardian) and the guardian who has not signed yet.
        QCOMPARE(panel->rows().size(), 2);
        auto text = [panel](const QString& name) {
            auto* label = panel->findChild<QLabel*>(name);
            return label ? label->text() : QStringLiteral("<no %1>").arg(name);
        };
        QVERIFY2(text(QStringLiteral("partyName_0")).contains(QStringLiteral("Anna Berg")),
                 qPrintable(text(QStringLiteral("partyName_0"))));
        QCOMPARE(text(QStringLiteral("partyName_0")), QStringLiteral("Anna Berg"));
        QCOMPARE(text(QStringLiteral("partyRoles_0")), QStringLiteral("Applicant, guardian:"));
        QCOMPARE(text(QStringLiteral("partyRoles_1")), QStringLiteral("Guardian:"));
        QCOMPARE(text(QStringLiteral("partyName_1")), QStringLiteral("Åsa Tolvansson"));
        QCOMPARE(text(QStringLiteral("partyNumber_0")), QStringLiteral("19121212-****"));
        QCOMPARE(text(QStringLiteral("partyNumber_1")), QStringLiteral("20080808-****"));
        const QString applicantDetails = text(QStringLiteral("partyDetails_0"));
        QVERIFY2(applicantDetails.contains(QStringLiteral("Storgatan 1, 25221 Helsingborg")),
                 qPrintable(applicantDetails));
        QVERIFY(applicantDetails.contains(QStringLiteral("tolvan@example.se")));
        QVERIFY(applicantDetails.contains(QStringLiteral("070-1234567")));
        QVERIFY(applicantDetails.contains(QStringLiteral("Signed ")));
        QVERIFY(applicantDetails.contains(QStringLiteral("Not checked against the population register")));
        const QString guardianDetails = text(QStringLiteral("partyDetails_1"));
        QVERIFY2(
            guardianDetails.contains(QStringLiteral("Registered address: Lillgatan 4, 25224 HELSINGBORG")),
            qPrintable(guardianDetails));
        QVERIFY(guardianDetails.contains(QStringLiteral("Awaiting signature")));

        // Copying a number waits until the numbers are shown; showing them is audited.
        auto* copyNumber = panel->findChild<QToolButton*>(QStringLiteral("copyNumber_1"));
        QVERIFY(copyNumber);
        QVERIFY(!copyNumber->isEnabled());
        const QString shown = QStringLiteral("case.personal_number_shown");
        QCOMPARE(*AuditRepository(*m_db).countFor(ref, shown), 0);
        click(panel->findChild<QPushButton*>(QStringLiteral("showPersonalNumbers")));
        QCOMPARE(*AuditRepository(*m_db).countFor(ref, shown), 1);
        QCOMPARE(text(QStringLiteral("partyNumber_0")), QStringLiteral("19121212-1212"));
        QCOMPARE(text(QStringLiteral("partyNumber_1")), QStringLiteral("20080808-0014"));
        copyNumber = panel->findChild<QToolButton*>(QStringLiteral("copyNumber_1"));
        QVERIFY(copyNumber->isEnabled());
        QTest::mouseClick(copyNumber, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), sampleGuardian());
        QTest::mouseClick(panel->findChild<QToolButton*>(QStringLiteral("copyAddress_1")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Åsa Tolvansson\nLillgatan 4\n25224 HELSINGBORG"));
        QTest::mouseClick(panel->findChild<QToolButton*>(QStringLiteral("copyEmail_0")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("tolvan@example.se"));

        // Hidden again with one click; another case starts masked.
        click(panel->findChild<QPushButton*>(QStringLiteral("showPersonalNumbers")));
        QCOMPARE(text(QStringLiteral("partyNumber_0")), QStringLiteral("19121212-****"));
        QCOMPARE(*AuditRepository(*m_db).countFor(ref, shown), 1);
        click(panel->findChild<QPushButton*>(QStringLiteral("showPersonalNumbers")));
        QCOMPARE(*AuditRepository(*m_db).countFor(ref, shown), 2);
        // "Fetch from Navet" waits for the background service, and says so.
        auto* fetch = panel->findChild<QPushButton*>(QStringLiteral("fetchFromNavet"));
        QVERIFY(fetch);
        QVERIFY(fetch->isEnabled());
        click(fetch);
        QVERIFY(m_window->caseView()->detail().registerRequest.has_value());
        auto* status = panel->findChild<QLabel*>(QStringLiteral("registerStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("waiting for the background service")),
                 qPrintable(status->text()));
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("fetchFromNavet"))->isEnabled());

        openRowOf(m_references.at(1));
        QVERIFY(!panel->numbersShown());
        QCOMPARE(text(QStringLiteral("partyNumber_0")), QStringLiteral("19121212-****"));
    }

    void takingACaseFromAColleagueAsksFirstAndNamesThem()
    {
        const QString ref = m_references.at(1);
        QVERIFY(AccessService(*m_db)
                    .addUser(QStringLiteral("kollega"), QStringLiteral("caseworker"),
                             QStringLiteral("Karin Kollega"), false)
                    .ok());
        QVERIFY(CaseService(*m_db).assign(ref, QStringLiteral("kollega"), std::nullopt).ok());
        m_window->refresh();
        settle();
        openRowOf(ref);
        // People by their names, the login in the tooltip: the header, the list and the history.
        auto* assignee = m_window->caseView()->findChild<QLabel*>(QStringLiteral("assigneeLabel"));
        QCOMPARE(assignee->text(), QStringLiteral("Assigned to Karin Kollega"));
        QCOMPARE(assignee->toolTip(), QStringLiteral("kollega"));
        const QModelIndex cell =
            m_window->caseModel()->index(m_window->caseModel()->rowOf(ref), CaseListModel::Assignee);
        QCOMPARE(cell.data().toString(), QStringLiteral("Karin Kollega"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("kollega"));
        auto* take = m_window->caseView()->findChild<QPushButton*>(QStringLiteral("takeCaseButton"));
        QVERIFY(take && take->isEnabled());
        m_prompts->confirmAnswer = false;
        m_prompts->asked.clear();
        click(take);
        QCOMPARE(m_prompts->asked, QStringList(QStringLiteral("confirm: Take over the case")));
        QCOMPARE(m_prompts->lastAction, QStringLiteral("Take over"));
        QCOMPARE(m_window->caseView()->detail().summary.assignee, QStringLiteral("kollega"));
        m_prompts->confirmAnswer = true;
        click(take);
        QCOMPARE(m_window->caseView()->detail().summary.assignee, m_db->currentUser());
        // An unassigned case is taken without a question.
        const QString free = m_references.at(2);
        openRowOf(free);
        m_prompts->asked.clear();
        click(m_window->caseView()->findChild<QPushButton*>(QStringLiteral("takeCaseButton")));
        QVERIFY(m_prompts->asked.isEmpty());
        QCOMPARE(m_window->caseView()->detail().summary.assignee, m_db->currentUser());
    }

    // Issue #15: Qt's own buttons speak the UI language (Debian ships qt_sv, not qtbase_sv).
    void qtsOwnButtonsSpeakSwedish()
    {
        QCoreApplication::removeTranslator(&m_english);
        const QList<QTranslator*> swedish = installTranslations(*qApp, QStringLiteral("sv"));
        const auto restore = qScopeGuard([&] {
            for (QTranslator* t : swedish) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            QCoreApplication::installTranslator(&m_english);
            CaseText::setLanguage(QStringLiteral("en"));
        });
        QCOMPARE(swedish.size(), 2);
        QMessageBox box(QMessageBox::Question, QString(), QString(),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Avbryt"));
        QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Spara"));
        // Dates and numbers follow the language whatever the system's locale.
        QCOMPARE(QLocale().toString(1230), QStringLiteral("1\u00a0230"));
        QCOMPARE(CaseText::fileSize(807), QStringLiteral("807 byte"));
        QCOMPARE(CaseText::fileSize(1229), QStringLiteral("1,2 kB"));
        QCOMPARE(CaseText::dateTime(QDateTime(QDate(2026, 12, 5), QTime(20, 17))),
                 QStringLiteral("5 dec. 2026 20:17"));
    }

    void fetchingOnePersonAsksNavetAboutThatPersonOnly()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        PartiesPanel* panel = m_window->caseView()->partiesPanel();
        auto* fetchGuardian = panel->findChild<QToolButton*>(QStringLiteral("fetchPerson_1"));
        QVERIFY(fetchGuardian && fetchGuardian->isEnabled());
        QCOMPARE(fetchGuardian->accessibleName(),
                 QStringLiteral("Fetch Åsa Tolvansson from the population register (Navet)"));
        QTest::mouseClick(fetchGuardian, Qt::LeftButton);
        settle();
        auto waiting = RegisterRepository(*m_db).waitingRequests(10);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().personalNumber, sampleGuardian());
        // While it waits, neither one person nor everyone can be asked again.
        QVERIFY(m_window->caseView()->detail().registerRequest.has_value());
        QVERIFY(!panel->findChild<QToolButton*>(QStringLiteral("fetchPerson_0"))->isEnabled());
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("fetchFromNavet"))->isEnabled());
    }

    void anOrganisationsNumberIsShownWholeAndCopiedWithoutAsking()
    {
        Submission s = sampleSubmission(QStringLiteral("gui-org"));
        s.applicant.personalNumber.clear();
        s.applicant.organisationNumber = QStringLiteral("556677-8899");
        s.applicant.name = QStringLiteral("Exempel AB");
        auto receipt = IntakeService(*m_db).submit(s);
        QVERIFY(receipt.ok());
        m_window->refresh();
        settle();
        openRowOf(receipt->reference);
        PartiesPanel* panel = m_window->caseView()->partiesPanel();
        auto* number = panel->findChild<QLabel*>(QStringLiteral("partyNumber_0"));
        QVERIFY(number);
        QCOMPARE(number->text(), QStringLiteral("org. no. 556677-8899"));
        QCOMPARE(number->accessibleName(), QStringLiteral("Organisation number of Exempel AB"));
        // Public: no showing (and no audit row) before copying.
        auto* copy = panel->findChild<QToolButton*>(QStringLiteral("copyNumber_0"));
        QVERIFY(copy && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("556677-8899"));
        QCOMPARE(*AuditRepository(*m_db).countFor(receipt->reference,
                                                  QStringLiteral("case.personal_number_shown")),
                 0);
    }

    // Issue #16: a case past the handling time of its status is in the Overdue view (with its
    // count), says so in the Due column in words and with an icon, and in the case header.
    void anOverdueCaseIsSeenInItsViewColumnAndHeader()
    {
        const QString eservice = m_window->caseModel()->summaryAt(0).eserviceId;
        QVERIFY(AdminService(*m_db)
                    .setDeadline(StatusDeadline{eservice, QStringLiteral("submitted"), 2, false})
                    .ok());
        // (The sample cases were submitted in November: as if they had entered "submitted" now,
        // all but one nine days ago.)
        const QString late = m_references.at(1);
        for (const QString& ref : std::as_const(m_references)) {
            const qint64 id = CaseRepository(*m_db).findSummary(ref).value()->id;
            const QDateTime since = QDateTime::currentDateTimeUtc().addDays(ref == late ? -9 : 0);
            QVERIFY(DeadlineRepository(*m_db).caseEnteredStatus(id, since).ok());
        }
        m_window->viewModel()->refreshCounts();
        settle();
        QCOMPARE(m_window->viewModel()->count(SavedView::Overdue), 1);
        QCOMPARE(m_window->viewModel()->count(SavedView::DueSoon), 2); // the others: due in 2 days
        m_window->selectView(int(allSavedViews().indexOf(SavedView::Overdue)));
        settle();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        // The view's own order, shown in the header: the most overdue first.
        QCOMPARE(m_window->caseTable()->horizontalHeader()->sortIndicatorSection(), int(CaseListModel::Due));
        QCOMPARE(m_window->caseTable()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(m_window->caseModel()->query().sort, CaseSort::StatusDue);
        const QModelIndex due = m_window->caseModel()->index(0, CaseListModel::Due);
        QCOMPARE(due.data().toString(), QStringLiteral("7 days overdue"));
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("last day")));
        QVERIFY(!m_window->caseTable()->horizontalHeader()->isSectionHidden(CaseListModel::Due));
        openRowOf(late);
        const QString header = m_window->caseView()->findChild<QLabel*>(QStringLiteral("caseDates"))->text();
        QVERIFY2(header.contains(QStringLiteral("7 days overdue")), qPrintable(header));
        // Moved on, it leaves the view.
        click(statusButton(QStringLiteral("registered")));
        m_window->viewModel()->refreshCounts();
        settle();
        QCOMPARE(m_window->viewModel()->count(SavedView::Overdue), 0);
    }

    // Issue #16 §2: the search and filters saved as a view of one's own stay in the sidebar with
    // their live count after a restart, and choosing the view sets them again.
    void aSavedPersonalViewAppearsWithItsCountAfterARestart()
    {
        m_window->searchField()->setText(QStringLiteral("Anna Berg"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return); // at once, not after the pause
        settle();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        m_prompts->textAnswer = QStringLiteral("Annas ärenden");
        m_window->viewMenu()->saveAsAction()->trigger();
        const int builtIn = int(allSavedViews().size());
        QTRY_COMPARE(m_window->viewModel()->rowCount(), builtIn + 1);
        QTRY_COMPARE(m_window->viewModel()->countAt(builtIn), 1);
        const auto views = m_window->findChild<QListView*>(QStringLiteral("savedViews"));
        QVERIFY(views);
        QCOMPARE(views->currentIndex().row(), builtIn); // the new view is the one shown
        // A second view of the same name is refused, saying why.
        m_window->viewMenu()->saveAsAction()->trigger();
        settle();
        QTRY_VERIFY(m_prompts->lastWarning.contains(QStringLiteral("already exists")));
        QCOMPARE(m_window->viewModel()->rowCount(), builtIn + 1);

        // Restart: the view, its count, and what it shows come back from the database.
        m_window.reset();
        m_worker = std::make_unique<DatabaseWorker>(m_db->url());
        m_window = std::make_unique<MainWindow>(*m_db, *m_worker, *m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
        QTRY_COMPARE(m_window->viewModel()->rowCount(), builtIn + 1);
        QTRY_COMPARE(m_window->viewModel()->countAt(builtIn), 1);
        const QModelIndex saved = m_window->viewModel()->index(builtIn);
        QCOMPARE(saved.data().toString(), QStringLiteral("Annas ärenden (1)"));
        QVERIFY(saved.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Your view")));
        QVERIFY(!saved.data(Qt::DecorationRole).isNull());
        QCOMPARE(m_window->caseModel()->rowCount(), 3); // All open, no search
        m_window->selectView(builtIn);
        settle();
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("Anna Berg"));
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        // A built-in view after it clears what the personal view had set.
        m_window->selectView(0);
        settle();
        QCOMPARE(m_window->searchField()->text(), QString());
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        // Renamed and removed.
        m_window->selectView(builtIn);
        m_prompts->textAnswer = QStringLiteral("Anna");
        m_window->viewMenu()->renameAction()->trigger();
        settle();
        QTRY_COMPARE(m_window->viewModel()->index(builtIn).data().toString(), QStringLiteral("Anna (1)"));
        m_window->selectView(builtIn);
        m_window->viewMenu()->removeAction()->trigger();
        settle();
        QTRY_COMPARE(m_window->viewModel()->rowCount(), builtIn);
    }

    // Issue #16 §2: a flag shows on the case's row and in the Flagged view; high priority
    // comes first there; several cases are flagged at once with a summary.
    void aFlagShowsInTheFlaggedView()
    {
        const int flaggedRow = int(allSavedViews().indexOf(SavedView::Flagged));
        openRowOf(m_references.at(1));
        QVERIFY(!m_window->flagAction()->isChecked());
        m_window->flagAction()->trigger();
        settle();
        QTRY_COMPARE(m_window->viewModel()->count(SavedView::Flagged), 1);
        const int row = m_window->caseModel()->rowOf(m_references.at(1));
        const QModelIndex reference = m_window->caseModel()->index(row, CaseListModel::Reference);
        QTRY_VERIFY(reference.data(CaseListModel::FlaggedRole).toBool());
        QCOMPARE(reference.data(Qt::ToolTipRole).toString(), QStringLiteral("Flagged by you"));
        QVERIFY(!reference.data(Qt::DecorationRole).isNull()); // with the words, not alone
        QVERIFY(reference.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Flagged by you")));
        QVERIFY(m_window->flagAction()->isChecked());
        // The oldest case gets a high priority: first in the Flagged view.
        openRowOf(m_references.at(0));
        m_window->priorityAction()->trigger();
        settle();
        QTRY_COMPARE(m_window->viewModel()->count(SavedView::Flagged), 2);
        m_window->selectView(flaggedRow);
        settle();
        QTRY_COMPARE(m_window->caseModel()->rowCount(), 2);
        QCOMPARE(m_window->caseModel()->summaryAt(0).reference, m_references.at(0));
        QVERIFY(m_window->caseModel()->summaryAt(0).highPriority);
        QCOMPARE(m_window->caseModel()->summaryAt(1).reference, m_references.at(1));
        // All three at once, from All open: a bulk change and its summary.
        m_window->selectView(0);
        settle();
        m_window->caseTable()->selectAll();
        m_window->flagAction()->setChecked(false);
        m_window->flagAction()->trigger();
        QTRY_VERIFY(m_prompts->asked.contains(QStringLiteral("inform: Flag cases")));
        QVERIFY2(m_prompts->lastWarning.contains(QStringLiteral("3 cases changed")),
                 qPrintable(m_prompts->lastWarning));
        settle();
        QTRY_COMPARE(m_window->viewModel()->count(SavedView::Flagged), 3);
    }

    // Issue #16 §4: one template to many applicants, each their own message with their own
    // reference; a case whose e-service lacks the template is named in the summary.
    void aTemplateGoesToManyApplicantsEachTheirOwn()
    {
        const QString eservice = m_window->caseModel()->summaryAt(0).eserviceId;
        QVERIFY(TemplateService(*m_db)
                    .setMessageTemplate(eservice, QStringLiteral("Mottagen"),
                                        QStringLiteral("Vi har tagit emot ärende {reference}."))
                    .ok());
        Submission other = sampleSubmission(QStringLiteral("gui-other"));
        other.eserviceId = QStringLiteral("skolskjuts");
        other.eserviceName = QStringLiteral("Skolskjuts");
        QVERIFY(configureSampleEService(*m_db, other));
        auto receipt = IntakeService(*m_db).submit(other);
        QVERIFY(receipt.ok());
        m_window->refresh();
        settle();
        QTRY_COMPARE(m_window->caseModel()->rowCount(), 4);
        m_window->caseTable()->selectAll();
        m_prompts->choiceAnswer = QStringLiteral("Mottagen");
        m_prompts->confirmAnswer = true;
        m_window->findChild<QAction*>(QStringLiteral("bulkMessageAction"))->trigger();
        QTRY_VERIFY(m_prompts->asked.contains(QStringLiteral("inform: Send a message")));
        const QString summary = m_prompts->lastWarning;
        QVERIFY2(summary.contains(QStringLiteral("3 messages sent")), qPrintable(summary));
        QVERIFY2(summary.contains(receipt->reference) &&
                     summary.contains(QStringLiteral("no message template")),
                 qPrintable(summary));
        for (const QString& ref : std::as_const(m_references)) {
            auto thread = MessageService(*m_db).thread(ref);
            QVERIFY(thread.ok());
            QCOMPARE(thread->messages.size(), 1);
            QCOMPARE(thread->messages.constFirst().body,
                     QStringLiteral("Vi har tagit emot ärende %1.").arg(ref));
        }
        QVERIFY(MessageService(*m_db).thread(receipt->reference)->messages.isEmpty());
    }

    // Issue #16 §3: "@" in a note offers the people by login and name; Enter puts the login in.
    void aMentionIsCompletedWhileTheNoteIsTyped()
    {
        QVERIFY(AccessService(*m_db)
                    .addUser(QStringLiteral("karin.kollega"), QStringLiteral("caseworker"),
                             QStringLiteral("Karin Kollega"), false)
                    .ok());
        QVERIFY(AccessService(*m_db)
                    .addUser(QStringLiteral("bo.berg"), QStringLiteral("caseworker"),
                             QStringLiteral("Bo Berg"), false)
                    .ok());
        m_window->refresh();
        settle();
        openRowOf(m_references.at(0));
        auto* editor = m_window->caseView()->findChild<QPlainTextEdit*>(QStringLiteral("noteComposeText"));
        QVERIFY(editor);
        auto* tabs = m_window->caseView()->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(editor))
                tabs->setCurrentIndex(i);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Fråga @koll"));
        auto* list = m_window->caseView()->findChild<QAbstractItemView*>(QStringLiteral("mentionList"));
        if (!list) // the popup is a top-level widget of its own
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("mentionList"))
                    list = qobject_cast<QAbstractItemView*>(w);
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1); // matched in the name, not only the login
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Karin Kollega (karin.kollega)"));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Fråga @karin.kollega "));
        QVERIFY(!list->isVisible());
        // An e-mail address is no mention: nothing is offered.
        QTest::keyClicks(editor, QStringLiteral("eller bo@k"));
        QVERIFY(!list->isVisible());
    }

    void inboxFitsAt1280x800AndSaysHowLongAgo()
    {
        m_window->resize(1280, 800);
        settle();
        QApplication::processEvents();
        QTableView* table = m_window->caseTable();
        QHeaderView* header = table->horizontalHeader();
        // The default set, whole, without a horizontal scroll bar.
        for (int column : {CaseListModel::Reference, CaseListModel::EService, CaseListModel::Applicant,
                           CaseListModel::Status, CaseListModel::Submitted, CaseListModel::Unread})
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        QVERIFY(header->isSectionHidden(CaseListModel::Signature));
        QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("scrolls %1 px at a viewport of %2 px; sections %3")
                                .arg(table->horizontalScrollBar()->maximum())
                                .arg(table->viewport()->width())
                                .arg([header] {
                                    QStringList sizes;
                                    for (int c = 0; c < header->count(); ++c)
                                        sizes << QString::number(
                                            header->isSectionHidden(c) ? 0 : header->sectionSize(c));
                                    return sizes.join(QLatin1Char(' '));
                                }())));
        const QModelIndex submitted = m_window->caseModel()->index(0, CaseListModel::Submitted);
        const int days = int(QDate(2026, 11, 20).daysTo(QDate::currentDate()));
        QCOMPARE(submitted.data().toString(), QStringLiteral("%1 days").arg(days));
        QCOMPARE(submitted.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Submitted ") +
                     CaseText::dateTime(QDateTime(QDate(2026, 11, 20), QTime(10, 15), QTimeZone(3600))));
        // Nothing of the header or the filters is cut at 1280×800: every button at least as
        // wide as its text asks, the filters show their choice, the note field has room.
        openRowOf(m_references.first());
        QApplication::processEvents();
        for (QPushButton* button : m_window->caseView()->findChildren<QPushButton*>()) {
            if (!button->isVisibleTo(m_window.get()) || button->objectName().isEmpty())
                continue;
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 px of %3")
                                    .arg(button->objectName())
                                    .arg(button->width())
                                    .arg(button->minimumSizeHint().width())));
            QVERIFY2(button->mapTo(m_window.get(), QPoint(button->width(), 0)).x() <= m_window->width(),
                     qPrintable(button->objectName() + QStringLiteral(" is outside the window")));
        }
        for (const char* name : {"eserviceFilter", "statusFilter", "assigneeFilter"}) {
            auto* combo = m_window->findChild<QComboBox*>(QString::fromLatin1(name));
            QVERIFY2(combo->width() >= combo->fontMetrics().horizontalAdvance(combo->currentText()) + 24,
                     qPrintable(QStringLiteral("%1 shows '%2' in %3 px")
                                    .arg(QString::fromLatin1(name), combo->currentText())
                                    .arg(combo->width())));
        }
        QVERIFY(m_window->caseView()->findChild<QLineEdit*>(QStringLiteral("statusNote"))->width() >= 300);

        // Wider, the names get the room; a column the person resizes is theirs from then on.
        m_window->resize(1600, 900);
        QApplication::processEvents();
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // (As a drag on the header does it: a press on the header, the resize, the release; the
        // right button, so that the press does not also sort.)
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(2, 2),
                          header->viewport()->mapToGlobal(QPointF(2, 2)), Qt::RightButton, Qt::RightButton,
                          Qt::NoModifier);
        QApplication::sendEvent(header->viewport(), &press);
        header->resizeSection(CaseListModel::Applicant, 600);
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(2, 2),
                            header->viewport()->mapToGlobal(QPointF(2, 2)), Qt::RightButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(header->viewport(), &release);
        m_window->resize(1280, 800);
        QApplication::processEvents();
        QCOMPARE(header->sectionSize(CaseListModel::Applicant), 600);
    }

    void formShowsEveryAnswerWholeCopiesItAndTheHiddenFieldsOnRequest()
    {
        openRowOf(m_references.at(2));
        auto* view = m_window->caseView()->findChild<QTreeView*>(QStringLiteral("formView"));
        auto* showHidden = m_window->caseView()->findChild<QCheckBox*>(QStringLiteral("showHiddenFields"));
        QVERIFY(view);
        QVERIFY(showHidden);
        auto* tabs = m_window->caseView()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        tabs->setCurrentIndex(tabs->indexOf(view->parentWidget()));
        view->resize(640, 480);
        QApplication::processEvents();
        QCOMPARE(view->textElideMode(), Qt::ElideNone);

        // The long answer: its row as high as the whole text wrapped at the answer column's width.
        const QAbstractItemModel* model = view->model();
        const QModelIndex need = model->index(1, 0);
        QModelIndex answer;
        for (int row = 0; row < model->rowCount(need); ++row)
            if (model->index(row, FormModel::Value, need).data().toString() == longAnswer())
                answer = model->index(row, FormModel::Value, need);
        QStringList seen;
        for (int row = 0; row < model->rowCount(need); ++row)
            seen << model->index(row, FormModel::Value, need).data().toString().left(40);
        QVERIFY2(answer.isValid(), qPrintable(seen.join(QStringLiteral(" | "))));
        const int width = view->columnWidth(FormModel::Value);
        QVERIFY(width > 100);
        const QRect needed =
            view->fontMetrics().boundingRect(QRect(0, 0, width - 12, 100000), Qt::TextWordWrap, longAnswer());
        QVERIFY2(needed.height() > 4 * view->fontMetrics().lineSpacing(), "the answer spans lines");
        QVERIFY2(view->visualRect(answer).height() >= needed.height(),
                 qPrintable(QStringLiteral("row %1 px, text %2 px")
                                .arg(view->visualRect(answer).height())
                                .arg(needed.height())));
        // Narrower, the row grows.
        const int before = view->visualRect(answer).height();
        view->setColumnWidth(FormModel::Label, view->columnWidth(FormModel::Label) + 150);
        QApplication::processEvents();
        QVERIFY(view->visualRect(answer).height() > before);

        // Copy: the question and the whole answer.
        view->setFocus();
        view->selectionModel()->select(answer,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Beskriv ditt behov: ") + longAnswer());

        // The field the applicant did not see ("Släpvagn": only without a car), on request and marked.
        QVERIFY(showHidden->isEnabled());
        QVERIFY2(showHidden->text().contains(QStringLiteral("(1)")), qPrintable(showHidden->text()));
        const QModelIndex personal = model->index(0, 0);
        QCOMPARE(model->rowCount(personal), 3);
        showHidden->setChecked(true);
        QCOMPARE(model->rowCount(personal), 4);
        const QModelIndex trailer = model->index(3, FormModel::Label, personal);
        QCOMPARE(trailer.data().toString(), QStringLiteral("Släpvagn (not shown to the applicant)"));
        QVERIFY(trailer.data(FormModel::HiddenFromApplicantRole).toBool());
        QVERIFY(
            !model->index(2, FormModel::Label, personal).data(FormModel::HiddenFromApplicantRole).toBool());
        showHidden->setChecked(false);
        QCOMPARE(model->rowCount(personal), 3);
    }

    void refusesAConcurrentChangeWithADialogAndReloads()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        DatabaseUrl url = m_db->url();
        auto other = Database::open(url);
        QVERIFY(other.ok());
        QVERIFY(CaseService(**other)
                    .changeStatus(ref, QStringLiteral("in_progress"), std::nullopt, QStringLiteral("other"))
                    .ok());

        click(statusButton(QStringLiteral("registered")));
        QVERIFY2(m_prompts->asked.contains(QStringLiteral("warn: The case was changed by someone else")),
                 qPrintable(m_prompts->asked.join(QLatin1Char(','))));
        QVERIFY(m_prompts->lastWarning.contains(QStringLiteral("in_progress")));
        // Reloaded: the other caseworker's change is what the view shows now, not ours.
        QCOMPARE(m_window->caseView()->detail().summary.statusId, QStringLiteral("in_progress"));
        QCOMPARE(m_window->caseView()->detail().summary.version, 2);
    }

    void typingInSearchNarrowsTheList()
    {
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->searchField()->hasFocus());
        // The search runs once typing pauses, and its rows arrive from the worker.
        QSignalSpy loaded(m_window->caseModel(), &CaseListModel::loaded);
        QTest::keyClicks(m_window->searchField(), QStringLiteral("Lind"));
        QVERIFY(loaded.wait());
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        QCOMPARE(m_window->caseModel()->summaryAt(0).applicantName, QStringLiteral("Erik Lind"));
        m_window->searchField()->clear();
        QVERIFY(loaded.wait());
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        QTest::keyClicks(m_window->searchField(), m_references.last());
        QVERIFY(loaded.wait());
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        QCOMPARE(m_window->caseModel()->summaryAt(0).reference, m_references.last());

        // Down goes from the search to its results, and opens the first; Tab leaves the list for
        // the case rather than walking its cells.
        QTest::keyClick(m_window->searchField(), Qt::Key_Down);
        settle();
        QTableView* table = m_window->caseTable();
        QVERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(m_window->caseView()->detail().summary.reference, m_references.last());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->currentIndex().column(), 0);
        // Enter does the same from the search field.
        m_window->searchField()->setFocus();
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QVERIFY(table->hasFocus());

        // No hits: said in words with what was searched for, and one click clears the search.
        auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyList"));
        QVERIFY(empty && !empty->isVisible());
        m_window->searchField()->setText(QStringLiteral("zzxxqq"));
        // A load the Return above started may land first on a busy machine: wait for this search's.
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(m_window->caseModel()->rowCount(), 0);
        const QString said = m_window->findChild<QLabel*>(QStringLiteral("emptyListText"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("No cases match ‘zzxxqq’.")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("is not among them")), qPrintable(said));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("clearSearchButton")),
                          Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        QVERIFY(!empty->isVisible());
        QVERIFY(m_window->searchField()->text().isEmpty());
    }

    void savesAnAttachmentUnderItsSafeName()
    {
        openRowOf(m_references.first());
        auto* pane = m_window->caseView()->findChild<AttachmentPane*>();
        QVERIFY(pane);
        auto* tabs = m_window->caseView()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        tabs->setCurrentWidget(pane);
        // The name has the room, the checksum a narrow column at the end (whole in its tooltip).
        auto* view = pane->findChild<QTableView*>(QStringLiteral("attachmentView"));
        QVERIFY(view);
        QApplication::processEvents();
        QVERIFY2(view->columnWidth(AttachmentListModel::Name) >
                     view->columnWidth(AttachmentListModel::Checksum),
                 qPrintable(QStringLiteral("name %1 px, checksum %2 px")
                                .arg(view->columnWidth(AttachmentListModel::Name))
                                .arg(view->columnWidth(AttachmentListModel::Checksum))));
        QCOMPARE(
            view->model()->index(0, AttachmentListModel::Checksum).data(Qt::ToolTipRole).toString().size(),
            64);
        QTemporaryDir target;
        m_prompts->saveFolder = target.path();
        pane->selectRow(0);
        QVERIFY(pane->saveSelected());
        settle();
        QVERIFY(m_prompts->lastSuggestedPath.endsWith(QStringLiteral("/läkarintyg.pdf")));
        QFile saved(target.filePath(QStringLiteral("läkarintyg.pdf")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), tinyPdf());
    }

    void bulkStatusChangeChecksEachCaseAndSummarises()
    {
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        m_window->caseTable()->selectAll();
        // Someone else moves one of the selected cases after the list was loaded.
        auto other = Database::open(m_db->url());
        QVERIFY(other.ok());
        QVERIFY(CaseService(**other)
                    .changeStatus(m_references.at(1), QStringLiteral("in_progress"), std::nullopt, {})
                    .ok());

        m_window->changeStatusOfSelected(QStringLiteral("registered"));
        settle();
        QVERIFY(m_prompts->asked.contains(QStringLiteral("inform: Change status")));
        QVERIFY2(m_prompts->lastWarning.startsWith(QStringLiteral("2 cases changed.")),
                 qPrintable(m_prompts->lastWarning));
        QVERIFY(m_prompts->lastWarning.contains(m_references.at(1)));
        auto changed = CaseService(*m_db).open(m_references.at(0), false);
        QCOMPARE(changed->summary.statusId, QStringLiteral("registered"));
        auto untouched = CaseService(*m_db).open(m_references.at(1), false);
        QCOMPARE(untouched->summary.statusId, QStringLiteral("in_progress"));
    }

    void cancellingABulkChangeStopsBeforeTheNextCase()
    {
        QCOMPARE(m_window->caseModel()->rowCount(), 3);
        m_window->caseTable()->selectAll();
        m_window->changeStatusOfSelected(QStringLiteral("registered"));
        // Cancel while the first case is on its way: it is finished, no other case is tried.
        auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("bulkProgress"));
        QVERIFY(progress);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        cancel->click(); // as the caseworker does (the dialog shows only after 400 ms)
        settle();
        QVERIFY(m_prompts->asked.contains(QStringLiteral("inform: Change status")));
        QVERIFY2(m_prompts->lastWarning.startsWith(
                     QStringLiteral("1 case changed. Cancelled: 2 cases not tried.")),
                 qPrintable(m_prompts->lastWarning));
        int registered = 0;
        for (const QString& ref : std::as_const(m_references))
            if (CaseService(*m_db).open(ref, false)->summary.statusId == QLatin1String("registered"))
                ++registered;
        QCOMPARE(registered, 1);
        QVERIFY(!m_window->findChild<QProgressDialog*>(QStringLiteral("bulkProgress")));
    }

    void flagsASignatureWhenTheDataWasAlteredAfterSigning()
    {
        const QString ref = m_references.first();
        QVERIFY(m_db->exec(QStringLiteral(
                               "UPDATE form_fields SET value_json = '\"XYZ999\"', value_text = 'XYZ999'"
                               " WHERE field_key = 'regNo' AND case_id = (SELECT id FROM cases WHERE "
                               "reference = ?)"),
                           {ref})
                    .ok());
        openRowOf(ref);
        auto* signatures = m_window->caseView()->findChild<QTableView*>(QStringLiteral("signatureView"));
        QVERIFY(signatures);
        const QAbstractItemModel* model = signatures->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, SignatureListModel::Check).data(SignatureListModel::CheckRole).toInt(),
                 int(SignatureCheck::Mismatch));
        QVERIFY(model->index(0, SignatureListModel::Check)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not match")));
        QCOMPARE(model->index(1, SignatureListModel::Check).data(SignatureListModel::CheckRole).toInt(),
                 int(SignatureCheck::Awaiting));
        // An untouched case still verifies.
        openRowOf(m_references.at(1));
        QCOMPARE(signatures->model()
                     ->index(0, SignatureListModel::Check)
                     .data(SignatureListModel::CheckRole)
                     .toInt(),
                 int(SignatureCheck::Valid));
    }

    // Issue #17 §1–§2: the case shown goes to a PDF/A file, to the printer (the same pages) and
    // into an archive package, each through the worker; the notes only when chosen.
    void theCaseShownIsExportedPrintedAndPackaged()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        CaseExportActions* exports = m_window->caseExport();
        QVERIFY(exports);
        QVERIFY(exports->exportPdfAction()->isEnabled());
        QCOMPARE(exports->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QTemporaryDir out;
        m_prompts->saveFolder = out.path();
        m_prompts->folderAnswer = out.path();

        // Cancelled at the notes question: nothing is written.
        m_prompts->choiceAnswer.reset();
        exports->exportPdfAction()->trigger();
        settle();
        QVERIFY(!QFile::exists(QDir(out.path()).filePath(ref + QStringLiteral(".pdf"))));

        m_prompts->choiceAnswer = QStringLiteral("Without internal notes");
        exports->exportPdfAction()->trigger();
        settle();
        QFile pdf(QDir(out.path()).filePath(ref + QStringLiteral(".pdf")));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(m_prompts->lastWarning));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("pdfaid:part"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(ref));

        m_prompts->choiceAnswer = QStringLiteral("With internal notes (every page marked as internal)");
        exports->printAction()->trigger();
        settle();
        QVERIFY(m_prompts->asked.contains(QStringLiteral("print: Print ") + ref));
        QVERIFY(m_prompts->printed.startsWith("%PDF-"));
        QVERIFY(m_prompts->printedDocument.marking.contains(QStringLiteral("INTERNT")));
        QVERIFY(m_prompts->printedDocument.html.contains(QStringLiteral("Anna Berg")));

        exports->exportPackageAction()->trigger();
        settle();
        QVERIFY2(QFile::exists(QDir(out.path()).filePath(ref + QStringLiteral("/METS.xml"))),
                 qPrintable(m_prompts->lastWarning));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Archive package")));
    }

    // Issue #17 §4: the About dialog says the licence.
    void theAboutDialogSaysTheLicence()
    {
        QAction* about = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>())
            if (action->text() == QStringLiteral("&About CaseDesk"))
                about = action;
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(shown.contains(QStringLiteral("GNU General Public License")), qPrintable(shown));
        QVERIFY(shown.contains(
            QStringLiteral("version 3 of the License, or (at your option) any later version")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
