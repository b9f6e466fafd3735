// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "AttachmentPane.h"
#include "CaseListModel.h"
#include "CaseView.h"
#include "ComposeBox.h"
#include "DateField.h"
#include "DecisionDialog.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "MessageThreadModel.h"
#include "MessagesPane.h"
#include "NotesPane.h"
#include "OutcomeTableModel.h"
#include "OutcomesPage.h"
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "SavedView.h"
#include "SettingsDialog.h"
#include "SettingsWrite.h"
#include "SupplementRequestDialog.h"
#include "TemplatesPage.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "messaging/MessageService.h"
#include "messaging/PortalService.h"
#include "messaging/TemplateService.h"
#include "repositories/CaseRepository.h"
#include "worker/DatabaseWorker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

// The Messages tab, the supplement and decision dialogs and the template settings, driven
// through the real main window on SQLite, with the citizen portal played by PortalService on a
// second connection; and on PostgreSQL, who may not work a case sees why.
class MessagingGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_portalDb; // the portal's own connection
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_references;
    QTranslator m_english;

    CaseView* caseView() const { return m_window->caseView(); }
    MessagesPane* pane() const { return caseView()->messagesPane(); }
    template <typename T> T* child(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    void openRowOf(const QString& reference)
    {
        const int row = m_window->caseModel()->rowOf(reference);
        QVERIFY2(row >= 0, qPrintable(reference));
        m_window->caseTable()->selectRow(row);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(caseView()->detail().summary.reference, reference);
        child<QTabWidget>("caseTabs")->setCurrentWidget(pane());
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    PortalView portalView(const QString& reference)
    {
        auto view = PortalService(*m_portalDb).messages(sampleApplicant(), reference);
        if (!view.ok())
            qFatal("portal messages: %s", qPrintable(view.error().message()));
        return *view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_english.load(QStringLiteral(":/i18n/casedesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(
            QStringLiteral("msg-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(url.sqlitePath);
        auto db = Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());
        m_references.clear();
        for (int i = 0; i < 2; ++i) {
            auto receipt = IntakeService(*m_db).submit(sampleSubmission(QStringLiteral("msg-%1").arg(i)));
            QVERIFY(receipt.ok());
            m_references << receipt->reference;
        }
        auto portal = Database::open(url);
        QVERIFY(portal.ok());
        m_portalDb = std::move(portal).value();
        m_prompts = std::make_unique<FakePrompts>();
        m_worker = std::make_unique<DatabaseWorker>(m_db->url());
        m_window = std::make_unique<MainWindow>(*m_db, *m_worker, *m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_worker->waitForIdle());
    }

    void cleanup()
    {
        m_window.reset();
        m_worker.reset();
        m_prompts.reset();
        m_portalDb.reset();
        m_db.reset();
    }

    void sendsAMessageWithAnAttachmentAndSeesTheReadReceipt()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        // Nothing written yet: the pane says so, and what writing does; gone with the first message.
        auto* empty = pane()->findChild<QLabel*>(QStringLiteral("threadEmpty"));
        QVERIFY(empty && empty->isVisibleTo(pane()));
        ComposeBox* compose = pane()->compose();
        m_prompts->openAnswer = {writeFile(QStringLiteral("komplettering.pdf"), tinyPdf())};
        QTest::mouseClick(child<QPushButton>("messageComposeAttach"), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(compose->attachmentPaths().size(), 1);
        QTest::keyClicks(compose->editor(), QStringLiteral("Hej! "));
        compose->editor()->insertPlainText(QStringLiteral("Här är beslutsunderlaget för ärendet."));
        const int before = pane()->model()->rowCount();
        QSignalSpy finished(pane(), &MessagesPane::sendFinished);
        QTest::keyClick(compose->editor(), Qt::Key_Return, Qt::ControlModifier);
        // On its way (the answer comes through the event loop): the text stays, read-only, and
        // a second Ctrl+Enter or click sends nothing more.
        QVERIFY(pane()->isSending());
        QCOMPARE(compose->text(), QStringLiteral("Hej! Här är beslutsunderlaget för ärendet."));
        QVERIFY(compose->editor()->isReadOnly());
        QVERIFY(!child<QPushButton>("messageComposeSend")->isEnabled());
        QTest::keyClick(compose->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!pane()->send());
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!compose->editor()->isReadOnly());
        auto sentThread = MessageService(*m_db).thread(ref);
        QVERIFY(sentThread.ok());
        QCOMPARE(sentThread->messages.size(), before + 1); // sent once

        QCOMPARE(pane()->model()->rowCount(), before + 1);
        QVERIFY(!empty->isVisibleTo(pane()));
        const QModelIndex last = pane()->model()->index(before);
        QCOMPARE(last.data(MessageThreadModel::DirectionRole).toString(), QStringLiteral("out"));
        QCOMPARE(last.data(MessageThreadModel::BodyRole).toString(),
                 QStringLiteral("Hej! Här är beslutsunderlaget för ärendet."));
        QCOMPARE(last.data(MessageThreadModel::AttachmentNamesRole).toStringList(),
                 QStringList{QStringLiteral("komplettering.pdf")});
        QCOMPARE(last.data(MessageThreadModel::ReadReceiptRole).toString(),
                 QStringLiteral("Not read yet by the applicant"));
        QVERIFY(compose->text().isEmpty());
        QVERIFY(compose->attachmentPaths().isEmpty());

        // The applicant reads it on Min sida; F5 shows the receipt.
        auto read = PortalService(*m_portalDb).markRead(sampleApplicant(), ref);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(*read, 1);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_worker->waitForIdle());
        const int row = pane()->model()->rowCount() - 1;
        QVERIFY2(
            pane()
                ->model()
                ->index(row)
                .data(MessageThreadModel::ReadReceiptRole)
                .toString()
                .startsWith(QStringLiteral("Read by the applicant ")),
            qPrintable(pane()->model()->index(row).data(MessageThreadModel::ReadReceiptRole).toString()));

        // The attachment saves as it was sent.
        QTemporaryDir target;
        m_prompts->saveFolder = target.path();
        auto* thread = child<QListView>("messageThread");
        thread->setCurrentIndex(pane()->model()->index(row));
        QSignalSpy savedSpy(pane(), &MessagesPane::saveFinished);
        QVERIFY(pane()->saveSelectedAttachment());
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(savedSpy.size(), 1);
        QCOMPARE(savedSpy.first().first().toBool(), true);
        QFile saved(target.filePath(QStringLiteral("komplettering.pdf")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), tinyPdf());
        // And previews in the Attachments tab.
        QTest::mouseClick(child<QPushButton>("previewMessageAttachment"), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        auto* attachments = caseView()->findChild<AttachmentPane*>();
        QCOMPARE(child<QTabWidget>("caseTabs")->currentWidget(), attachments);
        QCOMPARE(attachments->previewKind(), QStringLiteral("pdf"));
    }

    void aRefusedMessageKeepsItsTextAndSaysWhyInline()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        ComposeBox* compose = pane()->compose();
        // A Windows executable disguised as a PDF.
        m_prompts->openAnswer = {writeFile(QStringLiteral("faktura.pdf"), QByteArray("MZ\x90\x00\x03", 5))};
        QVERIFY(compose->addAttachments());
        QTest::keyClicks(compose->editor(), QStringLiteral("Se bifogad faktura"));
        const int before = pane()->model()->rowCount();
        QTest::mouseClick(child<QPushButton>("messageComposeSend"), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(pane()->model()->rowCount(), before);
        QCOMPARE(compose->text(), QStringLiteral("Se bifogad faktura"));
        QVERIFY2(compose->errorText().contains(QStringLiteral("not sent")), qPrintable(compose->errorText()));
        QVERIFY(m_prompts->asked.filter(QStringLiteral("warn")).isEmpty()); // inline, no dialog
        auto thread = MessageService(*m_db).thread(ref);
        QVERIFY(thread.ok());
        QCOMPARE(thread->messages.size(), before);

        // Removing the bad file lets the same text go.
        auto* files = child<QListWidget>("messageComposeAttachments");
        files->setCurrentRow(0);
        QTest::keyClick(files, Qt::Key_Delete);
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(compose->attachmentPaths().isEmpty());
        QTest::keyClick(compose->editor(), Qt::Key_Enter, Qt::ControlModifier);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(pane()->model()->rowCount(), before + 1);
        QVERIFY(compose->errorText().isEmpty());
    }

    void internalNotesAreTheirOwnStreamAndNeverReachThePortal()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        NotesPane* notes = pane()->notes();
        QVERIFY(child<QLabel>("internalNoteBanner")
                    ->text()
                    .contains(QStringLiteral("not visible to the applicant")));
        QVERIFY(!notes->compose()->findChild<QPushButton*>(QStringLiteral("noteComposeAttach")));
        const QString secret = QStringLiteral("Sökanden verkar ha fel adress — kolla med folkbokföringen");
        QTest::keyClicks(notes->compose()->editor(), QStringLiteral("Sokanden "));
        notes->compose()->editor()->selectAll();
        notes->compose()->editor()->insertPlainText(secret); // typed; keyClicks knows no å, ä, ö
        QTest::keyClick(notes->compose()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(notes->isAdding());
        QVERIFY(!notes->addNote()); // no second note while the first is on its way
        QCOMPARE(notes->compose()->text(), secret);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(notes->model()->rowCount(), 1);
        QVERIFY(notes->compose()->text().isEmpty());
        QCOMPARE(notes->model()->index(0).data(NoteStreamModel::BodyRole).toString(), secret);
        QVERIFY(notes->model()->index(0).data(Qt::BackgroundRole).isValid());
        QVERIFY(notes->model()
                    ->index(0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Internal note by ")));
        for (int row = 0; row < pane()->model()->rowCount(); ++row)
            QVERIFY(
                !pane()->model()->index(row).data(MessageThreadModel::BodyRole).toString().contains(secret));
        // Survives a reload, and the portal never sees it.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(notes->model()->rowCount(), 1);
        const PortalView view = portalView(ref);
        const QByteArray json = QJsonDocument(PortalService::toJson(view)).toJson();
        QVERIFY(!json.contains(secret.toUtf8()));
        QVERIFY(!json.contains("folkbokf"));
    }

    void unsentTextSurvivesAReloadAndSwitchingCases()
    {
        openRowOf(m_references.at(0));
        QTest::keyClicks(pane()->compose()->editor(), QStringLiteral("Halvskrivet svar"));
        QTest::keyClicks(pane()->notes()->compose()->editor(), QStringLiteral("Halvskriven anteckning"));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(pane()->compose()->text(), QStringLiteral("Halvskrivet svar"));
        openRowOf(m_references.at(1));
        QVERIFY(pane()->compose()->text().isEmpty());
        QVERIFY(pane()->notes()->compose()->text().isEmpty());
        openRowOf(m_references.at(0));
        QCOMPARE(pane()->compose()->text(), QStringLiteral("Halvskrivet svar"));
        QCOMPARE(pane()->notes()->compose()->text(), QStringLiteral("Halvskriven anteckning"));
    }

    void aTemplateIsInsertedExpandedAtTheCursor()
    {
        const QString ref = m_references.first();
        QVERIFY(TemplateService(*m_db)
                    .setMessageTemplate(
                        QStringLiteral("parkeringstillstand"), QStringLiteral("Hälsning"),
                        QStringLiteral("Ärende {reference} ({eservice}). Hälsningar, {caseworker}"))
                    .ok());
        openRowOf(ref);
        ComposeBox* compose = pane()->compose();
        QTest::keyClicks(compose->editor(), QStringLiteral("Hej! "));
        auto* button = child<QToolButton>("messageComposeTemplates");
        QVERIFY(button && button->isVisibleTo(m_window.get()));
        const QList<QAction*> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->text(), QStringLiteral("Hälsning"));
        actions.first()->trigger();
        const QString expected =
            QStringLiteral("Hej! Ärende %1 (%2). Hälsningar, %3")
                .arg(ref, caseView()->detail().summary.eserviceName, m_db->currentUser());
        QCOMPARE(compose->text(), expected);
    }

    // Issue #15: a decision without an outcome or a text is refused in the dialog, in Swedish,
    // before the confirmation; the message goes once it is put right.
    void anEmptyDecisionTextIsRefusedInSwedish()
    {
        QTranslator swedish;
        QVERIFY(swedish.load(QStringLiteral(":/i18n/casedesk_sv.qm")));
        QCoreApplication::removeTranslator(&m_english);
        QCoreApplication::installTranslator(&swedish);
        const auto english = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&swedish);
            QCoreApplication::installTranslator(&m_english);
        });
        openRowOf(m_references.first());
        QTest::mouseClick(child<QPushButton>("recordDecisionButton"), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        auto* dialog = qobject_cast<DecisionDialog*>(caseView()->activeDialog());
        QVERIFY(dialog);
        // No outcome is chosen for the caseworker.
        QCOMPARE(dialog->outcomePicker()->currentIndex(), -1);
        m_prompts->confirmAnswer = true;
        m_prompts->asked.clear();
        dialog->textEdit()->setPlainText(QStringLiteral("Ansökan beviljas."));
        QVERIFY(!dialog->submit());
        QCOMPARE(dialog->errorText(), QStringLiteral("Välj beslutets utfall."));
        dialog->outcomePicker()->setCurrentIndex(
            dialog->outcomePicker()->findData(QStringLiteral("approved")));
        QCOMPARE(dialog->errorText(), QString()); // put right: no longer said
        dialog->textEdit()->setPlainText(QStringLiteral("  \n "));
        QSignalSpy finished(dialog, &DecisionDialog::submitFinished);
        // Checked in the dialog, before the confirmation and without the database.
        QVERIFY(!dialog->submit());
        QCOMPARE(finished.size(), 0);
        QVERIFY(m_prompts->asked.isEmpty());
        QCOMPARE(dialog->errorText(),
                 QStringLiteral("Skriv beslutstexten: sökanden läser den med beslutet."));
        dialog->textEdit()->setPlainText(QStringLiteral("Ansökan beviljas."));
        QCOMPARE(dialog->errorText(), QString());
        QVERIFY(portalView(m_references.first()).decisions.isEmpty());
        dialog->reject();
    }

    void recordsADecisionThatClosesTheCaseAndReachesThePortal()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        // Only "Record decision…" leads to the decided status: no bare status button for it.
        QVERIFY(!caseView()->findChild<QPushButton*>(QStringLiteral("statusButton_decided")));
        auto* record = child<QPushButton>("recordDecisionButton");
        QVERIFY(record->isEnabled());
        QVERIFY(!child<QPushButton>("correctDecisionButton")->isVisibleTo(m_window.get()));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        auto* dialog = qobject_cast<DecisionDialog*>(caseView()->activeDialog());
        QVERIFY(dialog);
        const QPointer<DecisionDialog> firstDialog(dialog); // goes once accepted (and may be reused memory)
        QVERIFY(dialog->outcomePicker()->count() >= 4);
        dialog->outcomePicker()->setCurrentIndex(
            dialog->outcomePicker()->findData(QStringLiteral("approved")));
        QVERIFY(dialog->outcomePicker()->currentIndex() >= 0);

        // Saying no to the confirmation records nothing.
        m_prompts->confirmAnswer = false;
        dialog->textEdit()->setPlainText(QStringLiteral("Ansökan beviljas. Tillståndet gäller i två år."));
        QVERIFY(!dialog->submit());
        QVERIFY(m_prompts->asked.contains(QStringLiteral("confirm: Record decision")));
        QVERIFY(!dialog->isBusy());
        QVERIFY(portalView(ref).decisions.isEmpty());
        m_prompts->confirmAnswer = true;
        QSignalSpy recorded(dialog, &DecisionDialog::submitFinished);
        QVERIFY2(dialog->submit(), qPrintable(dialog->errorText()));
        // On its way: the dialog stays, busy; closing it now is refused (the answer would be lost).
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("decisionRecord"))->isEnabled());
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().first().toBool(), true);

        QCOMPARE(caseView()->detail().summary.statusKind, StatusKind::Closed);
        QVERIFY(caseView()->detail().summary.closedAt.isValid());
        auto* label = child<QLabel>("decisionLabel");
        QVERIFY(label->isVisibleTo(m_window.get()));
        QVERIFY2(label->accessibleName().startsWith(QStringLiteral("Decision: ")),
                 qPrintable(label->accessibleName()));
        QVERIFY(!record->isEnabled());
        QVERIFY(record->toolTip().contains(QStringLiteral("Correct decision")));
        auto* history = child<QTableView>("historyView");
        bool inHistory = false;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            inHistory |=
                history->model()->index(row, 2).data().toString().contains(QStringLiteral("Decision"));
        QVERIFY(inHistory);
        PortalView view = portalView(ref);
        QCOMPARE(view.decisions.size(), 1);
        QCOMPARE(view.decisions.first().outcomeId, QStringLiteral("approved"));
        QCOMPARE(view.decisions.first().text,
                 QStringLiteral("Ansökan beviljas. Tillståndet gäller i två år."));
        QVERIFY(view.decisions.first().document.has_value());
        QCOMPARE(view.statusKind, QStringLiteral("closed"));

        // A correction is a new decision linked to the first; the first stays.
        auto* correct = child<QPushButton>("correctDecisionButton");
        QVERIFY(correct->isVisibleTo(m_window.get()) && correct->isEnabled());
        QTest::mouseClick(correct, Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        auto* correction = qobject_cast<DecisionDialog*>(caseView()->activeDialog());
        QVERIFY(correction && correction != firstDialog.data());
        QCOMPARE(correction->textEdit()->toPlainText(), view.decisions.first().text);
        correction->outcomePicker()->setCurrentIndex(
            correction->outcomePicker()->findData(QStringLiteral("partly_approved")));
        correction->textEdit()->setPlainText(QStringLiteral("Ansökan beviljas delvis: ett år."));
        m_prompts->openAnswer = {writeFile(QStringLiteral("rättelse.pdf"), tinyPdf())};
        QVERIFY(correction->choosePdf());
        QSignalSpy corrected(correction, &DecisionDialog::submitFinished);
        QVERIFY2(correction->submit(), qPrintable(correction->errorText()));
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(corrected.size(), 1);
        QVERIFY(corrected.first().first().toBool()); // the dialog is gone once accepted
        view = portalView(ref);
        QCOMPARE(view.decisions.size(), 2);
        QCOMPARE(view.decisions.at(1).correctsDecisionId, view.decisions.at(0).id);
        QCOMPARE(view.decisions.at(0).text, QStringLiteral("Ansökan beviljas. Tillståndet gäller i två år."));
        QVERIFY(view.decisions.at(1).document.has_value());
        QCOMPARE(view.decisions.at(1).document->fileName, QStringLiteral("rättelse.pdf"));
        QVERIFY(child<QLabel>("decisionLabel")->accessibleName().contains(QStringLiteral("corrected")));
    }

    void aSupplementRoundTripPutsTheCaseUnderNeedsActionWithTheUnreadIndicator()
    {
        const QString ref = m_references.first();
        openRowOf(ref);
        QTest::mouseClick(child<QPushButton>("requestSupplementButton"), Qt::LeftButton);
        QVERIFY(m_worker->waitForIdle());
        auto* dialog = qobject_cast<SupplementRequestDialog*>(caseView()->activeDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->dueEdit()->date(), QDate::currentDate().addDays(14));
        // A date typed whole is the date (QDateEdit kept the old month and day); one that has
        // passed is said at once under the field and sends nothing.
        auto* send = dialog->findChild<QPushButton*>(QStringLiteral("supplementSend"));
        auto* feedback = dialog->findChild<QLabel*>(QStringLiteral("dateFeedback"));
        QVERIFY(send && feedback);
        const QDate later = QDate::currentDate().addMonths(1).addDays(3);
        QLineEdit* dueText = dialog->dueEdit()->lineEdit();
        dueText->clear();
        QTest::keyClicks(dueText, later.toString(Qt::ISODate));
        QCOMPARE(dialog->dueEdit()->date(), later);
        QVERIFY(send->isEnabled());
        dueText->clear();
        QTest::keyClicks(dueText, QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QVERIFY(!dialog->dueEdit()->date().isValid());
        QVERIFY(!send->isEnabled());
        QVERIFY2(feedback->text().startsWith(QStringLiteral("The date cannot have passed.")),
                 qPrintable(feedback->text()));
        dueText->clear();
        QTest::keyClicks(dueText, QStringLiteral("+14"));
        QCOMPARE(dialog->dueEdit()->date(), QDate::currentDate().addDays(14));
        QVERIFY(send->isEnabled());
        // Nothing to ask for: refused inline when the database answered, the dialog stays.
        QSignalSpy sent(dialog, &SupplementRequestDialog::submitFinished);
        QVERIFY(dialog->submit());
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->submit()); // no second request while the first is on its way
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("supplementSend"))->isEnabled());
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toBool(), false);
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        dialog->textEdit()->setPlainText(QStringLiteral("Läkarintyget saknar underskrift."));
        QVERIFY2(dialog->submit(), qPrintable(dialog->errorText()));
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.last().first().toBool()); // the dialog is gone once accepted
        QCOMPARE(caseView()->detail().summary.statusKind, StatusKind::Waiting);
        auto* again = child<QPushButton>("requestSupplementButton");
        QVERIFY(!again->isEnabled());
        QVERIFY(again->toolTip().contains(QStringLiteral("already open")));
        QCOMPARE(pane()
                     ->model()
                     ->index(pane()->model()->rowCount() - 1)
                     .data(MessageThreadModel::KindRole)
                     .toString(),
                 QStringLiteral("supplement_request"));

        // Overdue requests are marked in the inbox (icon, due date, tooltip).
        QVERIFY(m_db->exec(QStringLiteral(
                               "UPDATE cases SET supplement_due_at = '2020-01-31' WHERE reference = ?"),
                           {ref})
                    .ok());
        m_window->selectView(int(allSavedViews().indexOf(SavedView::Waiting)));
        QVERIFY(m_worker->waitForIdle());
        int row = m_window->caseModel()->rowOf(ref);
        QVERIFY(row >= 0);
        QModelIndex due = m_window->caseModel()->index(row, CaseListModel::SupplementDue);
        QVERIFY(due.data(CaseListModel::SupplementOverdueRole).toBool());
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY2(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")),
                 qPrintable(due.data(Qt::ToolTipRole).toString()));
        QVERIFY(!due.data(Qt::DisplayRole).toString().isEmpty());

        // The applicant supplements on Min sida, with a file.
        OutgoingFile file{QStringLiteral("intyg.pdf"), tinyPdf(), QString()};
        auto answer = PortalService(*m_portalDb)
                          .supplement(sampleApplicant(), ref,
                                      QStringLiteral("Här är det underskrivna intyget."), {file});
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message()));
        m_window->selectView(int(allSavedViews().indexOf(SavedView::NeedsAction)));
        QVERIFY(m_worker->waitForIdle());
        row = m_window->caseModel()->rowOf(ref);
        QVERIFY2(row >= 0, "the supplemented case is not under Needs action");
        const QModelIndex unread = m_window->caseModel()->index(row, CaseListModel::Unread);
        QCOMPARE(unread.data(CaseListModel::UnreadCountRole).toInt(), 1);
        QVERIFY(!unread.data(Qt::DecorationRole).isNull());
        QVERIFY2(unread.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unread")),
                 qPrintable(unread.data(Qt::ToolTipRole).toString()));
        QVERIFY(unread.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unread")));
        QVERIFY(!m_window->caseModel()
                     ->index(row, CaseListModel::SupplementDue)
                     .data(CaseListModel::SupplementOverdueRole)
                     .toBool());

        // Opening the case reads the supplement; the indicator goes.
        openRowOf(ref);
        const QModelIndex last = pane()->model()->index(pane()->model()->rowCount() - 1);
        QCOMPARE(last.data(MessageThreadModel::KindRole).toString(), QStringLiteral("supplement"));
        QCOMPARE(last.data(MessageThreadModel::AttachmentNamesRole).toStringList(),
                 QStringList{QStringLiteral("intyg.pdf")});
        QCOMPARE(caseView()->detail().summary.statusId, QStringLiteral("supplemented"));
        auto summary = CaseRepository(*m_db).findSummary(ref);
        QVERIFY(summary.ok() && summary->has_value());
        QCOMPARE((*summary)->unreadCount, 0);
        QVERIFY(!(*summary)->needsAction);
        m_window->refresh();
        QVERIFY(m_worker->waitForIdle());
        QCOMPARE(m_window->caseModel()->rowOf(ref), -1); // no longer under Needs action
    }

    void administratorsEditTemplatesAndOutcomes()
    {
        SettingsDialog dialog(*m_worker, *m_prompts);
        QVERIFY(m_worker->waitForIdle());
        QVERIFY(dialog.pageNames().contains(QStringLiteral("templatesPage")));
        QVERIFY(dialog.pageNames().contains(QStringLiteral("outcomesPage")));
        auto* templates = dialog.findChild<TemplatesPage*>();
        auto* eservice = dialog.findChild<QComboBox*>(QStringLiteral("templatesEService"));
        eservice->setCurrentIndex(eservice->findData(QStringLiteral("parkeringstillstand")));
        QVERIFY(m_worker->waitForIdle());
        dialog.findChild<QLineEdit*>(QStringLiteral("messageTemplateName"))
            ->setText(QStringLiteral("Påminnelse"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("messageTemplateBody"))
            ->setPlainText(QStringLiteral("Vi väntar på svar i {reference} senast {due_date}."));
        QCOMPARE(writeAndWait(templates, *m_worker, [&] { return templates->saveMessageTemplate(); }),
                 WriteOutcome::Done);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("messageTemplateList"))->count(), 1);
        auto stored = TemplateService(*m_db).messageTemplates(QStringLiteral("parkeringstillstand"));
        QCOMPARE(stored->size(), 1);

        // Mail templates: an unknown placeholder is flagged as you type and refused on save.
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("mailTemplateKind"));
        kind->setCurrentIndex(kind->findData(mailKindId(MailKind::DecisionAvailable)));
        QVERIFY(m_worker->waitForIdle());
        auto* body = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mailTemplateBody"));
        QVERIFY(!body->toPlainText().isEmpty()); // the built-in default
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("mailTemplateState"))->text(),
                 QStringLiteral("Built-in default"));
        body->setPlainText(QStringLiteral("Hej {namn}, ett beslut i {reference} finns på Min sida."));
        QVERIFY(templates->mailValidation().contains(QStringLiteral("namn")));
        QCOMPARE(writeAndWait(templates, *m_worker, [&] { return templates->saveMailTemplate(); }),
                 WriteOutcome::Refused);
        QVERIFY2(m_prompts->lastWarning.contains(QStringLiteral("Text: ")),
                 qPrintable(m_prompts->lastWarning));
        body->setPlainText(QStringLiteral("Ett beslut i ärende {reference} ({eservice}) finns på Min sida."));
        QVERIFY(templates->mailValidation().isEmpty());
        QCOMPARE(writeAndWait(templates, *m_worker, [&] { return templates->saveMailTemplate(); }),
                 WriteOutcome::Done);
        auto mail = TemplateService(*m_db).mailTemplate(QStringLiteral("parkeringstillstand"),
                                                        MailKind::DecisionAvailable, QStringLiteral("sv"));
        QVERIFY(mail->overridden);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("mailTemplateState"))->text(),
                 QStringLiteral("Changed for this e-service"));
        QCOMPARE(writeAndWait(templates, *m_worker, [&] { return templates->resetMailTemplate(); }),
                 WriteOutcome::Done);
        mail = TemplateService(*m_db).mailTemplate(QStringLiteral("parkeringstillstand"),
                                                   MailKind::DecisionAvailable, QStringLiteral("sv"));
        QVERIFY(!mail->overridden);

        // Outcomes: a new one for this e-service, then retired.
        auto* outcomes = dialog.findChild<OutcomesPage*>();
        auto* outcomeService = dialog.findChild<QComboBox*>(QStringLiteral("outcomesEService"));
        outcomeService->setCurrentIndex(outcomeService->findData(QStringLiteral("parkeringstillstand")));
        QVERIFY(m_worker->waitForIdle());
        dialog.findChild<QLineEdit*>(QStringLiteral("outcomeId"))->setText(QStringLiteral("returned"));
        dialog.findChild<QLineEdit*>(QStringLiteral("outcomeNameSv"))
            ->setText(QStringLiteral("Återförvisad"));
        dialog.findChild<QLineEdit*>(QStringLiteral("outcomeNameEn"))->setText(QStringLiteral("Returned"));
        QCOMPARE(writeAndWait(outcomes, *m_worker, [&] { return outcomes->saveOutcome(); }),
                 WriteOutcome::Done);
        auto active = TemplateService(*m_db).outcomes(QStringLiteral("parkeringstillstand"));
        QVERIFY(std::any_of(active->begin(), active->end(),
                            [](const DecisionOutcome& o) { return o.id == QLatin1String("returned"); }));
        QCOMPARE(writeAndWait(outcomes, *m_worker, [&] { return outcomes->toggleSelected(); }),
                 WriteOutcome::Done);
        active = TemplateService(*m_db).outcomes(QStringLiteral("parkeringstillstand"));
        QVERIFY(std::none_of(active->begin(), active->end(),
                             [](const DecisionOutcome& o) { return o.id == QLatin1String("returned"); }));
        // Hostile id: refused with the field named, nothing added.
        dialog.findChild<QLineEdit*>(QStringLiteral("outcomeId"))
            ->setText(QStringLiteral("x'); DROP TABLE cases;--"));
        QCOMPARE(writeAndWait(outcomes, *m_worker, [&] { return outcomes->saveOutcome(); }),
                 WriteOutcome::Refused);
        QVERIFY2(m_prompts->lastWarning.startsWith(QStringLiteral("Outcome: ")),
                 qPrintable(m_prompts->lastWarning));
        auto all = TemplateService(*m_db).outcomes(QStringLiteral("parkeringstillstand"), false);
        QCOMPARE(all->size(), 5);
    }

    void theMessagingModelsPassTheModelTester()
    {
        const QString ref = m_references.first();
        QVERIFY(MessageService(*m_db).send(ref, QStringLiteral("Första"), {}).ok());
        QVERIFY(MessageService(*m_db).addNote(ref, QStringLiteral("Anteckning")).ok());
        QVERIFY(PortalService(*m_portalDb).reply(sampleApplicant(), ref, QStringLiteral("Svar"), {}).ok());
        auto thread = MessageService(*m_db).thread(ref);
        QVERIFY(thread.ok());
        MessageThreadModel messages;
        QAbstractItemModelTester messageTester(&messages,
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        messages.setMessages(thread->messages);
        QCOMPARE(messages.rowCount(), 2);
        QCOMPARE(messages.index(0).data(MessageThreadModel::DirectionRole).toString(), QStringLiteral("out"));
        QCOMPARE(messages.index(1).data(MessageThreadModel::AuthorRole).toString(),
                 QStringLiteral("Applicant"));
        QVERIFY(messages.index(1).data(MessageThreadModel::ReadReceiptRole).toString().isEmpty());
        messages.setMessages({});
        NoteStreamModel notes;
        QAbstractItemModelTester noteTester(&notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
        notes.setNotes(thread->notes);
        QCOMPARE(notes.rowCount(), 1);
        OutcomeTableModel outcomes;
        QAbstractItemModelTester outcomeTester(&outcomes,
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        outcomes.setRows(TemplateService(*m_db).outcomes(QStringLiteral("parkeringstillstand")).value());
        QCOMPARE(outcomes.rowCount(), 4);
    }

    void onPostgresqlWhoMayNotWorkTheCaseSeesTheActionsDisabledAndWhy()
    {
        QString error;
        PostgresCluster* cluster = PostgresCluster::shared(&error);
        QVERIFY2(cluster, qPrintable(QStringLiteral("PostgreSQL is required: ") + error));
        const DatabaseUrl url = cluster->createDatabase();
        auto owner = Database::open(url);
        QVERIFY(owner.ok());
        QVERIFY(Migrator(**owner).migrate().ok());
        auto receipt = IntakeService(**owner).submit(sampleSubmission(QStringLiteral("pg-1")));
        QVERIFY(receipt.ok());
        const AccessService access(**owner);
        QVERIFY(
            access.addUser(QStringLiteral("msg_reader"), QStringLiteral("reader"), QString(), false).ok());
        QVERIFY(
            access.addUser(QStringLiteral("msg_cw"), QStringLiteral("caseworker"), QString(), false).ok());
        QVERIFY(access
                    .grant(QStringLiteral("msg_reader"), QStringLiteral("parkeringstillstand"),
                           QStringLiteral("read"))
                    .ok());
        QVERIFY(access
                    .grant(QStringLiteral("msg_cw"), QStringLiteral("parkeringstillstand"),
                           QStringLiteral("read"))
                    .ok());

        for (const QString& login : {QStringLiteral("msg_reader"), QStringLiteral("msg_cw")}) {
            DatabaseUrl as = url;
            as.user = login;
            auto db = Database::open(as);
            QVERIFY(db.ok());
            FakePrompts prompts;
            DatabaseWorker worker((*db)->url());
            MainWindow window(**db, worker, prompts);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(worker.waitForIdle());
            const int row = window.caseModel()->rowOf(receipt->reference);
            QVERIFY2(row >= 0, qPrintable(login));
            window.caseTable()->selectRow(row);
            QVERIFY(worker.waitForIdle());
            CaseView* view = window.caseView();
            QVERIFY2(!view->workBlockedReason().isEmpty(), qPrintable(login));
            for (const char* name : {"requestSupplementButton", "recordDecisionButton"}) {
                auto* button = view->findChild<QPushButton*>(QString::fromLatin1(name));
                QVERIFY2(!button->isEnabled(), name);
                QCOMPARE(button->toolTip(), view->workBlockedReason());
            }
            // Reading the conversation is allowed; writing is not.
            QVERIFY(view->findChild<QLabel*>(QStringLiteral("threadUnavailable"))->isHidden());
            QVERIFY(!view->messagesPane()->compose()->editor()->isEnabled());
            QVERIFY(!view->messagesPane()->notes()->compose()->editor()->isEnabled());
            QCOMPARE(view->messagesPane()->compose()->editor()->toolTip(), view->workBlockedReason());
        }

        // With work access the same caseworker may act, and the database takes the message.
        QVERIFY(access
                    .grant(QStringLiteral("msg_cw"), QStringLiteral("parkeringstillstand"),
                           QStringLiteral("work"))
                    .ok());
        DatabaseUrl as = url;
        as.user = QStringLiteral("msg_cw");
        auto db = Database::open(as);
        QVERIFY(db.ok());
        FakePrompts prompts;
        DatabaseWorker worker((*db)->url());
        MainWindow window(**db, worker, prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(worker.waitForIdle());
        window.caseTable()->selectRow(window.caseModel()->rowOf(receipt->reference));
        QVERIFY(worker.waitForIdle());
        CaseView* view = window.caseView();
        QCOMPARE(view->detail().summary.reference, receipt->reference);
        QVERIFY2(view->workBlockedReason().isEmpty(), qPrintable(view->workBlockedReason()));
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("recordDecisionButton"))->isEnabled());
        ComposeBox* compose = view->messagesPane()->compose();
        QVERIFY(compose->editor()->isEnabled());
        QTest::keyClicks(compose->editor(), QStringLiteral("Hej fran handlaggaren"));
        QTest::keyClick(compose->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(worker.waitForIdle());
        QVERIFY2(compose->errorText().isEmpty(), qPrintable(compose->errorText()));
        QCOMPARE(view->messagesPane()->model()->rowCount(), 1);
        QCOMPARE(view->messagesPane()->model()->index(0).data(MessageThreadModel::AuthorRole).toString(),
                 QStringLiteral("msg_cw"));
        PostgresCluster::stopShared();
    }
};

QTEST_MAIN(MessagingGuiTest)
#include "MessagingGuiTest.moc"
