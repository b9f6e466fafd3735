#include "CaseDetailModels.h"
#include "CaseListModel.h"
#include "FormModel.h"
#include "SampleSubmissions.h"
#include "SavedViewModel.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "workflow/CaseService.h"

#include <QAbstractItemModelTester>
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
        CaseListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPageSize(10);
        model.setQuery(CaseQuery());
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(model.summaryAt(0).submittedAt > model.summaryAt(44).submittedAt);

        model.sort(CaseListModel::Reference, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000001"));
        model.fetchMore({});
        QCOMPARE(model.data(model.index(19, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000020"));
        model.sort(CaseListModel::Reference, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, CaseListModel::Reference)).toString(),
                 QStringLiteral("CD-2026-000045"));

        CaseQuery search;
        search.search = QStringLiteral("CD-2026-000007");
        model.setQuery(search);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void savedViewModelCounts()
    {
        SavedViewModel model(*m_db, QStringLiteral("anna.lind"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.count(SavedView::AllOpen) >= 45);
        QCOMPARE(model.count(SavedView::Mine), 0);
        QVERIFY(model.data(model.index(0)).toString().contains(QStringLiteral("(")));
        QVERIFY(CaseService(*m_db)
                    .assign(QStringLiteral("CD-2026-000001"), QStringLiteral("anna.lind"), std::nullopt)
                    .ok());
        model.refreshCounts();
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
