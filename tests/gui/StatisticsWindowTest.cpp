// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatisticsWindow.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "SampleSubmissions.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "intake/IntakeService.h"
#include "worker/DatabaseWorker.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

// The Statistics window (issue #17 §3) on real widgets: reached from View → Statistics…, it
// reads through the worker, shows a chart with its table for each figure, and exports CSV and
// XLSX to the file the person chooses.
class StatisticsWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;

    void settle() { QVERIFY(m_worker->waitForIdle()); }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        DatabaseUrl url;
        url.sqlitePath = m_dir.filePath(QStringLiteral("statistics.db"));
        QFile::remove(url.sqlitePath);
        auto db = Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(Migrator(*m_db).migrate().ok());
        const QList<QDate> days{QDate(2026, 3, 10), QDate(2026, 3, 11), QDate(2026, 4, 2)};
        for (qsizetype i = 0; i < days.size(); ++i)
            QVERIFY(IntakeService(*m_db)
                        .submit(sampleSubmission(QStringLiteral("stat-%1").arg(i),
                                                 QDateTime(days.at(i), QTime(10, 0), QTimeZone::utc())))
                        .ok());
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

    void showsAYearByMonthWithAChartAndATableForEachFigure()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("statisticsAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        settle();
        auto* window = m_window->findChild<StatisticsWindow*>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        window->findChild<QDateEdit*>(QStringLiteral("statisticsFrom"))->setDate(QDate(2026, 1, 1));
        window->findChild<QDateEdit*>(QStringLiteral("statisticsTo"))->setDate(QDate(2026, 12, 31));
        auto* by = window->findChild<QComboBox*>(QStringLiteral("statisticsBy"));
        by->setCurrentIndex(by->findData(int(StatsGrouping::Month)));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("statisticsShow")), Qt::LeftButton);
        settle();

        QCOMPARE(window->report().periods.size(), 12);
        QTableWidget* inflow = window->table(QStringLiteral("inflowTable"));
        QVERIFY(inflow);
        QCOMPARE(inflow->rowCount(), 13); // twelve months and the total
        QCOMPARE(inflow->item(2, 0)->text(), QStringLiteral("2026-03"));
        QCOMPARE(inflow->item(2, 1)->text(), QStringLiteral("2"));
        QCOMPARE(inflow->item(12, 1)->text(), QStringLiteral("3"));
        QTableWidget* backlog = window->table(QStringLiteral("backlogTable"));
        QVERIFY(backlog);
        QCOMPARE(backlog->item(3, 1)->text(), QStringLiteral("3")); // open at the end of April
        // Every tab: a chart and its table, both named for assistive technology.
        QCOMPARE(window->tabs()->count(), 6);
        for (int i = 0; i < window->tabs()->count(); ++i) {
            QWidget* page = window->tabs()->widget(i);
            auto* chart = page->findChild<QChartView*>();
            auto* table = page->findChild<QTableWidget*>();
            QVERIFY(chart && table);
            QVERIFY(!chart->accessibleName().isEmpty());
            QVERIFY(!table->accessibleName().isEmpty());
        }
        for (const char* name : {"statisticsEService", "statisticsFrom", "statisticsTo", "statisticsBy"})
            QVERIFY(!window->findChild<QWidget*>(QLatin1String(name))->accessibleName().isEmpty());
        // CASEDESK_SCREENSHOT_DIR: a picture of each tab, for a person to look at.
        if (const QString dir = qEnvironmentVariable("CASEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window->resize(1280, 800);
            for (int i = 0; i < window->tabs()->count(); ++i) {
                window->tabs()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                QVERIFY(window->grab().save(dir + QStringLiteral("/statistics-%1.png").arg(i)));
            }
        }
        // The e-service filter offers the e-services read through the worker.
        auto* eservice = window->findChild<QComboBox*>(QStringLiteral("statisticsEService"));
        QVERIFY(eservice->findData(QStringLiteral("parkeringstillstand")) > 0);
    }

    void exportsCsvAndXlsx()
    {
        StatisticsWindow* window = m_window->showStatistics();
        settle();
        QTemporaryDir out;
        m_prompts->saveFolder = out.path();
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("statisticsExportCsv")),
                          Qt::LeftButton);
        settle();
        const QString csvPath = out.filePath(m_prompts->lastSuggestedPath.section(QLatin1Char('/'), -1));
        QVERIFY(csvPath.endsWith(QLatin1String(".csv")));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray header = csv.readLine();
        QVERIFY(header.startsWith("period,period_start,period_end,eservice,submitted,"));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("statisticsExportXlsx")),
                          Qt::LeftButton);
        settle();
        const QString xlsxPath = out.filePath(m_prompts->lastSuggestedPath.section(QLatin1Char('/'), -1));
        QVERIFY(xlsxPath.endsWith(QLatin1String(".xlsx")));
        QFile xlsx(xlsxPath);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(2), QByteArrayLiteral("PK"));
        QVERIFY(m_prompts->lastWarning.isEmpty());
    }
};

QTEST_MAIN(StatisticsWindowTest)
#include "StatisticsWindowTest.moc"
