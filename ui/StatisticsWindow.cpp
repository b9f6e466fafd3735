// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatisticsWindow.h"

#include "UserPrompts.h"

#include "statistics/StatisticsService.h"
#include "worker/DatabaseWorker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace casedesk {

namespace {

// One figure's series: its name, a value per period (nullopt: none), drawn as bars or a line.
struct Series
{
    QString name;
    QList<std::optional<double>> values;
    bool line = false;
};

QString days(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

std::optional<double> asValue(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

// A chart of `series` over `categories`, each series named in the legend (and lines dashed
// differently), so that nothing is told by colour alone.
QChartView* makeChart(const QString& title, const QStringList& categories, const QList<Series>& series,
                      bool stacked = false)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 6 ? -90 : 0);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double maximum = 1;
    QBarSeries* bars = nullptr;
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    int lines = 0;
    for (const Series& s : series) {
        for (const std::optional<double>& v : s.values)
            if (v)
                maximum = std::max(maximum, *v);
        if (s.line) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            for (qsizetype i = 0; i < s.values.size(); ++i)
                if (s.values.at(i))
                    line->append(double(i), *s.values.at(i));
            line->setPointsVisible(true);
            chart->addSeries(line); // the theme gives it its colour; the dashes tell it apart too
            QPen pen = line->pen();
            pen.setWidth(2);
            pen.setStyle(styles[lines++ % 4]);
            line->setPen(pen);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            continue;
        }
        if (!bars) {
            bars = new QBarSeries;
            chart->addSeries(bars);
            bars->attachAxis(axisX);
            bars->attachAxis(axisY);
        }
        auto* set = new QBarSet(s.name);
        for (const std::optional<double>& v : s.values)
            *set << v.value_or(0);
        bars->append(set);
    }
    if (stacked && bars) {
        // Outcomes: one bar per period, its height the period's total (the table has each).
        maximum = 1;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            double total = 0;
            for (const Series& s : series)
                total += s.values.value(i).value_or(0);
            maximum = std::max(maximum, total);
        }
    }
    axisY->setRange(0, maximum * 1.1);
    axisY->applyNiceNumbers();
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    view->setAccessibleName(title);
    view->setAccessibleDescription(QObject::tr("Chart; the table beside it has the same numbers."));
    return view;
}

QTableWidget* makeTable(const QString& objectName, const QString& accessibleName, const QStringList& header,
                        const QList<QStringList>& rows)
{
    auto* table = new QTableWidget(int(rows.size()), int(header.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(int(r), int(c), item);
        }
    table->resizeColumnsToContents();
    return table;
}

} // namespace

StatisticsWindow::StatisticsWindow(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Statistics"));
    setObjectName(QStringLiteral("statisticsWindow"));
    resize(1100, 720);

    m_eservice = new QComboBox;
    m_eservice->setObjectName(QStringLiteral("statisticsEService"));
    m_eservice->setAccessibleName(tr("E-service"));
    m_eservice->addItem(tr("All e-services"), QString());
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1));
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate(today.year(), 12, 31));
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setCalendarPopup(true);
    m_by = new QComboBox;
    m_by->setObjectName(QStringLiteral("statisticsBy"));
    m_by->setAccessibleName(tr("Group by"));
    m_by->addItem(tr("Week"), int(StatsGrouping::Week));
    m_by->addItem(tr("Month"), int(StatsGrouping::Month));
    m_by->addItem(tr("Day"), int(StatsGrouping::Day));
    m_show = new QPushButton(tr("&Show"));
    m_show->setObjectName(QStringLiteral("statisticsShow"));
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_csv->setObjectName(QStringLiteral("statisticsExportCsv"));
    m_xlsx = new QPushButton(tr("Export &XLSX…"));
    m_xlsx->setObjectName(QStringLiteral("statisticsExportXlsx"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto* filters = new QHBoxLayout;
    auto addLabelled = [filters](const QString& text, QWidget* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&E-service:"), m_eservice);
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_to);
    addLabelled(tr("&By:"), m_by);
    filters->addWidget(m_show);
    filters->addStretch();
    filters->addWidget(m_csv);
    filters->addWidget(m_xlsx);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_tabs->setAccessibleName(tr("Statistics"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_show, &QPushButton::clicked, this, &StatisticsWindow::reload);
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(StatsFormat::Csv); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportAs(StatsFormat::Xlsx); });
    m_csv->setEnabled(false);
    m_xlsx->setEnabled(false);
    reload();
}

QTableWidget* StatisticsWindow::table(const QString& objectName) const
{
    return m_tabs->findChild<QTableWidget*>(objectName);
}

StatsQuery StatisticsWindow::currentQuery() const
{
    StatsQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.eserviceId = m_eservice->currentData().toString();
    query.by = StatsGrouping(m_by->currentData().toInt());
    return query;
}

void StatisticsWindow::setBusy(bool busy, const QString& text)
{
    m_show->setEnabled(!busy);
    m_csv->setEnabled(!busy && !m_report.rows.isEmpty());
    m_xlsx->setEnabled(!busy && !m_report.rows.isEmpty());
    m_status->setText(text);
}

void StatisticsWindow::reload()
{
    const StatsQuery query = currentQuery();
    if (auto checked = checkStatsQuery(query); !checked.ok()) {
        m_prompts.warn(this, tr("Statistics"), checked.error().explain());
        return;
    }
    m_loading.cancel(); // a newer request replaces the older one
    setBusy(true, tr("Loading…"));
    struct Answer
    {
        QList<EService> eservices;
        StatsReport report;
    };
    const bool readEServices = !m_eservicesRead;
    m_loading = m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [query, readEServices](Database& db) -> Result<Answer> {
            const StatisticsService service(db);
            Answer answer;
            if (readEServices) {
                auto eservices = service.eservices();
                if (!eservices.ok())
                    return eservices.error();
                answer.eservices = *eservices;
            }
            auto report = service.report(query);
            if (!report.ok())
                return report.error();
            answer.report = std::move(*report);
            return answer;
        },
        [this](Result<Answer> answer) {
            m_loading = WorkTicket();
            if (!answer.ok()) {
                setBusy(false, QString());
                m_prompts.warn(this, tr("Statistics"), answer.error().explain());
                return;
            }
            if (!m_eservicesRead) {
                m_eservicesRead = true;
                for (const EService& e : std::as_const(answer->eservices))
                    m_eservice->addItem(e.name, e.id);
            }
            showReport(std::move(answer->report));
        });
}

void StatisticsWindow::showReport(StatsReport report)
{
    m_report = std::move(report);
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    const QList<StatsRow> totals = m_report.totalsByPeriod();
    QStringList periods;
    for (const StatsRow& r : totals)
        periods << r.period.key;
    auto column = [&totals](const std::function<std::optional<double>(const StatsRow&)>& value) {
        QList<std::optional<double>> values;
        for (const StatsRow& r : totals)
            values << value(r);
        return values;
    };
    auto addTab = [this](const QString& title, QChartView* chart, QTableWidget* table) {
        auto* splitter = new QSplitter(Qt::Horizontal);
        splitter->addWidget(chart);
        splitter->addWidget(table);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->setSizes({600, 400});
        m_tabs->addTab(splitter, title);
    };

    // Inflow, decided and closed.
    {
        QList<QStringList> rows;
        qint64 submitted = 0, decided = 0, closed = 0;
        for (const StatsRow& r : totals) {
            rows << QStringList{r.period.key, QString::number(r.submitted), QString::number(r.decided),
                                QString::number(r.closed), QString::number(r.reopened)};
            submitted += r.submitted;
            decided += r.decided;
            closed += r.closed;
        }
        rows << QStringList{tr("Total"), QString::number(submitted), QString::number(decided),
                            QString::number(closed), QString()};
        addTab(tr("Inflow"),
               makeChart(tr("Cases submitted, decided and closed"), periods,
                         {{tr("Submitted"), column([](const StatsRow& r) { return double(r.submitted); })},
                          {tr("Decided"), column([](const StatsRow& r) { return double(r.decided); })},
                          {tr("Closed"), column([](const StatsRow& r) { return double(r.closed); })}}),
               makeTable(QStringLiteral("inflowTable"), tr("Cases submitted, decided and closed"),
                         {tr("Period"), tr("Submitted"), tr("Decided"), tr("Closed"), tr("Reopened")}, rows));
    }
    // Processing time.
    {
        QList<QStringList> rows;
        for (const StatsRow& r : totals)
            rows << QStringList{r.period.key, days(r.toDecision.percentile(0.5)),
                                days(r.toDecision.percentile(0.9)), days(r.toClosing.percentile(0.5)),
                                days(r.toClosing.percentile(0.9))};
        addTab(tr("Processing time"),
               makeChart(
                   tr("Days from submission (median and 90th percentile)"), periods,
                   {{tr("Median to decision"),
                     column([](const StatsRow& r) { return asValue(r.toDecision.percentile(0.5)); }), true},
                    {tr("90th percentile to decision"),
                     column([](const StatsRow& r) { return asValue(r.toDecision.percentile(0.9)); }), true},
                    {tr("Median to closing"),
                     column([](const StatsRow& r) { return asValue(r.toClosing.percentile(0.5)); }), true},
                    {tr("90th percentile to closing"),
                     column([](const StatsRow& r) { return asValue(r.toClosing.percentile(0.9)); }), true}}),
               makeTable(QStringLiteral("processingTable"), tr("Days from submission"),
                         {tr("Period"), tr("Median days to decision"), tr("90th percentile to decision"),
                          tr("Median days to closing"), tr("90th percentile to closing")},
                         rows));
    }
    // Backlog and overdue share.
    {
        QList<QStringList> rows;
        for (const StatsRow& r : totals)
            rows << QStringList{r.period.key, QString::number(r.openAtEnd), QString::number(r.overdueAtEnd),
                                QStringLiteral("%1 %").arg(r.overdueShare() * 100.0, 0, 'f', 1)};
        addTab(tr("Backlog"),
               makeChart(
                   tr("Open and overdue cases at the end of each period"), periods,
                   {{tr("Open"), column([](const StatsRow& r) { return double(r.openAtEnd); }), true},
                    {tr("Overdue"), column([](const StatsRow& r) { return double(r.overdueAtEnd); }), true}}),
               makeTable(QStringLiteral("backlogTable"), tr("Open and overdue cases"),
                         {tr("Period"), tr("Open at end"), tr("Overdue at end"), tr("Overdue share")}, rows));
    }
    // Decisions by outcome.
    {
        QList<Series> series;
        for (const QString& outcome : std::as_const(m_report.outcomeIds))
            series << Series{
                outcome, column([outcome](const StatsRow& r) { return double(r.outcomes.value(outcome)); })};
        QList<QStringList> rows;
        for (const StatsRow& r : totals) {
            QStringList row{r.period.key};
            for (const QString& outcome : std::as_const(m_report.outcomeIds))
                row << QString::number(r.outcomes.value(outcome));
            rows << row;
        }
        addTab(tr("Decisions"), makeChart(tr("Decisions by outcome"), periods, series),
               makeTable(QStringLiteral("outcomeTable"), tr("Decisions by outcome"),
                         QStringList{tr("Period")} + m_report.outcomeIds, rows));
    }
    // Time in each status, over the whole report.
    {
        QMap<QString, DayHistogram> byStatus;
        for (const StatsRow& r : totals)
            for (auto it = r.inStatus.cbegin(); it != r.inStatus.cend(); ++it)
                byStatus[it.key()].add(it.value());
        QList<QStringList> rows;
        QList<std::optional<double>> medians, p90s;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            rows << QStringList{it.key(), QString::number(it.value().total()),
                                days(it.value().percentile(0.5)), days(it.value().percentile(0.9))};
            medians << asValue(it.value().percentile(0.5));
            p90s << asValue(it.value().percentile(0.9));
        }
        addTab(tr("Time in status"),
               makeChart(tr("Days spent in each status"), byStatus.keys(),
                         {{tr("Median days"), medians}, {tr("90th percentile"), p90s}}),
               makeTable(QStringLiteral("statusTable"), tr("Days spent in each status"),
                         {tr("Status"), tr("Cases"), tr("Median days"), tr("90th percentile")}, rows));
    }
    // Supplement requests per case.
    {
        QList<QStringList> rows;
        for (const StatsRow& r : totals)
            rows << QStringList{r.period.key, QString::number(r.supplementRequests),
                                QString::number(r.submitted),
                                QString::number(r.supplementRequestsPerCase(), 'f', 2)};
        addTab(tr("Supplements"),
               makeChart(tr("Supplement requests"), periods,
                         {{tr("Supplement requests"),
                           column([](const StatsRow& r) { return double(r.supplementRequests); })}}),
               makeTable(QStringLiteral("supplementTable"), tr("Supplement requests per case"),
                         {tr("Period"), tr("Supplement requests"), tr("Cases submitted"), tr("Per case")},
                         rows));
    }
    m_tabs->setCurrentIndex(std::max(0, current));
    setBusy(false, tr("%n period(s), Swedish calendar days.", nullptr, int(totals.size())));
    Q_EMIT reportShown();
}

void StatisticsWindow::exportAs(StatsFormat format)
{
    const bool csv = format == StatsFormat::Csv;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("casedesk-statistics-%1-%2.%3")
                                                .arg(m_report.query.from.toString(Qt::ISODate),
                                                     m_report.query.to.toString(Qt::ISODate),
                                                     csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
    const QString path = m_prompts.saveFileName(
        this, csv ? tr("Export statistics as CSV") : tr("Export statistics as XLSX"), suggested);
    if (path.isEmpty())
        return;
    setBusy(true, tr("Saving…"));
    // The file is written off the window's thread too (a network folder can be slow).
    m_worker.post(
        DatabaseWorker::Lane::Read, this,
        [report = m_report, format, path](Database&) -> VoidResult {
            return writeStatsFile(report, format, path);
        },
        [this, path](VoidResult written) {
            setBusy(false, written.ok() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : QString());
            if (!written.ok())
                m_prompts.warn(this, tr("Statistics"), written.error().explain());
            Q_EMIT exported(written.ok());
        });
}

} // namespace casedesk
