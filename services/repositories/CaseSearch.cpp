// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseSearch.h"

#include "db/Database.h"
#include "intake/PersonalNumber.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace casedesk {

namespace {

// Words longer than this are cut: nothing indexed is longer, and the query stays small.
constexpr qsizetype kMaxWordLength = 64;
constexpr qsizetype kMaxWords = 16;

// The first text after every text that starts with `prefix` (in byte order, which is code point
// order for UTF-8): the prefix with its last character incremented.
QString prefixUpperBound(const QString& prefix)
{
    std::u32string text = prefix.toStdU32String();
    while (!text.empty()) {
        if (text.back() < 0x10FFFF && text.back() != 0xD7FF) {
            ++text.back();
            return QString::fromStdU32String(text);
        }
        text.pop_back();
    }
    return {};
}

// The text without control characters (NUL would cut the statement short in the PostgreSQL
// driver, which sends values as text) and without unpaired surrogates.
QString cleaned(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

} // namespace

QStringList searchWords(const QString& text)
{
    const QString trimmed = cleaned(text);
    if (trimmed.isEmpty())
        return {};
    if (auto personalNumber = PersonalNumber::normalize(trimmed); personalNumber.ok()) {
        // Twelve digits typed: exactly those. Ten: the ten, which the index holds too, so that
        // the century the date suggests (a 10-digit number is taken as under 100 years old
        // unless written with "+") cannot hide the person.
        const QString twelve = QString(*personalNumber).remove(QLatin1Char('-'));
        qsizetype digits = 0;
        for (const QChar c : trimmed)
            digits += c.isDigit() ? 1 : 0;
        return {digits == 12 ? twelve : twelve.mid(2)};
    }
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && words.size() < kMaxWords && !words.contains(word))
            words << word.left(kMaxWordLength);
        word.clear();
    };
    const std::u32string codePoints = trimmed.toLower().toStdU32String();
    for (const char32_t c : codePoints) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing)
            word += QString::fromUcs4(&c, 1);
        else
            flush();
    }
    flush();
    return words;
}

std::optional<SearchTerms> searchTerms(const QString& text, const SqlDialect& sql)
{
    const QString trimmed = cleaned(text);
    if (trimmed.isEmpty())
        return std::nullopt;
    SearchTerms terms;
    terms.referencePrefix = trimmed.toUpper();
    terms.referenceEnd = prefixUpperBound(terms.referencePrefix);
    // A reference or the start of one ("CD-2026-0001") is looked up by reference only: its
    // parts as words would match dates and numbers in forms.
    static const QRegularExpression referenceLike(QStringLiteral("^[A-Za-z]{1,10}-\\d{4}(-\\d{0,6})?$"));
    const QStringList words = referenceLike.match(trimmed).hasMatch() ? QStringList() : searchWords(trimmed);
    // A personal number is a whole word in the index: matched exactly, which the index answers
    // from one entry (a prefix scans a range of them).
    if (!words.isEmpty())
        terms.wordQuery = sql.fullTextQuery(words, PersonalNumber::normalize(trimmed).ok());
    return terms;
}

std::optional<SearchCondition> searchCondition(const QString& text, const SqlDialect& sql)
{
    const std::optional<SearchTerms> terms = searchTerms(text, sql);
    if (!terms)
        return std::nullopt;
    SearchCondition condition;
    // Byte order whatever the database's collation, on the reference's index
    // (cases_reference_prefix_idx on PostgreSQL).
    const QString reference = sql.byteOrder(QStringLiteral("r.reference"));
    QStringList branches{QStringLiteral("SELECT r.id FROM cases r WHERE ") + reference +
                         QStringLiteral(" >= ? AND ") + reference + QStringLiteral(" < ?")};
    condition.params << terms->referencePrefix << terms->referenceEnd;
    if (!terms->wordQuery.isEmpty()) {
        // Under row-level security the match could not use the GIN index: it goes through
        // casedesk_search_cases (0014), which returns the ids under the caller's rules.
        branches << (sql.hasRolesAndRowSecurity()
                         ? QStringLiteral("SELECT s.id FROM casedesk_search_cases(?) s(id)")
                         : QStringLiteral(
                               "SELECT case_search.rowid FROM case_search WHERE case_search MATCH ?"));
        condition.params << terms->wordQuery;
    }
    condition.sql = sql.inSubquery(QStringLiteral("c.id"), branches.join(QStringLiteral(" UNION ALL ")));
    return condition;
}

SearchCondition walkCondition(const SearchTerms& terms, const SqlDialect& sql)
{
    Q_ASSERT(!sql.hasRolesAndRowSecurity()); // PostgreSQL walks in chunks: CaseRepository::listSql
    const QString reference = sql.byteOrder(QStringLiteral("c.reference"));
    SearchCondition condition;
    condition.sql = QStringLiteral("((%1 >= ? AND %1 < ?)").arg(reference);
    condition.params << terms.referencePrefix << terms.referenceEnd;
    if (!terms.wordQuery.isEmpty()) {
        condition.sql += QStringLiteral(" OR +c.id IN (SELECT case_search.rowid FROM case_search"
                                        " WHERE case_search MATCH ?)");
        condition.params << terms.wordQuery;
    }
    condition.sql += QLatin1Char(')');
    return condition;
}

namespace {

// Testing a case while walking costs about half of reading a match (see cheaperSearchPlan).
constexpr double kWalkCostRatio = 0.5;

} // namespace

SearchPlan cheaperSearchPlan(const SearchEstimate& estimate, int limit)
{
    if (estimate.matches <= 0 || estimate.cases <= 0)
        return SearchPlan::ReadMatches;
    const double matches = double(estimate.matches);
    return matches * matches > kWalkCostRatio * double(limit) * double(estimate.cases)
               ? SearchPlan::WalkOrder
               : SearchPlan::ReadMatches;
}

qint64 walkingMatches(qint64 cases, int limit)
{
    return qint64(std::ceil(
        std::sqrt(kWalkCostRatio * double(std::max(limit, 1)) * double(std::max<qint64>(cases, 0)))));
}

int walkChunk(const SearchEstimate& estimate, int limit)
{
    const double rate =
        estimate.cases > 0 ? double(std::max<qint64>(estimate.matches, 1)) / double(estimate.cases) : 1.0;
    const double chunk = std::ceil(double(limit) / std::min(rate, 1.0) * 1.25);
    return int(std::clamp(chunk, double(limit), double(kMaxWalkChunk)));
}

Result<SearchEstimate> SearchIndex::estimate(const QString& wordQuery, int limit) const
{
    SearchEstimate estimate;
    if (m_db.sql().hasRolesAndRowSecurity()) {
        auto q = m_db.execKept(QStringLiteral("SELECT matches, cases FROM casedesk_search_estimate(?)"),
                               {wordQuery});
        if (!q.ok())
            return q.error();
        if ((*q)->next()) {
            estimate.matches = (*q)->value(0).toLongLong();
            estimate.cases = (*q)->value(1).toLongLong();
        }
        (*q)->finish();
        return estimate;
    }
    // SQLite: every case (the counters' sum, no count of the table), then the matches up to the
    // number from which walking pays; an index of one user, nothing to hide.
    auto cases = m_db.exec(QStringLiteral("SELECT coalesce(sum(n), 0) FROM case_counts"));
    if (!cases.ok())
        return cases.error();
    estimate.cases = cases->next() ? cases->value(0).toLongLong() : 0;
    auto matches = m_db.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_search"
                                            " WHERE case_search MATCH ? LIMIT ?)"),
                             {wordQuery, walkingMatches(estimate.cases, limit) + 1});
    if (!matches.ok())
        return matches.error();
    estimate.matches = matches->next() ? matches->value(0).toLongLong() : 0;
    return estimate;
}

VoidResult SearchIndex::setDeferred(bool deferred) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE search_maintenance SET deferred = ? WHERE id = 1"), {deferred});
    if (!q.ok())
        return q.error();
    return {};
}

VoidResult SearchIndex::indexNewCases(QList<qint64> caseIds) const
{
    if (caseIds.isEmpty())
        return {};
    // Under row-level security through casedesk_search_refresh, which may read every case.
    if (m_db.sql().hasRolesAndRowSecurity()) {
        auto q = m_db.exec(QStringLiteral("SELECT casedesk_search_refresh(?::bigint[])"),
                           {m_db.sql().idListParameter(caseIds)});
        if (!q.ok())
            return q.error();
        return {};
    }
    // SQLite: one statement per run of consecutive ids (a batch's ids are one run).
    std::sort(caseIds.begin(), caseIds.end());
    qsizetype first = 0;
    while (first < caseIds.size()) {
        qsizetype last = first;
        while (last + 1 < caseIds.size() && caseIds.at(last + 1) == caseIds.at(last) + 1)
            ++last;
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO case_search (rowid, applicant, fields, messages)"
                                     " SELECT case_id, applicant, fields, messages FROM case_search_document"
                                     " WHERE case_id BETWEEN ? AND ?"),
                      {caseIds.at(first), caseIds.at(last)});
        if (!q.ok())
            return q.error();
        first = last + 1;
    }
    return {};
}

} // namespace casedesk
