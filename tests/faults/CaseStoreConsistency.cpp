// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseStoreConsistency.h"

#include "db/Database.h"

#include <QMap>

#include <algorithm>

namespace casedesk::test {

namespace {

// Each query counts rows that must not exist.
struct MustBeNone
{
    const char* what;
    const char* sql;
};

// clang-format off
constexpr MustBeNone kWholeCases[] = {
    {"cases without form pages", "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM form_pages p WHERE p.case_id = c.id)"},
    {"cases without form fields", "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM form_fields f WHERE f.case_id = c.id)"},
    {"cases without their 'submitted' history event", "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'submitted')"},
    {"form fields without their page", "SELECT count(*) FROM form_fields f WHERE NOT EXISTS (SELECT 1 FROM form_pages p WHERE p.case_id = f.case_id AND p.page_index = f.page_index)"},
    {"attachments of a missing message", "SELECT count(*) FROM attachments a WHERE a.message_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = a.message_id)"},
    {"attachments of another case's message", "SELECT count(*) FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.case_id <> a.case_id"},
    {"duplicate references", "SELECT count(*) - count(DISTINCT reference) FROM cases"},
    {"duplicate external ids", "SELECT count(*) FROM (SELECT source, external_id FROM cases WHERE external_id IS NOT NULL GROUP BY source, external_id HAVING count(*) > 1) d"},
};
// clang-format on

constexpr const char* kCaseChildren[] = {
    "form_pages", "form_fields", "case_parties",        "signatures", "messages",   "attachments",
    "notes",      "case_events", "supplement_requests", "decisions",  "mail_outbox"};

qint64 countOf(const Database& db, const QString& sql, QStringList& problems)
{
    auto q = db.exec(sql);
    if (!q.ok() || !q->next()) {
        problems << QStringLiteral("query failed: %1: %2").arg(sql, q.ok() ? QString() : q.error().message());
        return -1;
    }
    return q->value(0).toLongLong();
}

// (e-service, status, assignee, needs action) -> cases, from the counters or from the cases.
QMap<QString, qint64> viewCounts(const Database& db, const QString& sql, QStringList& problems)
{
    QMap<QString, qint64> counts;
    auto q = db.exec(sql);
    if (!q.ok()) {
        problems << QStringLiteral("query failed: %1: %2").arg(sql, q.error().message());
        return counts;
    }
    while (q->next()) {
        if (q->value(4).toLongLong() == 0)
            continue; // counter rows that dropped to zero stay
        counts.insert(QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                  q->value(3).toString()}
                          .join(QLatin1Char('|')),
                      q->value(4).toLongLong());
    }
    return counts;
}

void checkReferences(const Database& db, QStringList& problems)
{
    QMap<int, QList<int>> numbersByYear; // PREFIX-YYYY-NNNNNN
    auto q = db.exec(QStringLiteral("SELECT reference FROM cases"));
    if (!q.ok()) {
        problems << q.error().message();
        return;
    }
    while (q->next()) {
        const QStringList parts = q->value(0).toString().split(QLatin1Char('-'));
        if (parts.size() != 3) {
            problems << QStringLiteral("malformed reference %1").arg(q->value(0).toString());
            continue;
        }
        numbersByYear[parts.at(1).toInt()].append(parts.at(2).toInt());
    }
    auto counters = db.exec(QStringLiteral("SELECT year, last_number FROM reference_counters"));
    if (!counters.ok()) {
        problems << counters.error().message();
        return;
    }
    QMap<int, int> lastNumbers;
    while (counters->next())
        lastNumbers.insert(counters->value(0).toInt(), counters->value(1).toInt());
    for (auto it = numbersByYear.begin(); it != numbersByYear.end(); ++it) {
        QList<int>& numbers = it.value();
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i) {
            if (numbers.at(i) != i + 1) {
                problems << QStringLiteral(
                                "references of %1 are not 1 to %2 without gaps (number %3 at place %4)")
                                .arg(it.key())
                                .arg(numbers.size())
                                .arg(numbers.at(i))
                                .arg(i + 1);
                break;
            }
        }
        if (lastNumbers.value(it.key()) != numbers.size())
            problems << QStringLiteral(
                            "reference counter of %1 is %2 but %3 cases have references of that year")
                            .arg(it.key())
                            .arg(lastNumbers.value(it.key()))
                            .arg(numbers.size());
    }
}

} // namespace

QStringList caseStoreProblems(const Database& db)
{
    QStringList problems;
    const bool sqlite = db.dialect() == Dialect::Sqlite;
    const auto none = [&](const QString& what, const QString& sql) {
        const qint64 n = countOf(db, sql, problems);
        if (n > 0)
            problems << QStringLiteral("%1: %2").arg(what).arg(n);
    };
    for (const MustBeNone& check : kWholeCases)
        none(QString::fromLatin1(check.what), QString::fromLatin1(check.sql));
    for (const char* table : kCaseChildren)
        none(QStringLiteral("%1 rows of a missing case").arg(QLatin1String(table)),
             QStringLiteral("SELECT count(*) FROM %1 x WHERE x.case_id IS NOT NULL AND NOT EXISTS"
                            " (SELECT 1 FROM cases c WHERE c.id = x.case_id)")
                 .arg(QLatin1String(table)));

    // The search index: one row per case, none for a case that is not there.
    const QString searchKey = sqlite ? QStringLiteral("s.rowid") : QStringLiteral("s.case_id");
    none(QStringLiteral("cases missing from the search index"),
         QStringLiteral(
             "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_search s WHERE %1 = c.id)")
             .arg(searchKey));
    none(QStringLiteral("search index rows of a missing case"),
         QStringLiteral(
             "SELECT count(*) FROM case_search s WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = %1)")
             .arg(searchKey));

    const QMap<QString, qint64> counted = viewCounts(
        db,
        QStringLiteral("SELECT eservice_id, status_id, coalesce(assignee, ''),"
                       " CASE WHEN needs_action THEN 1 ELSE 0 END, count(*) FROM cases GROUP BY 1, 2, 3, 4"),
        problems);
    const QMap<QString, qint64> kept = viewCounts(
        db,
        QStringLiteral("SELECT eservice_id, status_id, assignee, CASE WHEN needs_action THEN 1 ELSE 0 END, n"
                       " FROM case_counts"),
        problems);
    if (counted != kept) {
        QStringList differing;
        for (const QString& key : QStringList(counted.keys()) + QStringList(kept.keys()))
            if (counted.value(key) != kept.value(key) && !differing.contains(key))
                differing << QStringLiteral("%1: %2 cases, counter %3")
                                 .arg(key)
                                 .arg(counted.value(key))
                                 .arg(kept.value(key));
        problems << QStringLiteral("view counters differ from the cases: ") +
                        differing.join(QStringLiteral("; "));
    }

    checkReferences(db, problems);

    if (sqlite) {
        auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity.ok() || !integrity->next() || integrity->value(0).toString() != QLatin1String("ok"))
            problems << QStringLiteral("PRAGMA integrity_check: %1")
                            .arg(integrity.ok() ? integrity->value(0).toString()
                                                : integrity.error().message());
        auto foreignKeys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys.ok())
            problems << foreignKeys.error().message();
        else if (foreignKeys->next())
            problems << QStringLiteral("PRAGMA foreign_key_check: a row of %1 refers to a missing %2")
                            .arg(foreignKeys->value(0).toString(), foreignKeys->value(2).toString());
    }
    return problems;
}

} // namespace casedesk::test
