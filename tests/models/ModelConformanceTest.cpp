// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseDetailModels.h"
#include "CaseListModel.h"
#include "FormModel.h"
#include "SampleSubmissions.h"
#include "SavedViewModel.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

// Every model under QAbstractItemModelTester (fatal mode), through the changes the UI makes.
class ModelConformanceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(QStringLiteral("models.db"));
        auto db = Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());
        const QDateTime start(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < 45; ++i)
            QVERIFY(IntakeService(*m_db)
                        .submit(sampleSubmission(QStringLiteral("m-%1").arg(i), start.addSecs(i * 3600)))
                        .ok());
    }

    void caseListModelPagesLazilyAndSortsInTheDatabase()
    {
        DatabaseWorker worker(m_db->url());
        CaseListModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(10);
        model.setQuery(CaseQuery());
        // Until the page arrives the list is one "Loading…" row that cannot be selected.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isPlaceholder(0));
        QCOMPARE(model.data(model.index(0, CaseListModel::Reference)).toString(), QStringLiteral("Loading…"));
        QCOMPARE(model.flags(model.index(0, 0)), Qt::NoItemFlags);
        QVERIFY(model.data(model.index(0, 0), CaseListModel::ReferenceRole).toString().isEmpty());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.isPlaceholder(9));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        // The next page: the loaded rows stay, the placeholder follows them.
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(model.isPlaceholder(10));
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.rowCount(), 20);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(worker.waitForIdle());
        }
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(model.summaryAt(0).submittedAt > model.summaryAt(44).submittedAt);

        model.sort(CaseListModel::Reference, Qt::AscendingOrder);
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000001"));
        model.fetchMore({});
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.data(model.index(19, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000020"));
        model.sort(CaseListModel::Reference, Qt::DescendingOrder);
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.data(model.index(0, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000045"));

        // A query superseded before its answer came: only the newest one's rows are shown.
        CaseQuery stale;
        stale.search = QStringLiteral("CD-2026-000008");
        model.setQuery(stale);
        CaseQuery search;
        search.search = QStringLiteral("CD-2026-000007");
        model.setQuery(search);
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.summaryAt(0).reference, QStringLiteral("CD-2026-000007"));
        QVERIFY(!model.canFetchMore({}));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void savedViewModelCounts()
    {
        DatabaseWorker worker(m_db->url());
        SavedViewModel model(worker, QStringLiteral("anna.lind"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), int(allSavedViews().size())); // no personal views yet
        QCOMPARE(model.count(SavedView::AllOpen), -1);           // not counted yet: the title alone
        QVERIFY(worker.waitForIdle());
        QVERIFY(model.count(SavedView::AllOpen) >= 45);
        QCOMPARE(model.count(SavedView::Mine), 0);
        QVERIFY(model.data(model.index(0)).toString().contains(QStringLiteral("(")));
        QVERIFY(CaseService(*m_db)
                    .assign(QStringLiteral("CD-2026-000001"), QStringLiteral("anna.lind"), std::nullopt)
                    .ok());
        model.refreshCounts();
        QVERIFY(worker.waitForIdle());
        QCOMPARE(model.count(SavedView::Mine), 1);
    }

    void detailModels()
    {
        auto detail = CaseService(*m_db).open(QStringLiteral("CD-2026-000002"), false);
        QVERIFY(detail.ok());

        FormModel form;
        QAbstractItemModelTester formTester(&form, QAbstractItemModelTester::FailureReportingMode::Fatal);
        form.setPages(detail->pages);
        QCOMPARE(form.rowCount(), 2);
        // "trailer" is shown only when hasCar == 'Nej'; the applicant answered Ja.
        QCOMPARE(form.rowCount(form.index(0, 0)), 3);
        QCOMPARE(form.hiddenFieldCount(), 1);
        QCOMPARE(form.index(2, FormModel::Value, form.index(0, 0)).data().toString(),
                 QStringLiteral("ABC123"));
        // On request the hidden field too, marked in words; the count stays what was hidden.
        form.setShowHidden(true);
        QCOMPARE(form.rowCount(form.index(0, 0)), 4);
        QCOMPARE(form.hiddenFieldCount(), 1);
        const QModelIndex trailer = form.index(3, FormModel::Label, form.index(0, 0));
        QVERIFY(trailer.data(FormModel::HiddenFromApplicantRole).toBool());
        QVERIFY(trailer.data().toString().startsWith(QStringLiteral("Släpvagn (")));
        QVERIFY(trailer.data(Qt::FontRole).value<QFont>().italic());
        form.setShowHidden(false);
        QCOMPARE(form.rowCount(form.index(0, 0)), 3);

        AttachmentListModel attachments;
        QAbstractItemModelTester t1(&attachments, QAbstractItemModelTester::FailureReportingMode::Fatal);
        attachments.setRows(detail->attachments);
        QCOMPARE(attachments.rowCount(), 1);

        SignatureListModel signatures;
        QAbstractItemModelTester t2(&signatures, QAbstractItemModelTester::FailureReportingMode::Fatal);
        signatures.setRows(detail->signatures);
        QCOMPARE(signatures.index(0, SignatureListModel::PersonalNumber).data().toString(),
                 QStringLiteral("19121212-****"));

        HistoryModel history;
        QAbstractItemModelTester t3(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
        history.setRows(detail->events);
        QCOMPARE(history.rowCount(), 1);
    }
};

QTEST_MAIN(ModelConformanceTest)
#include "ModelConformanceTest.moc"
