// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "StatisticsTypes.h"

#include <QByteArray>
#include <QVariant>

namespace casedesk {

// The report as a table: one row per period and e-service, the same columns in every format
// (CSV header, JSON keys, XLSX header): period, period_start, period_end, eservice, submitted,
// decided, closed, reopened, supplement_requests, supplement_requests_per_case,
// median_days_to_decision, p90_days_to_decision, median_days_to_closing, p90_days_to_closing,
// open_at_end, overdue_at_end, overdue_share, then outcome_<id> per outcome and
// median_days_in_<status>, p90_days_in_<status> per status. A median without cases is empty
// (JSON null).
enum class StatsFormat
{
    Table,
    Csv,
    Json,
    Xlsx,
};

std::optional<StatsFormat> statsFormatFromName(const QString& name);

QStringList statsColumns(const StatsReport& report);
// The cells of each row: qint64, double, QString, or a null QVariant for "no value".
QList<QVariantList> statsCells(const StatsReport& report);

QByteArray statsCsv(const StatsReport& report);
QByteArray statsJson(const StatsReport& report);
// Aligned columns of the main figures and a total line, for a person at a terminal.
QString statsTable(const StatsReport& report);

// Writes the report to `path` in `format` (not Table) as a whole: a file that cannot be written
// leaves whatever was at `path` before. XLSX through libxlsxwriter.
VoidResult writeStatsFile(const StatsReport& report, StatsFormat format, const QString& path);

} // namespace casedesk
