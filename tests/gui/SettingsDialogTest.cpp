// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SettingsDialog.h"
#include "AccessPage.h"
#include "AdminModels.h"
#include "AuditPage.h"
#include "CaseListModel.h"
#include "EServicesPage.h"
#include "FakePrompts.h"
#include "MailPage.h"
#include "MainWindow.h"
#include "NavetPage.h"
#include "NotificationsPage.h"
#include "PostgresCluster.h"
#include "PreferencesPage.h"
#include "RetentionPage.h"
#include "SampleSubmissions.h"
#include "SettingsWrite.h"
#include "TemplatesPage.h"
#include "Translations.h"
#include "admin/AdminService.h"
#include "credentials/InMemorySecretStore.h"
#include "navet/NavetSettings.h"
#include "notifications/NotificationService.h"
#include "workflow/CaseService.h"

#include "access/AccessService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "repositories/EServiceRepository.h"
#include "repositories/OutboxRepository.h"
#include "repositories/SettingsRepository.h"
#include "worker/DatabaseWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

// The settings dialog as administrators and caseworkers meet it, on SQLite and on a real
// PostgreSQL where the database decides who is an administrator.
class SettingsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresCluster* m_cluster = nullptr;
    DatabaseUrl m_pgUrl;
    std::unique_ptr<Database> m_owner;

    std::unique_ptr<Database> connectAs(const QString& login)
    {
        DatabaseUrl url = m_pgUrl;
        url.user = login;
        auto db = Database::open(url);
        if (!db.ok())
            qFatal("cannot connect as %s: %s", qPrintable(login), qPrintable(db.error().message()));
        return std::move(db).value();
    }

    // A fresh embedded database in the test's folder, migrated.
    std::unique_ptr<Database> openMigratedSqlite(const QString& fileName)
    {
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(fileName);
        auto db = Database::open(url);
        if (!db.ok())
            qFatal("cannot open %s: %s", qPrintable(fileName), qPrintable(db.error().message()));
        if (auto migrated = Migrator(**db).migrate(); !migrated.ok())
            qFatal("cannot migrate %s: %s", qPrintable(fileName), qPrintable(migrated.error().message()));
        return std::move(db).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_cluster = PostgresCluster::shared(&error);
        QVERIFY2(m_cluster, qPrintable(QStringLiteral("PostgreSQL is required: ") + error));
        m_pgUrl = m_cluster->createDatabase();
        auto owner = Database::open(m_pgUrl);
        QVERIFY(owner.ok());
        m_owner = std::move(owner).value();
        QVERIFY(Migrator(*m_owner).migrate().ok());
        QVERIFY(IntakeService(*m_owner).submit(sampleSubmission(QStringLiteral("s-1"))).ok());
        QVERIFY(IntakeService(*m_owner).submit(sampleSubmission(QStringLiteral("s-2"))).ok());
        const AccessService access(*m_owner);
        QVERIFY(access.addUser(QStringLiteral("gui_admin"), QStringLiteral("admin"), QString(), false).ok());
        QVERIFY(
            access.addUser(QStringLiteral("gui_cw"), QStringLiteral("caseworker"), QString(), false).ok());
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        PostgresCluster::stopShared();
    }

    void aCaseworkerGetsNoAdministrativePages()
    {
        auto cw = connectAs(QStringLiteral("gui_cw"));
        FakePrompts prompts;
        DatabaseWorker worker(cw->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        QVERIFY(!dialog.isAdministrator());
        // Everyone's own pages: the preferences, and which notifications come (issue #16 §3).
        QCOMPARE(dialog.pageNames(),
                 (QStringList{QStringLiteral("preferencesPage"), QStringLiteral("notificationsPage")}));
    }

    // Issue #15: the Statuses page shows the selected status's own values, and no label of any
    // page shows a raw "&" (a mnemonic belongs to the label's buddy).
    void everyPageShowsItsOwnValuesAndNoRawMnemonic()
    {
        auto admin = connectAs(QStringLiteral("gui_admin"));
        FakePrompts prompts;
        DatabaseWorker worker(admin->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        QVERIFY(worker.waitForIdle());
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            const QString text = label->text();
            if (label->textFormat() == Qt::PlainText || Qt::mightBeRichText(text) ||
                text.contains(QLatin1String("&&")))
                continue;
            static const QRegularExpression mnemonic(QStringLiteral("&\\w"));
            if (mnemonic.match(text).hasMatch())
                QVERIFY2(label->buddy(),
                         qPrintable(QStringLiteral("'%1' shows its '&': no buddy").arg(text)));
        }
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("statusTable"));
        QVERIFY(table);
        QVERIFY(worker.waitForIdle());
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("statusKind"));
        auto* order = dialog.findChild<QSpinBox*>(QStringLiteral("statusOrder"));
        auto* statuses = qobject_cast<StatusTableModel*>(table->model());
        QVERIFY(kind && order && statuses);
        QVERIFY(statuses->rowCount() >= 5);
        for (int row = 0; row < statuses->rowCount(); ++row) {
            table->selectRow(row);
            QVERIFY(worker.waitForIdle());
            const Status& status = statuses->rowAt(row);
            QCOMPARE(kind->currentData().toInt(), int(status.kind));
            QCOMPARE(order->value(), status.sortOrder);
        }
    }

    void anAdministratorChangesRetentionAndThePreviewFollows()
    {
        // A case of its own e-service, closed 40 days ago.
        Submission s = sampleSubmission(QStringLiteral("r-1"));
        s.eserviceId = QStringLiteral("bygglov");
        s.eserviceName = QStringLiteral("Bygglov");
        auto receipt = IntakeService(*m_owner).submit(s);
        QVERIFY(receipt.ok());
        QVERIFY(CaseService(*m_owner)
                    .changeStatus(receipt->reference, QStringLiteral("closed"), std::nullopt, {})
                    .ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_owner
                    ->exec(QStringLiteral("UPDATE cases SET closed_at = ? WHERE reference = ?"),
                           {toSqlTime(now.addDays(-40)), receipt->reference})
                    .ok());

        auto admin = connectAs(QStringLiteral("gui_admin"));
        FakePrompts prompts;
        DatabaseWorker worker(admin->url());
        SettingsDialog dialog(worker, prompts);
        // The dialog is there at once; the administrative pages come with the role.
        QCOMPARE(dialog.pageNames(),
                 (QStringList{QStringLiteral("preferencesPage"), QStringLiteral("notificationsPage")}));
        QVERIFY(worker.waitForIdle());
        QVERIFY(dialog.isAdministrator());
        QVERIFY(dialog.pageNames().contains(QStringLiteral("retentionPage")));
        QVERIFY(dialog.pageNames().contains(QStringLiteral("accessPage")));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("notEnforcedNote")));
        auto* page = dialog.findChild<RetentionPage*>();
        QVERIFY(page);
        page->setNow(now);
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("retentionEServices"));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, EServiceTableModel::Id).data().toString() ==
                QLatin1String("bygglov"))
                table->selectRow(row);
        page->reload();
        QVERIFY(page->isBusy()); // "Loading…" until the answer came
        QVERIFY(worker.waitForIdle());
        QVERIFY(!page->isBusy());
        QCOMPARE(page->dueNow(), 1); // default 30 days: due
        // Archive before purge (issue #17 §2): the case is kept, and the list says what it waits for.
        auto* archiveFirst = dialog.findChild<QCheckBox*>(QStringLiteral("retentionPageArchiveFirst"));
        QVERIFY(archiveFirst);
        archiveFirst->setChecked(true);
        QCOMPARE(writeAndWait(page, worker, [&] { return page->saveRetention(); }), WriteOutcome::Done);
        QCOMPARE(page->dueNow(), 0);
        auto* due = dialog.findChild<QTableView*>(QStringLiteral("retentionDue"));
        QVERIFY(due);
        QCOMPARE(due->model()->rowCount(), 1);
        QCOMPARE(due->model()->index(0, RetentionCaseTableModel::Waits).data().toString(),
                 QStringLiteral("Export to the archive"));
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("retentionSummary"))
                     ->text()
                     .contains(QStringLiteral("wait for their export")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("retentionSummary"))->text()));
        QVERIFY((*EServiceRepository(*m_owner).find(QStringLiteral("bygglov")))->archiveBeforePurge);
        archiveFirst->setChecked(false);
        QCOMPARE(writeAndWait(page, worker, [&] { return page->saveRetention(); }), WriteOutcome::Done);
        QCOMPARE(page->dueNow(), 1);
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("retentionPageDays"));
        days->setValue(45);
        QCOMPARE(writeAndWait(page, worker, [&] { return page->saveRetention(); }), WriteOutcome::Done);
        QCOMPARE(page->statusText(), QStringLiteral("Saved."));
        QCOMPARE(page->dueNow(), 0); // 40 + 45: due in five days
        QCOMPARE(page->dueNextWeek(), 1);
        auto stored = EServiceRepository(*m_owner).find(QStringLiteral("bygglov"));
        QCOMPARE((*stored)->retentionDays, std::optional<int>(45));
        dialog.findChild<QCheckBox*>(QStringLiteral("retentionPageNever"))->setChecked(true);
        QCOMPARE(writeAndWait(page, worker, [&] { return page->saveRetention(); }), WriteOutcome::Done);
        QCOMPARE(page->dueNow(), 0);
        QCOMPARE(page->dueNextWeek(), 0);
        stored = EServiceRepository(*m_owner).find(QStringLiteral("bygglov"));
        QVERIFY(!(*stored)->retentionDays.has_value());

        // A bad mailbox is refused on the e-services page with its field named, and nothing changes.
        auto* eservices = dialog.findChild<EServicesPage*>();
        dialog.findChild<QLineEdit*>(QStringLiteral("eserviceMailbox"))
            ->setText(QStringLiteral("not an address"));
        QCOMPARE(writeAndWait(eservices, worker, [&] { return eservices->save(); }), WriteOutcome::Refused);
        // The field as the administrator knows it, not its path (issue #13 §4).
        QVERIFY2(prompts.lastWarning.contains(QStringLiteral("Functional mailbox: ")),
                 qPrintable(prompts.lastWarning));
        // While a save is on its way a second one starts nothing (no double save).
        QVERIFY(eservices->save());
        QVERIFY(!eservices->save());
        QVERIFY(worker.waitForIdle());
    }

    void grantingAccessMakesCasesAppearWithoutARestart()
    {
        auto cw = connectAs(QStringLiteral("gui_cw"));
        FakePrompts cwPrompts;
        DatabaseWorker worker(cw->url());
        MainWindow window(*cw, worker, cwPrompts);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(worker.waitForIdle());
        QCOMPARE(window.caseModel()->rowCount(), 0);

        auto admin = connectAs(QStringLiteral("gui_admin"));
        FakePrompts prompts;
        DatabaseWorker adminWorker(admin->url());
        SettingsDialog dialog(adminWorker, prompts);
        QVERIFY(adminWorker.waitForIdle());
        auto* access = dialog.findChild<AccessPage*>();
        QVERIFY(access);
        dialog.findChild<QLineEdit*>(QStringLiteral("userLogin"))->setText(QStringLiteral("gui_cw"));
        auto* eservice = dialog.findChild<QComboBox*>(QStringLiteral("grantEService"));
        eservice->setCurrentIndex(eservice->findData(QStringLiteral("parkeringstillstand")));
        QCOMPARE(writeAndWait(access, adminWorker, [&] { return access->grantSelected(); }),
                 WriteOutcome::Done);

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(worker.waitForIdle());
        QCOMPARE(window.caseModel()->rowCount(), 2);
        QCOMPARE(writeAndWait(access, adminWorker, [&] { return access->revokeSelected(); }),
                 WriteOutcome::Done);
        window.refresh();
        QVERIFY(worker.waitForIdle());
        QCOMPARE(window.caseModel()->rowCount(), 0);

        // Both changes are in the audit log, which the administrator can filter.
        auto* audit = dialog.findChild<AuditPage*>();
        QVERIFY(audit);
        dialog.findChild<QComboBox*>(QStringLiteral("auditKind"))->setCurrentIndex(3); // administration
        audit->reload();
        QVERIFY(adminWorker.waitForIdle());
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
        // In words; the action as stored in the tooltip.
        QStringList actions;
        QStringList stored;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            actions << table->model()->index(row, 2).data().toString();
            stored << table->model()->index(row, 2).data(Qt::ToolTipRole).toString();
        }
        QVERIFY2(actions.contains(QStringLiteral("Access granted")),
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("Access revoked")));
        QVERIFY(stored.contains(QStringLiteral("admin.access_granted")));
        QVERIFY(!actions.contains(QStringLiteral("case.opened")));
    }

    void sqliteSaysPlainlyThatNothingIsEnforced()
    {
        auto db = openMigratedSqlite(QStringLiteral("single.db"));
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        QVERIFY(dialog.isAdministrator());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("notEnforcedNote")));
    }

    void savedConnectionsKeepPasswordsInTheKeychainOnly()
    {
        FakePrompts prompts;
        InMemorySecretStore secrets;
        PreferencesPage page(prompts, &secrets);
        page.findChild<QLineEdit*>(QStringLiteral("connectionName"))->setText(QStringLiteral("Kommunen"));
        page.findChild<QLineEdit*>(QStringLiteral("connectionUrl"))->setText(QStringLiteral("not a url"));
        QVERIFY(!page.saveConnection());
        QVERIFY(prompts.lastWarning.contains(QStringLiteral("--db")));

        const QString url = QStringLiteral("postgresql://anna.lind@db.kommun.example:5432/casedesk");
        page.findChild<QLineEdit*>(QStringLiteral("connectionUrl"))->setText(url);
        page.findChild<QLineEdit*>(QStringLiteral("connectionPassword"))
            ->setText(QStringLiteral("hemligt-lösen"));
        page.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(true);
        page.findChild<QCheckBox*>(QStringLiteral("defaultConnection"))->setChecked(true);
        QVERIFY(page.saveConnection());
        QTRY_VERIFY(secrets.size() == 1);
        const QString key = secretKeyForDatabase(DatabaseUrl::parse(url).value());
        QVERIFY(secrets.contains(key));
        QCOMPARE(PreferencesPage::savedConnections().size(), 1);
        QCOMPARE(PreferencesPage::defaultConnectionUrl(), url);
        // The password is nowhere in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hemligt"));

        // Unticking "remember" forgets the password again.
        page.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(false);
        QVERIFY(page.saveConnection());
        QTRY_VERIFY(secrets.size() == 0);
        QVERIFY(page.removeSelectedConnection());
        QCOMPARE(PreferencesPage::savedConnections().size(), 0);
        QVERIFY(PreferencesPage::defaultConnectionUrl().isEmpty());
    }

    // Issue #15: leaving a page or closing the dialog with unsaved changes asks to save or
    // discard them, or to stay.
    void unsavedChangesAreNeverLeftSilently()
    {
        auto db = openMigratedSqlite(QStringLiteral("unsaved.db"));
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        dialog.show();
        QVERIFY(worker.waitForIdle());
        auto* pages = dialog.findChild<QStackedWidget*>();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("settingsPages"));
        QVERIFY(pages && list);
        dialog.showPage(QStringLiteral("mailPage"));
        QVERIFY(worker.waitForIdle());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mailPage"));
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("smtpHost"));
        const int mailRow = list->currentRow();
        const int otherRow = mailRow == 0 ? 1 : 0;

        // Nothing changed: no question.
        list->setCurrentRow(otherRow);
        QVERIFY(prompts.asked.isEmpty());
        dialog.showPage(QStringLiteral("mailPage"));

        // Stay.
        host->setText(QStringLiteral("smtp.andra.example"));
        prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
        list->setCurrentRow(otherRow);
        QCOMPARE(prompts.asked, QStringList(QStringLiteral("save changes: Unsaved changes")));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mailPage"));
        QCOMPARE(list->currentRow(), mailRow);
        QCOMPARE(host->text(), QStringLiteral("smtp.andra.example"));
        // Closing asks too, and staying keeps the dialog open.
        dialog.reject();
        QVERIFY(dialog.isVisible());

        // Discard: read again, as stored.
        prompts.saveAnswer = UserPrompts::SaveChoice::Discard;
        list->setCurrentRow(otherRow);
        QVERIFY(worker.waitForIdle());
        QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("mailPage"));
        QCOMPARE(host->text(), QString());
        QCOMPARE(SettingsRepository(*db).value(QStringLiteral("smtp.host")).value(), QString());

        // Save: stored, then left.
        dialog.showPage(QStringLiteral("mailPage"));
        host->setText(QStringLiteral("smtp.kommun.example"));
        dialog.findChild<QLineEdit*>(QStringLiteral("smtpFrom"))
            ->setText(QStringLiteral("noreply@kommun.example"));
        prompts.saveAnswer = UserPrompts::SaveChoice::Save;
        list->setCurrentRow(otherRow);
        QVERIFY(worker.waitForIdle());
        QCoreApplication::processEvents();
        QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("mailPage"));
        QCOMPARE(SettingsRepository(*db).value(QStringLiteral("smtp.host")).value(),
                 QStringLiteral("smtp.kommun.example"));
        dialog.reject();
        QVERIFY(!dialog.isVisible());

        // The Retention page asks too, about the e-service shown.
        QVERIFY(EServiceRepository(*db).ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
        dialog.show();
        dialog.showPage(QStringLiteral("retentionPage"));
        dialog.findChild<RetentionPage*>()->reload();
        QVERIFY(worker.waitForIdle());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("retentionPage"));
        dialog.findChild<QSpinBox*>(QStringLiteral("retentionPageDays"))->setValue(400);
        prompts.asked.clear();
        prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
        dialog.reject();
        QCOMPARE(prompts.asked, QStringList(QStringLiteral("save changes: Unsaved changes")));
        QVERIFY(dialog.isVisible());
        prompts.saveAnswer = UserPrompts::SaveChoice::Discard;
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    // Issue #15: every page with a form asks before its changes are lost, whether the page is
    // left or another row (or e-service) is chosen on it.
    void everyFormPageAsksBeforeItsChangesAreLost()
    {
        auto db = openMigratedSqlite(QStringLiteral("forms.db"));
        QVERIFY(EServiceRepository(*db).ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
        QVERIFY(
            EServiceRepository(*db).ensure(QStringLiteral("parkering"), QStringLiteral("Parkering")).ok());
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        dialog.show();
        QVERIFY(worker.waitForIdle());
        auto* pages = dialog.findChild<QStackedWidget*>();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("settingsPages"));
        const auto shownPage = [&] { return pages->currentWidget()->objectName(); };
        const auto settle = [&] {
            QCoreApplication::processEvents(); // the question comes after the click
            QVERIFY(worker.waitForIdle());
            QCoreApplication::processEvents();
        };

        // Leaving the page: each form, a field of it changed.
        const QList<std::pair<QString, QString>> forms{
            {QStringLiteral("eservicesPage"), QStringLiteral("eserviceName")},
            {QStringLiteral("statusesPage"), QStringLiteral("statusNameSv")},
            {QStringLiteral("outcomesPage"), QStringLiteral("outcomeNameSv")},
            {QStringLiteral("accessPage"), QStringLiteral("userDisplayName")},
            {QStringLiteral("templatesPage"), QStringLiteral("mailTemplateSubject")}};
        for (const auto& [page, field] : forms) {
            dialog.showPage(page);
            settle();
            QCOMPARE(shownPage(), page);
            const int row = list->currentRow();
            auto* edit = pages->currentWidget()->findChild<QLineEdit*>(field);
            QVERIFY2(edit, qPrintable(field));
            const QString stored = edit->text();
            prompts.asked.clear();
            list->setCurrentRow(row == 0 ? 1 : 0); // nothing changed: left without a question
            QVERIFY(prompts.asked.isEmpty());
            dialog.showPage(page);
            edit->setText(stored + QStringLiteral(" ändrad"));
            prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
            list->setCurrentRow(row == 0 ? 1 : 0);
            QVERIFY2(prompts.asked == QStringList(QStringLiteral("save changes: Unsaved changes")),
                     qPrintable(page));
            QCOMPARE(shownPage(), page);
            QCOMPARE(edit->text(), stored + QStringLiteral(" ändrad"));
            prompts.saveAnswer = UserPrompts::SaveChoice::Discard;
            list->setCurrentRow(row == 0 ? 1 : 0);
            settle();
            QVERIFY(shownPage() != page);
            QCOMPARE(edit->text(), stored);
        }

        // Another row on the same page: Cancel stays on the row being edited, Discard moves,
        // Save stores the row being edited and stays on it.
        dialog.showPage(QStringLiteral("eservicesPage"));
        settle();
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("eserviceTable"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("eserviceName"));
        table->selectRow(0);
        settle();
        const QString first = name->text();
        name->setText(QStringLiteral("Bygglov och rivningslov"));
        prompts.asked.clear();
        prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
        table->selectRow(1);
        settle();
        QCOMPARE(prompts.asked, QStringList(QStringLiteral("save changes: Unsaved changes")));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(name->text(), QStringLiteral("Bygglov och rivningslov"));
        prompts.saveAnswer = UserPrompts::SaveChoice::Save;
        table->selectRow(1);
        settle();
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(EServiceRepository(*db).find(QStringLiteral("bygglov")).value()->name,
                 QStringLiteral("Bygglov och rivningslov"));
        QCOMPARE(name->text(), QStringLiteral("Bygglov och rivningslov"));
        name->setText(QStringLiteral("Något annat"));
        prompts.saveAnswer = UserPrompts::SaveChoice::Discard;
        table->selectRow(1);
        settle();
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(name->text(), QStringLiteral("Parkering"));
        QVERIFY(first != name->text());

        // Another e-service on the Statuses page: Save stores the status's names and where it may
        // go in one write, and the page stays on that e-service.
        dialog.showPage(QStringLiteral("statusesPage"));
        settle();
        auto* eservice = dialog.findChild<QComboBox*>(QStringLiteral("statusEService"));
        auto* transitions = dialog.findChild<QListWidget*>(QStringLiteral("statusTransitions"));
        auto* statusTable = dialog.findChild<QTableView*>(QStringLiteral("statusTable"));
        eservice->setCurrentIndex(eservice->findData(QStringLiteral("bygglov")));
        settle();
        statusTable->selectRow(0);
        settle();
        const auto* statuses = qobject_cast<StatusTableModel*>(statusTable->model());
        const QString statusId = statuses->rowAt(0).id;
        QVERIFY(transitions->count() > 0);
        const Qt::CheckState before = transitions->item(0)->checkState();
        transitions->item(0)->setCheckState(before == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        dialog.findChild<QLineEdit*>(QStringLiteral("statusNameSv"))->setText(QStringLiteral("Mottaget"));
        prompts.asked.clear();
        prompts.saveAnswer = UserPrompts::SaveChoice::Save;
        eservice->setCurrentIndex(eservice->findData(QStringLiteral("parkering")));
        settle();
        QCOMPARE(prompts.asked, QStringList(QStringLiteral("save changes: Unsaved changes")));
        QCOMPARE(eservice->currentData().toString(), QStringLiteral("bygglov"));
        const auto saved = AdminService(*db).statuses(QStringLiteral("bygglov"));
        QVERIFY(saved.ok());
        bool renamed = false;
        for (const Status& s : *saved)
            renamed = renamed || (s.id == statusId && s.nameSv == QStringLiteral("Mottaget"));
        QVERIFY(renamed);
        const auto allowed = AdminService(*db).transitions(statusId, QStringLiteral("bygglov"));
        QVERIFY(allowed.ok());
        QCOMPARE(allowed->contains(transitions->item(0)->data(Qt::UserRole).toString()),
                 before != Qt::Checked);
        // Nothing left unsaved: the other e-service is shown without a question.
        prompts.asked.clear();
        eservice->setCurrentIndex(eservice->findData(QStringLiteral("parkering")));
        settle();
        QVERIFY(prompts.asked.isEmpty());
        QCOMPARE(eservice->currentData().toString(), QStringLiteral("parkering"));
    }

    // The Templates page holds two forms: saving one leaves the other's changes unsaved.
    void savingOneTemplateKeepsTheOthersChangesUnsaved()
    {
        auto db = openMigratedSqlite(QStringLiteral("templates.db"));
        QVERIFY(EServiceRepository(*db).ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        dialog.show();
        QVERIFY(worker.waitForIdle()); // the administrator's pages come once the role is read
        dialog.showPage(QStringLiteral("templatesPage"));
        QVERIFY(worker.waitForIdle());
        auto* page = dialog.findChild<TemplatesPage*>();
        QCOMPARE(dialog.findChild<QStackedWidget*>()->currentWidget(), page);
        QVERIFY(page && !page->hasUnsavedChanges());
        dialog.findChild<QLineEdit*>(QStringLiteral("mailTemplateSubject"))
            ->setText(QStringLiteral("Ändrad rubrik"));
        dialog.findChild<QLineEdit*>(QStringLiteral("messageTemplateName"))
            ->setText(QStringLiteral("Hälsning"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("messageTemplateBody"))
            ->setPlainText(QStringLiteral("Hej!"));
        QSignalSpy written(page, &SettingsPage::writeFinished);
        QVERIFY(page->saveMessageTemplate());
        QVERIFY(written.wait(10000));
        QVERIFY(written.first().first().toBool());
        QVERIFY(worker.waitForIdle());
        QVERIFY2(page->hasUnsavedChanges(), "the e-mail's new subject is still unsaved");
        prompts.asked.clear();
        prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
        dialog.reject();
        QCOMPARE(prompts.asked, QStringList(QStringLiteral("save changes: Unsaved changes")));
    }

    // Issue #16: the Statuses page sets the selected status's handling time for the e-service
    // shown, and shows it again when read.
    void theStatusesPageSetsAHandlingTime()
    {
        auto db = openMigratedSqlite(QStringLiteral("deadline.db"));
        QVERIFY(EServiceRepository(*db).ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        dialog.show();
        QVERIFY(worker.waitForIdle());
        dialog.showPage(QStringLiteral("statusesPage"));
        QVERIFY(worker.waitForIdle());
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("statusTable"));
        auto* statuses = qobject_cast<StatusTableModel*>(table->model());
        int registered = -1;
        int closed = -1;
        for (int row = 0; row < statuses->rowCount(); ++row) {
            if (statuses->rowAt(row).id == QStringLiteral("registered"))
                registered = row;
            if (statuses->rowAt(row).kind == StatusKind::Closed)
                closed = row;
        }
        QVERIFY(registered >= 0 && closed >= 0);
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("statusDeadlineDays"));
        auto* working = dialog.findChild<QCheckBox*>(QStringLiteral("statusWorkingDays"));
        table->selectRow(closed);
        QVERIFY(worker.waitForIdle());
        QVERIFY(!days->isEnabled()); // nothing leaves a closed status
        table->selectRow(registered);
        QVERIFY(worker.waitForIdle());
        QCOMPARE(days->value(), 0);
        QVERIFY(!working->isEnabled());
        days->setValue(2);
        working->setChecked(true);
        auto* page = dialog.findChild<SettingsPage*>(QStringLiteral("statusesPage"));
        QVERIFY(page->hasUnsavedChanges());
        QSignalSpy written(page, &SettingsPage::writeFinished);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveStatus")), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(written.first().first().toBool());
        QVERIFY(worker.waitForIdle());
        const auto stored = AdminService(*db).deadlines(QStringLiteral("bygglov"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().statusId, QStringLiteral("registered"));
        QCOMPARE(stored->first().days, 2);
        QVERIFY(stored->first().workingDays);
        QVERIFY(!page->hasUnsavedChanges());
        QCOMPARE(days->value(), 2);
        // None again: cleared.
        days->setValue(0);
        written.clear();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveStatus")), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(worker.waitForIdle());
        QVERIFY(AdminService(*db).deadlines(QStringLiteral("bygglov"))->isEmpty());
    }

    // Issue #15: at its size in a 1280×800 screen no heading of any table of Settings is cut,
    // in English or in Swedish (the longer words).
    void everyTableShowsItsHeadingsWhole()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            const QList<QTranslator*> translators = installTranslations(*qApp, language);
            const auto restore = qScopeGuard([&] {
                for (QTranslator* t : translators) {
                    QCoreApplication::removeTranslator(t);
                    delete t;
                }
            });
            auto admin = connectAs(QStringLiteral("gui_admin"));
            FakePrompts prompts;
            DatabaseWorker worker(admin->url());
            SettingsDialog dialog(worker, prompts);
            dialog.show();
            QVERIFY(dialog.width() <= 1280 && dialog.height() <= 800);
            QVERIFY(worker.waitForIdle());
            for (const QString& page : dialog.pageNames()) {
                dialog.showPage(page);
                QVERIFY(worker.waitForIdle());
                QCoreApplication::processEvents(); // the columns are sized once the rows are in
                for (QTableView* table : dialog.findChildren<QTableView*>()) {
                    if (!table->isVisible())
                        continue;
                    QHeaderView* header = table->horizontalHeader();
                    for (int column = 0; column < header->count(); ++column) {
                        if (header->isSectionHidden(column))
                            continue;
                        QVERIFY2(
                            header->sectionSize(column) >= header->sectionSizeHint(column),
                            qPrintable(QStringLiteral("%1 (%2), %3: '%4' in %5 px of %6")
                                           .arg(table->objectName(), language, page,
                                                table->model()->headerData(column, Qt::Horizontal).toString())
                                           .arg(header->sectionSize(column))
                                           .arg(header->sectionSizeHint(column))));
                    }
                }
            }
        }
    }

    void mailSettingsAreValidatedSavedAndATestMailIsSentNow()
    {
        auto db = openMigratedSqlite(QStringLiteral("mail.db"));
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        auto* page = dialog.findChild<MailPage*>();
        QVERIFY(page);
        dialog.findChild<QLineEdit*>(QStringLiteral("smtpHost"))
            ->setText(QStringLiteral("smtp.kommun.example"));
        dialog.findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(2525);
        dialog.findChild<QLineEdit*>(QStringLiteral("smtpFrom"))->setText(QStringLiteral("not-an-address"));
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::NotStarted);
        QVERIFY2(prompts.lastWarning.contains(QStringLiteral("Sender address: ")),
                 qPrintable(prompts.lastWarning));
        dialog.findChild<QLineEdit*>(QStringLiteral("smtpFrom"))
            ->setText(QStringLiteral("noreply@kommun.example"));
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::Done);
        QCOMPARE(SettingsRepository(*db).value(QStringLiteral("smtp.port")).value(), QStringLiteral("2525"));
        QCOMPARE(SettingsRepository(*db).value(QStringLiteral("smtp.host")).value(),
                 QStringLiteral("smtp.kommun.example"));
        QVERIFY(!page->sendTestMail(QStringLiteral("nope"), {}));
        // Sent now, with the values on the page, and what came of it said on the page: here a
        // server that is not there (its answer, from the SMTP dialogue itself, in
        // TestMailTest of test_mail_delivery). Nothing is queued for the service.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 nobody = closed.serverPort();
        closed.close();
        dialog.findChild<QLineEdit*>(QStringLiteral("smtpHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(nobody);
        QSignalSpy finished(page, &MailPage::testMailFinished);
        QVERIFY(page->sendTestMail(QStringLiteral("admin@kommun.example"), {}));
        QVERIFY(page->isBusy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        const QString said = dialog.findChild<QLabel*>(QStringLiteral("testMailResult"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("The test e-mail was not sent: ")) &&
                     said.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(said));
        auto pending = OutboxRepository(*db).pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 0);
    }

    // Issue #16 §3: everyone chooses their notifications; a nonsense address is refused by name
    // and nothing is stored.
    void theNotificationsPageKeepsEachPersonsChoice()
    {
        auto db = openMigratedSqlite(QStringLiteral("notifications.db"));
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        auto* page = dialog.findChild<NotificationsPage*>();
        QVERIFY(page);
        const auto box = [&](const char* name) {
            return dialog.findChild<QCheckBox*>(QString::fromLatin1(name));
        };
        QVERIFY(box("notifyMessage")->isChecked() && box("notifyMention")->isChecked()); // the defaults
        QVERIFY(!box("notifyByEmail")->isChecked());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("notifyEmailTo"))->isEnabled());
        box("notifyAssigned")->setChecked(false);
        box("notifyByEmail")->setChecked(true);
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("notifyEmailTo"));
        QVERIFY(address->isEnabled());
        address->setText(QStringLiteral("inte en adress"));
        QVERIFY(page->hasUnsavedChanges());
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::Refused);
        QVERIFY2(prompts.lastWarning.contains(QStringLiteral("E-mail address for notifications")),
                 qPrintable(prompts.lastWarning));
        QCOMPARE(*NotificationService(*db).settings(), NotificationSettings{});
        address->setText(QStringLiteral("handlaggare@kommun.se"));
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::Done);
        QVERIFY(!page->hasUnsavedChanges());
        const NotificationSettings stored = *NotificationService(*db).settings();
        QVERIFY(!stored.assigned && stored.message && stored.overdue && stored.mention);
        QCOMPARE(stored.emailTo, QStringLiteral("handlaggare@kommun.se"));
    }

    void navetSettingsAndLookupsAtIntakeAreSavedByAdministrators()
    {
        auto db = openMigratedSqlite(QStringLiteral("navet.db"));
        QVERIFY(EServiceRepository(*db).ensure(QStringLiteral("bygglov"), QStringLiteral("Bygglov")).ok());
        FakePrompts prompts;
        DatabaseWorker worker(db->url());
        SettingsDialog dialog(worker, prompts);
        QVERIFY(worker.waitForIdle());
        auto* page = dialog.findChild<NavetPage*>();
        QVERIFY(page);
        const auto set = [&](const char* name, const QString& text) {
            dialog.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
        };
        set("navetUrl", QStringLiteral("https://navet.example.se/personpost"));
        set("navetOrgNumber", QStringLiteral("212000-1234")); // a wrong check digit
        set("navetOrderId", QStringLiteral("00000236-FO01-0001"));
        set("navetCertificate", QStringLiteral("/etc/casedesk/navet.p12"));
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::NotStarted);
        QVERIFY2(prompts.lastWarning.contains(QStringLiteral("Organisation number: ")),
                 qPrintable(prompts.lastWarning));
        QVERIFY(
            SettingsRepository(*db).value(QStringLiteral("navet.url")).value().isEmpty()); // nothing stored
        set("navetOrgNumber", QStringLiteral("212000-1231"));
        dialog.findChild<QSpinBox*>(QStringLiteral("navetTimeout"))->setValue(30);
        QCOMPARE(writeAndWait(page, worker, [&] { return page->save(); }), WriteOutcome::Done);
        auto configuration = NavetSettings::load(*db);
        QVERIFY2(configuration.ok(),
                 qPrintable(configuration.ok() ? QString() : configuration.error().describe()));
        QCOMPARE(configuration->orgNumber, QStringLiteral("2120001231"));
        QCOMPARE(configuration->timeoutSeconds, 30);
        QCOMPARE(configuration->url.toString(), QStringLiteral("https://navet.example.se/personpost"));

        // Per e-service: look every new case up at intake.
        auto* eservices = dialog.findChild<EServicesPage*>();
        QVERIFY(worker.waitForIdle());
        auto* atIntake = dialog.findChild<QCheckBox*>(QStringLiteral("eserviceNavetAtIntake"));
        QVERIFY(atIntake);
        QVERIFY(!atIntake->isChecked());
        atIntake->setChecked(true);
        QCOMPARE(writeAndWait(eservices, worker, [&] { return eservices->save(); }), WriteOutcome::Done);
        auto stored = EServiceRepository(*db).find(QStringLiteral("bygglov"));
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->navetAtIntake);
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
