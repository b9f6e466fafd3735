// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BenchDatabase.h"
#include "Benchmarks.h"
#include "CaseListModel.h"
#include "Measure.h"
#include "SavedView.h"
#include "SavedViewModel.h"
#include "repositories/CaseRepository.h"
#include "worker/DatabaseWorker.h"

#include <QElapsedTimer>

#include <iterator>
#include <memory>
#include <utility>

namespace casedesk::bench {

namespace {

// What a view does with a fresh page: every cell's display text.
void readAll(const CaseListModel& model, int fromRow = 0)
{
    for (int row = fromRow; row < model.rowCount(); ++row)
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            benchmark::DoNotOptimize(model.data(model.index(row, column)));
}

std::string name(const char* figure, const BenchDatabase& database, const QString& variant)
{
    return std::string(figure) + '/' + database.label().toStdString() + '/' + variant.toStdString();
}

// The same page through CaseRepository::list alone (no model), to tell the query's cost from
// the model's: the median of a few runs, in ms.
double repositoryOnly(const Database& db, CaseQuery query)
{
    query.limit = 200; // CaseListModel's page
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        benchmark::DoNotOptimize(CaseRepository(db).list(query));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

struct Sorted
{
    CaseListModel::Column column = CaseListModel::Submitted;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Waits for the page the model asked the worker for, as the event loop would.
void awaitPage(DatabaseWorker& worker)
{
    worker.waitForIdle();
}

// The page CaseListModel asks for: its query with the page size.
CaseQuery pageOf(const CaseListModel& model)
{
    CaseQuery page = model.query();
    page.limit = 200;
    return page;
}

// The first page of `query` through CaseListModel and the database worker, as selecting a view
// or filter does: from the request to every cell of the page on the GUI thread.
void registerFirstPage(BenchDatabase& database, const char* figure, const QString& variant,
                       const CaseQuery& query, Sorted sorted = {})
{
    benchmark::RegisterBenchmark(name(figure, database, variant).c_str(), [&database, query,
                                                                           sorted](benchmark::State& state) {
        DatabaseWorker worker(database.db().url());
        CaseListModel model(worker);
        model.sort(sorted.column, sorted.order);
        awaitPage(worker);
        if (!model.lastError().isEmpty())
            return fail(state, model.lastError());
        model.setQuery(query);
        awaitPage(worker);
        const CaseQuery page = pageOf(model);
        measure(
            state, {},
            [&] {
                model.setQuery(query);
                awaitPage(worker);
                readAll(model);
            },
            &database.db(), [&] { benchmark::DoNotOptimize(CaseRepository(database.db()).list(page)); });
        if (!model.lastError().isEmpty())
            return fail(state, model.lastError());
        state.counters["page_rows"] = model.rowCount();
        state.counters["repository_ms"] = repositoryOnly(database.db(), model.query());
    })->UseManualTime();
}

// The page after the first, as scrolling to the end of the list does.
void registerNextPage(BenchDatabase& database, const QString& variant, const CaseQuery& query)
{
    benchmark::RegisterBenchmark(
        name("inbox_next_page", database, variant).c_str(),
        [&database, query](benchmark::State& state) {
            DatabaseWorker worker(database.db().url());
            CaseListModel model(worker);
            int firstPage = 0;
            CaseQuery next;
            const Step firstPageLoaded = [&] {
                model.setQuery(query);
                awaitPage(worker);
                firstPage = model.rowCount();
                next = pageOf(model);
                if (firstPage > 0)
                    continueAfter(next, model.summaryAt(firstPage - 1));
            };
            measure(
                state, firstPageLoaded,
                [&] {
                    if (model.canFetchMore({}))
                        model.fetchMore({});
                    awaitPage(worker);
                    readAll(model, firstPage);
                },
                &database.db(), [&] { benchmark::DoNotOptimize(CaseRepository(database.db()).list(next)); });
            if (!model.lastError().isEmpty())
                return fail(state, model.lastError());
            if (model.rowCount() <= firstPage)
                return fail(state, QStringLiteral("no second page"));
            state.counters["page_rows"] = model.rowCount() - firstPage;
        })
        ->UseManualTime();
}

} // namespace

void registerInboxBenchmarks(BenchDatabase& database)
{
    const QString user = database.currentUser();
    // As the window shows each view: the due views in their own order (the earliest due day first).
    for (const SavedView view : allSavedViews())
        registerFirstPage(database, "inbox_first_page", savedViewId(view), queryForView(view, user),
                          viewHasItsOwnOrder(view) ? Sorted{CaseListModel::Due, Qt::AscendingOrder}
                                                   : Sorted{});

    CaseQuery eservice = queryForView(SavedView::AllOpen, user);
    eservice.eserviceId = database.sampleEService();
    registerFirstPage(database, "inbox_first_page", QStringLiteral("filter_eservice"), eservice);

    CaseQuery status;
    status.eserviceId = database.sampleEService();
    status.statusId = database.sampleStatus();
    registerFirstPage(database, "inbox_first_page", QStringLiteral("filter_eservice_status"), status);

    CaseQuery mineNeedsAction = queryForView(SavedView::NeedsAction, user);
    mineNeedsAction.assignee = user;
    registerFirstPage(database, "inbox_first_page", QStringLiteral("filter_mine_needs_action"),
                      mineNeedsAction);

    CaseQuery period = queryForView(SavedView::AllOpen, user);
    period.submittedFrom = database.sampleSubmitted().addDays(-30);
    period.submittedTo = database.sampleSubmitted().addDays(1);
    registerFirstPage(database, "inbox_first_page", QStringLiteral("filter_period"), period);

    registerFirstPage(database, "inbox_first_page", QStringLiteral("sort_applicant"),
                      queryForView(SavedView::AllOpen, user), {CaseListModel::Applicant, Qt::AscendingOrder});
    registerFirstPage(database, "inbox_first_page", QStringLiteral("sort_last_activity"),
                      queryForView(SavedView::AllOpen, user),
                      {CaseListModel::LastActivity, Qt::DescendingOrder});
    CaseQuery closedByEService = queryForView(SavedView::Closed, user);
    closedByEService.eserviceId = database.sampleEService();
    registerFirstPage(database, "inbox_first_page", QStringLiteral("closed_eservice_sort_reference"),
                      closedByEService, {CaseListModel::Reference, Qt::AscendingOrder});

    registerNextPage(database, QStringLiteral("all_open"), queryForView(SavedView::AllOpen, user));
    registerNextPage(database, QStringLiteral("closed"), queryForView(SavedView::Closed, user));

    benchmark::RegisterBenchmark(name("view_counts", database, QStringLiteral("all_views")).c_str(),
                                 [&database, user](benchmark::State& state) {
                                     DatabaseWorker worker(database.db().url());
                                     SavedViewModel views(worker, user);
                                     awaitPage(worker);
                                     measure(
                                         state, {},
                                         [&] {
                                             views.refreshCounts();
                                             awaitPage(worker);
                                         },
                                         &database.db(),
                                         [&] {
                                             QList<CaseQuery> queries;
                                             for (const SavedView view : allSavedViews())
                                                 queries << queryForView(view, user);
                                             benchmark::DoNotOptimize(
                                                 CaseRepository(database.db()).counts(queries));
                                         });
                                     for (const SavedView view : allSavedViews())
                                         if (views.count(view) < 0)
                                             return fail(state, QStringLiteral("a view count failed"));
                                     state.counters["all_open"] = double(views.count(SavedView::AllOpen));
                                 })
        ->UseManualTime();

    // casedeskctl list --count: every case, and one e-service and status, both from the
    // maintained counters (issue #13: under 50 ms at a million cases).
    CaseQuery countStatus;
    countStatus.eserviceId = database.sampleEService();
    countStatus.statusId = database.sampleStatus();
    for (const auto& [variant, query] :
         {std::pair{"all", CaseQuery{}}, std::pair{"eservice_status", countStatus}})
        benchmark::RegisterBenchmark(
            name("list_count", database, QString::fromLatin1(variant)).c_str(),
            [&database, query](benchmark::State& state) {
                Result<qint64> counted = qint64(0);
                measure(
                    state, {}, [&] { counted = CaseRepository(database.db()).count(query); }, &database.db());
                if (!counted.ok())
                    return fail(state, counted.error().describe());
                state.counters["count"] = double(*counted);
            })
            ->UseManualTime();

    const SearchTerms& terms = database.terms();
    const std::pair<const char*, QString> searches[] = {{"reference", terms.reference},
                                                        {"personal_number", terms.personalNumber},
                                                        {"name", terms.name},
                                                        {"field_value", terms.fieldValue},
                                                        {"message_text", terms.messageText}};
    for (const auto& [variant, term] : searches) {
        CaseQuery search;
        search.search = term;
        registerFirstPage(database, "search_first_page", QString::fromLatin1(variant), search);
    }
}

} // namespace casedesk::bench
