// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StatementRecorder.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace casedesk::bench {

struct StatementRecorder::State
{
    sqlite3* sqlite = nullptr;
    PGconn* pg = nullptr;
    FILE* traceFile = nullptr;
    char* traceBuffer = nullptr;
    size_t traceSize = 0;
    QList<RecordedStatement> sqliteStatements;
    bool sqliteMismatch = false;
    QString driverHandle;
    bool finished = false;
};

namespace {

int sqliteTrace(unsigned type, void* context, void* p, void* x)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto* state = static_cast<StatementRecorder::State*>(context);
    // Statements run by triggers arrive as "-- comment" text; they are part of their parent.
    if (static_cast<const char*>(x)[0] == '-' && static_cast<const char*>(x)[1] == '-')
        return 0;
    auto* stmt = static_cast<sqlite3_stmt*>(p);
    const QByteArray sql(sqlite3_sql(stmt));
    if (sql.trimmed().left(6).toUpper() != "SELECT" && sql.trimmed().left(4).toUpper() != "WITH")
        return 0;
    char* expanded = sqlite3_expanded_sql(stmt);
    if (!expanded) {
        state->sqliteMismatch = true;
        return 0;
    }
    const auto statement = statementFromExpanded(sql, QByteArray(expanded));
    sqlite3_free(expanded);
    if (!statement)
        state->sqliteMismatch = true;
    else
        state->sqliteStatements << *statement;
    return 0;
}

bool isRead(const QString& sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("WITH"));
}

// Splits "v1, 'a,b', v3" at the commas outside quotes and parentheses.
QStringList splitParameters(const QString& text)
{
    QStringList result;
    QString current;
    bool quoted = false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted; // '' inside a literal toggles twice
        } else if (!quoted && c == QLatin1Char('(')) {
            ++depth;
        } else if (!quoted && c == QLatin1Char(')')) {
            --depth;
        } else if (!quoted && depth == 0 && c == QLatin1Char(',')) {
            result << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

QString substituteParameters(const QString& sql, const QStringList& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$(\\d+)"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(sql);
    while (it.hasNext()) {
        const auto match = it.next();
        const int n = match.captured(1).toInt();
        result += sql.mid(last, match.capturedStart() - last);
        result += (n >= 1 && n <= values.size()) ? values.at(n - 1) : match.captured();
        last = match.capturedEnd();
    }
    result += sql.mid(last);
    return result;
}

} // namespace

std::optional<RecordedStatement> statementFromExpanded(const QByteArray& sql, const QByteArray& expanded)
{
    const auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    RecordedStatement result;
    QByteArray positional; // `sql` with every placeholder as `?`
    qsizetype j = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql.at(i);
        // Placeholders: ?, ?NNN, :name, @name, $name (Qt's SQLite driver sends :0, :1, ...).
        const bool named =
            (c == ':' || c == '@' || c == '$') && i + 1 < sql.size() && isWordChar(sql.at(i + 1));
        if (!quoted && (c == '?' || named)) {
            while (i + 1 < sql.size() && isWordChar(sql.at(i + 1)))
                ++i;
            positional += '?';
            if (j >= expanded.size())
                return std::nullopt;
            if (expanded.at(j) == '\'') {
                QByteArray text;
                for (++j; j < expanded.size(); ++j) {
                    if (expanded.at(j) == '\'') {
                        if (j + 1 < expanded.size() && expanded.at(j + 1) == '\'') {
                            text += '\'';
                            ++j;
                            continue;
                        }
                        break;
                    }
                    text += expanded.at(j);
                }
                ++j; // the closing quote
                result.params << QString::fromUtf8(text);
                continue;
            }
            // A number or NULL: up to the character that follows the placeholder.
            const char next = i + 1 < sql.size() ? sql.at(i + 1) : '\0';
            const qsizetype start = j;
            while (j < expanded.size() && expanded.at(j) != next)
                ++j;
            const QByteArray token = expanded.mid(start, j - start).trimmed();
            bool ok = false;
            if (token == "NULL")
                result.params << QVariant();
            else if (const qlonglong n = token.toLongLong(&ok); ok)
                result.params << n;
            else if (const double d = token.toDouble(&ok); ok)
                result.params << d;
            else
                return std::nullopt;
            continue;
        }
        if (c == '\'')
            quoted = !quoted; // '' inside a literal toggles twice
        if (j >= expanded.size() || expanded.at(j) != c)
            return std::nullopt;
        positional += c;
        ++j;
    }
    if (j != expanded.size())
        return std::nullopt;
    result.sql = QString::fromUtf8(positional);
    return result;
}

QStringList statementsFromPqTrace(const QByteArray& trace,
                                  const std::function<QString(const QString& name)>& preparedBefore)
{
    // With PQTRACE_SUPPRESS_TIMESTAMPS each frontend query is: F<TAB>length<TAB>Query<TAB> "text"
    // where length counts itself (4 bytes), the text and its terminating zero.
    static const QByteArray marker("\tQuery\t \"");
    QHash<QString, QString> prepared;
    QStringList result;
    qsizetype pos = 0;
    while ((pos = trace.indexOf(marker, pos)) >= 0) {
        const qsizetype lineStart = trace.lastIndexOf('\n', pos) + 1;
        const QList<QByteArray> head = trace.mid(lineStart, pos - lineStart).split('\t');
        pos += marker.size();
        if (head.size() != 2 || head.at(0) != "F")
            continue;
        const int length = head.at(1).toInt();
        if (length < 5)
            continue;
        const QString text = QString::fromUtf8(trace.mid(pos, length - 5));
        pos += length - 5;
        static const QRegularExpression prepare(QStringLiteral("^PREPARE (\\w+) AS (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression execute(QStringLiteral("^EXECUTE (\\w+)(?: \\((.*)\\))?$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = prepare.match(text); m.hasMatch()) {
            prepared.insert(m.captured(1), m.captured(2));
        } else if (const auto e = execute.match(text); e.hasMatch()) {
            QString sql = prepared.value(e.captured(1));
            if (sql.isEmpty() && preparedBefore) {
                sql = preparedBefore(e.captured(1));
                prepared.insert(e.captured(1), sql);
            }
            if (!sql.isEmpty() && isRead(sql))
                result << substituteParameters(sql, splitParameters(e.captured(2)));
        } else if (isRead(text)) {
            result << text;
        }
    }
    return result;
}

StatementRecorder::StatementRecorder(const QSqlDatabase& connection)
    : m_state(std::make_unique<State>())
{
    const QVariant handle = connection.driver()->handle();
    m_state->driverHandle = QString::fromLatin1(handle.typeName());
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_state->sqlite = *static_cast<sqlite3* const*>(handle.data());
        sqlite3_trace_v2(m_state->sqlite, SQLITE_TRACE_STMT, sqliteTrace, m_state.get());
    } else if (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0) {
        m_state->pg = *static_cast<PGconn* const*>(handle.data());
        m_state->traceFile = open_memstream(&m_state->traceBuffer, &m_state->traceSize);
        if (m_state->traceFile) {
            PQtrace(m_state->pg, m_state->traceFile);
            PQsetTraceFlags(m_state->pg, PQTRACE_SUPPRESS_TIMESTAMPS);
        }
    }
}

StatementRecorder::~StatementRecorder()
{
    finish();
}

QList<RecordedStatement> StatementRecorder::finish(QString* error)
{
    State& s = *m_state;
    if (s.finished)
        return {};
    s.finished = true;
    if (s.sqlite) {
        sqlite3_trace_v2(s.sqlite, 0, nullptr, nullptr);
        if (s.sqliteMismatch) {
            if (error)
                *error = QStringLiteral("a statement's bound values could not be read back");
            return {};
        }
        return s.sqliteStatements;
    }
    if (s.pg && s.traceFile) {
        PQuntrace(s.pg);
        std::fclose(s.traceFile);
        const QByteArray trace(s.traceBuffer, qsizetype(s.traceSize));
        std::free(s.traceBuffer);
        QList<RecordedStatement> result;
        // The server still knows what a name it was told earlier stands for.
        PGconn* pg = s.pg;
        const auto preparedBefore = [pg](const QString& name) {
            const QByteArray value = name.toUtf8();
            const char* values[] = {value.constData()};
            PGresult* result =
                PQexecParams(pg, "SELECT statement FROM pg_catalog.pg_prepared_statements WHERE name = $1", 1,
                             nullptr, values, nullptr, nullptr, 0);
            QString statement;
            if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
                statement = QString::fromUtf8(PQgetvalue(result, 0, 0));
            PQclear(result);
            static const QRegularExpression prepare(QStringLiteral("^\\s*PREPARE\\s+\\w+\\s+AS\\s+(.*)$"),
                                                    QRegularExpression::DotMatchesEverythingOption |
                                                        QRegularExpression::CaseInsensitiveOption);
            const auto m = prepare.match(statement);
            return m.hasMatch() ? m.captured(1) : QString();
        };
        const QStringList statements = statementsFromPqTrace(trace, preparedBefore);
        for (const QString& sql : statements)
            result << RecordedStatement{sql, {}};
        return result;
    }
    if (error)
        *error = QStringLiteral("this driver cannot be traced (handle type %1)").arg(s.driverHandle);
    return {};
}

} // namespace casedesk::bench
