#include "CaseSearch.h"

#include "db/Database.h"
#include "intake/PersonalNumber.h"

#include <QRegularExpression>

#include <algorithm>

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

std::optional<SearchCondition> searchCondition(const QString& text, const SqlDialect& sql)
{
    const QString trimmed = cleaned(text);
    if (trimmed.isEmpty())
        return std::nullopt;
    SearchCondition condition;
    const QString referencePrefix = trimmed.toUpper();
    const QString referenceEnd = prefixUpperBound(referencePrefix);
    // A reference or the start of one ("CD-2026-0001") is looked up by reference only: its
    // parts as words would match dates and numbers in forms.
    static const QRegularExpression referenceLike(QStringLiteral("^[A-Za-z]{1,10}-\\d{4}(-\\d{0,6})?$"));
    const QStringList words = referenceLike.match(trimmed).hasMatch() ? QStringList() : searchWords(trimmed);

    // Byte order whatever the database's collation, on the reference's index
    // (cases_reference_prefix_idx on PostgreSQL).
    const QString reference = sql.byteOrder(QStringLiteral("r.reference"));
    QStringList branches{QStringLiteral("SELECT r.id FROM cases r WHERE ") + reference +
                         QStringLiteral(" >= ? AND ") + reference + QStringLiteral(" < ?")};
    condition.params << referencePrefix << referenceEnd;
    if (!words.isEmpty()) {
        // A personal number is a whole word in the index: matched exactly, which the GIN index
        // answers from one entry (a prefix scans a range of them).
        const bool exact = PersonalNumber::normalize(trimmed).ok();
        // Under row-level security the match could not use the GIN index: it goes through
        // casedesk_search_cases (0014), which returns the ids under the caller's rules.
        branches << (sql.hasRolesAndRowSecurity()
                         ? QStringLiteral("SELECT s.id FROM casedesk_search_cases(?) s(id)")
                         : QStringLiteral(
                               "SELECT case_search.rowid FROM case_search WHERE case_search MATCH ?"));
        condition.params << sql.fullTextQuery(words, exact);
    }
    condition.sql = sql.inSubquery(QStringLiteral("c.id"), branches.join(QStringLiteral(" UNION ALL ")));
    return condition;
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
