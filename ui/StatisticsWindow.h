// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "statistics/StatisticsExport.h"
#include "worker/WorkTicket.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace casedesk {

class DatabaseWorker;
class UserPrompts;

// Follow-up statistics (issue #17 §3), for administrators and for caseworkers over the
// e-services they may read: filters (e-service, first and last day, by week, month or day), one
// tab per figure with its chart (Qt Charts) and, beside it, the same numbers as a table, and
// export as CSV or XLSX. Everything is read through the DatabaseWorker's read lane; the window
// shows "Loading…" meanwhile and never waits.
class StatisticsWindow : public QWidget
{
    Q_OBJECT
public:
    StatisticsWindow(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);

    // Reads the report for the filters as they are now (also at start).
    void reload();
    const StatsReport& report() const { return m_report; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* table(const QString& objectName) const;

Q_SIGNALS:
    void reportShown();     // tests: a report arrived and is on screen
    void exported(bool ok); // tests: an export finished

private:
    void setBusy(bool busy, const QString& text);
    void showReport(StatsReport report);
    void exportAs(StatsFormat format);
    StatsQuery currentQuery() const;

    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QComboBox* m_eservice;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_by;
    QPushButton* m_show;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
    QLabel* m_status;
    QTabWidget* m_tabs;
    WorkTicket m_loading;
    StatsReport m_report;
    bool m_eservicesRead = false;
};

} // namespace casedesk
