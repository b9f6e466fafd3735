// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatisticsExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace casedesk {

std::optional<StatsFormat> statsFormatFromName(const QString& name)
{
    if (name == QLatin1String("table"))
        return StatsFormat::Table;
    if (name == QLatin1String("csv"))
        return StatsFormat::Csv;
    if (name == QLatin1String("json"))
        return StatsFormat::Json;
    if (name == QLatin1String("xlsx"))
        return StatsFormat::Xlsx;
    return std::nullopt;
}

namespace {

QVariant days(const std::optional<int>& value)
{
    return value ? QVariant(static_cast<qint64>(*value)) : QVariant();
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// A spreadsheet would run a cell starting with one of these as a formula (CSV injection).
QString safeText(const QString& text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvField(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 4);
    if (value.metaType().id() != QMetaType::QString)
        return value.toString();
    QString text = safeText(value.toString());
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

Error fileError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::Internal,
                     ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", "cannot write %1: %2"),
                               {QDir::toNativeSeparators(path), reason}),
                     QStringLiteral("output"));
}

VoidResult saveBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fileError(path, file.errorString());
    return {};
}

// libxlsxwriter writes a file by name; it goes to a temporary name next to `path` and replaces
// `path` only when the workbook is complete.
VoidResult saveXlsx(const StatsReport& report, const QString& path)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fileError(path, temporary.errorString());
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    temporary.close();

    lxw_workbook* workbook = workbook_new(temporaryName.constData());
    if (!workbook)
        return fileError(path, QStringLiteral("libxlsxwriter could not create the workbook"));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Statistics");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const QStringList columns = statsColumns(report);
    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns.at(c).toUtf8().constData(), bold);
    const QList<QVariantList> cells = statsCells(report);
    for (qsizetype r = 0; r < cells.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (qsizetype c = 0; c < cells.at(r).size(); ++c) {
            const QVariant& v = cells.at(r).at(c);
            const auto col = static_cast<lxw_col_t>(c);
            if (v.isNull())
                continue;
            if (v.metaType().id() == QMetaType::QString)
                // A string cell is never a formula in XLSX; no prefix needed.
                worksheet_write_string(sheet, row, col, v.toString().toUtf8().constData(), nullptr);
            else
                worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return fileError(path, QString::fromUtf8(lxw_strerror(closed)));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporaryName.toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    if (error) {
        std::remove(temporaryName.constData());
        return fileError(path, QString::fromStdString(error.message()));
    }
    temporary.setAutoRemove(false); // renamed
    return {};
}

} // namespace

QStringList statsColumns(const StatsReport& report)
{
    QStringList columns{QStringLiteral("period"),
                        QStringLiteral("period_start"),
                        QStringLiteral("period_end"),
                        QStringLiteral("eservice"),
                        QStringLiteral("submitted"),
                        QStringLiteral("decided"),
                        QStringLiteral("closed"),
                        QStringLiteral("reopened"),
                        QStringLiteral("supplement_requests"),
                        QStringLiteral("supplement_requests_per_case"),
                        QStringLiteral("median_days_to_decision"),
                        QStringLiteral("p90_days_to_decision"),
                        QStringLiteral("median_days_to_closing"),
                        QStringLiteral("p90_days_to_closing"),
                        QStringLiteral("open_at_end"),
                        QStringLiteral("overdue_at_end"),
                        QStringLiteral("overdue_share")};
    for (const QString& outcome : report.outcomeIds)
        columns << QStringLiteral("outcome_") + outcome;
    for (const QString& status : report.statusIds)
        columns << QStringLiteral("median_days_in_") + status << QStringLiteral("p90_days_in_") + status;
    return columns;
}

QList<QVariantList> statsCells(const StatsReport& report)
{
    QList<QVariantList> cells;
    cells.reserve(report.rows.size());
    for (const StatsRow& r : report.rows) {
        QVariantList row{r.period.key,
                         r.period.start.toString(Qt::ISODate),
                         r.period.end.toString(Qt::ISODate),
                         r.eserviceId,
                         r.submitted,
                         r.decided,
                         r.closed,
                         r.reopened,
                         r.supplementRequests,
                         rounded(r.supplementRequestsPerCase(), 4),
                         days(r.toDecision.percentile(0.5)),
                         days(r.toDecision.percentile(0.9)),
                         days(r.toClosing.percentile(0.5)),
                         days(r.toClosing.percentile(0.9)),
                         r.openAtEnd,
                         r.overdueAtEnd,
                         rounded(r.overdueShare(), 4)};
        for (const QString& outcome : report.outcomeIds)
            row << r.outcomes.value(outcome);
        for (const QString& status : report.statusIds) {
            const DayHistogram h = r.inStatus.value(status);
            row << days(h.percentile(0.5)) << days(h.percentile(0.9));
        }
        cells.append(row);
    }
    return cells;
}

QByteArray statsCsv(const StatsReport& report)
{
    QString text;
    QStringList header;
    for (const QString& column : statsColumns(report))
        header << csvField(column);
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList& row : statsCells(report)) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant& v : row)
            fields << csvField(v);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray statsJson(const StatsReport& report)
{
    const QStringList columns = statsColumns(report);
    QJsonArray rows;
    for (const QVariantList& row : statsCells(report)) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c)
            object.insert(columns.at(c), QJsonValue::fromVariant(row.at(c)));
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QString statsTable(const StatsReport& report)
{
    const QStringList header{
        QStringLiteral("PERIOD"),   QStringLiteral("ESERVICE"),    QStringLiteral("SUBMITTED"),
        QStringLiteral("DECIDED"),  QStringLiteral("CLOSED"),      QStringLiteral("MEDIAN DAYS"),
        QStringLiteral("P90 DAYS"), QStringLiteral("OPEN AT END"), QStringLiteral("OVERDUE AT END")};
    auto text = [](const std::optional<int>& d) { return d ? QString::number(*d) : QStringLiteral("-"); };
    QList<QStringList> lines{header};
    qint64 submitted = 0, decided = 0, closed = 0;
    for (const StatsRow& r : report.rows) {
        lines.append({r.period.key, r.eserviceId, QString::number(r.submitted), QString::number(r.decided),
                      QString::number(r.closed), text(r.toDecision.percentile(0.5)),
                      text(r.toDecision.percentile(0.9)), QString::number(r.openAtEnd),
                      QString::number(r.overdueAtEnd)});
        submitted += r.submitted;
        decided += r.decided;
        closed += r.closed;
    }
    lines.append({QStringLiteral("TOTAL"), QString(), QString::number(submitted), QString::number(decided),
                  QString::number(closed), QString(), QString(), QString(), QString()});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : std::as_const(lines))
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out;
    for (const QStringList& line : std::as_const(lines)) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c)
            padded << (c < 2 ? line.at(c).leftJustified(widths[c]) : line.at(c).rightJustified(widths[c]));
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

VoidResult writeStatsFile(const StatsReport& report, StatsFormat format, const QString& path)
{
    switch (format) {
    case StatsFormat::Csv:
        return saveBytes(path, statsCsv(report));
    case StatsFormat::Json:
        return saveBytes(path, statsJson(report));
    case StatsFormat::Xlsx:
        return saveXlsx(report, path);
    case StatsFormat::Table:
        break;
    }
    return saveBytes(path, statsTable(report).toUtf8());
}

} // namespace casedesk
