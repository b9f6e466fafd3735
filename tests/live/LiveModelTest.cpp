// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "LiveTestSupport.h"

#include "CaseListModel.h"
#include "CaseText.h"
#include "CaseView.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "SavedViewModel.h"
#include "live/ChangeFeed.h"
#include "worker/DatabaseWorker.h"
#include "workflow/CaseService.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

class LiveModelTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        for (int i = 0; i < 5; ++i)
            m_refs << submitSample(db(), QStringLiteral("model-%1").arg(i));
    }

    int rowOfId(const CaseListModel& model, qint64 id) const
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.summaryAt(row).id == id)
                return row;
        return -1;
    }

    QStringList m_refs;
};

// The list refreshes in place from another process's changes: the changed row updates,
// new rows come in, purged rows go, and selection and current row stay on their case.
TEST_P(LiveModelTest, CaseListModelRefreshesInPlaceAndKeepsTheSelection)
{
    DatabaseWorker worker(testDatabase().url());
    CaseListModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(3);
    model.setQuery(CaseQuery());
    ASSERT_TRUE(worker.waitForIdle());
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(worker.waitForIdle());
    }
    ASSERT_EQ(model.rowCount(), 5);
    QItemSelectionModel selection(&model);
    const qint64 keptId = model.summaryAt(2).id;
    selection.setCurrentIndex(model.index(2, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString changedRef = model.summaryAt(3).reference;
    const QString purgedRef = model.summaryAt(0).reference;

    ChangeFeed feed(testDatabase().url());
    QObject::connect(&feed, &ChangeFeed::changed, &model, [&model] { model.refresh(); });
    QSignalSpy listening(&feed, &ChangeFeed::listening);
    feed.start();
    ASSERT_TRUE(waitUntil([&] { return listening.size() == 1; }, 15000));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const CtlRun moved =
        runCtl(testDatabase(), {QStringLiteral("set-status"), changedRef, QStringLiteral("registered")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    const int changedRow = model.rowOf(changedRef);
    EXPECT_TRUE(waitUntil([&] { return model.summaryAt(changedRow).statusId == QLatin1String("registered"); },
                          liveTargetMs(GetParam())));
    EXPECT_EQ(model.index(changedRow, CaseListModel::Status).data().toString(),
              CaseText::statusName(model.summaryAt(changedRow)));
    ASSERT_GE(dataChanged.size(), 1);
    EXPECT_EQ(dataChanged.first().at(0).value<QModelIndex>().row(), changedRow);

    // A new case from the portal (another process): inserted, selection follows its case.
    const QString file =
        qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/intake/parkering-example.json");
    const CtlRun submitted = runCtl(testDatabase(), {QStringLiteral("submit"), file});
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    EXPECT_TRUE(waitUntil([&] { return model.rowCount() == 6; }, liveTargetMs(GetParam())));

    // A purge (here: the row deleted by another connection) removes the row.
    auto other = testDatabase().openAnother();
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->exec(QStringLiteral("DELETE FROM cases WHERE reference = ?"), {purgedRef}).ok());
    EXPECT_TRUE(waitUntil([&] { return model.rowOf(purgedRef) < 0; }, liveTargetMs(GetParam())));
    EXPECT_EQ(model.rowCount(), 5);

    EXPECT_EQ(resets.size(), 0) << "a refresh never resets the model";
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(model.summaryAt(selection.currentIndex().row()).id, keptId);
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(model.summaryAt(selection.selectedRows().first().row()).id, keptId);
}

// Sorted by last activity, a changed case moves to the top: a layout change that carries the
// selection along.
TEST_P(LiveModelTest, AReorderedRowMovesWithItsSelection)
{
    DatabaseWorker worker(testDatabase().url());
    CaseListModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(CaseQuery());
    model.sort(CaseListModel::LastActivity, Qt::DescendingOrder);
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_EQ(model.rowCount(), 5);
    QItemSelectionModel selection(&model);
    const qint64 bottomId = model.summaryAt(4).id;
    const QString bottomRef = model.summaryAt(4).reference;
    selection.setCurrentIndex(model.index(4, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    ASSERT_TRUE(CaseService(*testDatabase().openAnother())
                    .changeStatus(bottomRef, QStringLiteral("registered"), 1, {})
                    .ok());
    model.refresh();
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_EQ(model.summaryAt(0).id, bottomId);
    EXPECT_EQ(layouts.size(), 1);
    EXPECT_EQ(selection.currentIndex().row(), 0);
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(selection.selectedRows().first().row(), 0);
    // Nothing changed: a refresh emits nothing.
    QSignalSpy anyData(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    ASSERT_TRUE(worker.waitForIdle());
    EXPECT_EQ(anyData.size(), 0);
    EXPECT_EQ(layouts.size(), 1);
}

// The whole window: another process's change is on screen within the target (debounce
// included), counts follow, the open case reloads, and what the caseworker typed stays.
TEST_P(LiveModelTest, MainWindowShowsAnotherProcesssChange)
{
    FakePrompts prompts;
    DatabaseWorker worker(db().url());
    MainWindow window(db(), worker, prompts);
    window.show();
    ASSERT_TRUE(window.changeFeed());
    ASSERT_TRUE(waitUntil([&] { return window.changeFeed()->isListening(); }, 15000));
    ASSERT_TRUE(worker.waitForIdle());
    const QString ref = m_refs.at(1);
    const int row = window.caseModel()->rowOf(ref);
    ASSERT_GE(row, 0);
    window.caseTable()->selectRow(row);
    ASSERT_TRUE(worker.waitForIdle());
    ASSERT_EQ(window.caseView()->detail().summary.reference, ref);
    auto* note = window.caseView()->findChild<QLineEdit*>(QStringLiteral("statusNote"));
    ASSERT_TRUE(note);
    note->setText(QStringLiteral("half-typed note"));
    const qint64 openBefore = window.viewModel()->count(SavedView::AllOpen);

    const CtlRun moved =
        runCtl(testDatabase(), {QStringLiteral("set-status"), ref, QStringLiteral("registered")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(
        waitUntil([&] { return window.caseView()->detail().summary.statusId == QLatin1String("registered"); },
                  liveTargetMs(GetParam())));
    const int rowNow = window.caseModel()->rowOf(ref);
    EXPECT_EQ(window.caseModel()->summaryAt(rowNow).statusId, QStringLiteral("registered"));
    EXPECT_EQ(window.caseTable()->currentIndex().row(), rowNow);
    EXPECT_EQ(note->text(), QStringLiteral("half-typed note"));

    const QString file =
        qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/intake/parkering-example.json");
    ASSERT_EQ(runCtl(testDatabase(), {QStringLiteral("submit"), file}).exitCode, 0);
    EXPECT_TRUE(waitUntil([&] { return window.viewModel()->count(SavedView::AllOpen) == openBefore + 1; },
                          liveTargetMs(GetParam())));
    EXPECT_EQ(window.caseView()->detail().summary.reference, ref) << "the open case stays open";

    // The open case is purged elsewhere: the case view closes instead of showing stale data.
    auto other = testDatabase().openAnother();
    ASSERT_TRUE(other && other->exec(QStringLiteral("DELETE FROM cases WHERE reference = ?"), {ref}).ok());
    EXPECT_TRUE(waitUntil([&] { return !window.caseView()->hasCase(); }, liveTargetMs(GetParam())));
    EXPECT_TRUE(prompts.asked.isEmpty()) << prompts.asked.join(QStringLiteral(", ")).toStdString();
}

CASEDESK_INSTANTIATE_BACKENDS(LiveModelTest);
