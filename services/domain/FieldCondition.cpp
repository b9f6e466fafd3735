// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FieldCondition.h"

#include <vector>

namespace casedesk {

struct FieldCondition::Node
{
    enum class Kind
    {
        Or,
        And,
        Not,
        Truthy,
        Equals,
        NotEquals
    };
    enum class LiteralType
    {
        String,
        Number,
        Bool
    };

    Kind kind = Kind::Truthy;
    std::vector<std::shared_ptr<const Node>> children; // Or, And: two or more; Not: one
    QString field;                                     // Truthy, Equals, NotEquals
    LiteralType literalType = LiteralType::String;
    QString literalText; // the string, the number as written, or "true"/"false"
    double literalNumber = 0;
    bool literalBool = false;
};

namespace {

using Node = FieldCondition::Node;
using NodePtr = std::shared_ptr<const Node>;

constexpr int MaxDepth = 32;

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {}

    Result<NodePtr> parseAll()
    {
        skipSpace();
        if (atEnd())
            return fail(QT_TRANSLATE_NOOP("casedesk::Errors", "empty expression"));
        Result<NodePtr> root = parseOr(0);
        if (!root)
            return root;
        skipSpace();
        if (!atEnd())
            return unexpected();
        return root;
    }

private:
    Result<NodePtr> parseOr(int depth) { return parseBinary(depth, Node::Kind::Or, QLatin1Char('|')); }

    Result<NodePtr> parseAnd(int depth) { return parseBinary(depth, Node::Kind::And, QLatin1Char('&')); }

    // or := and ('||' and)*   and := unary ('&&' unary)*
    Result<NodePtr> parseBinary(int depth, Node::Kind kind, QChar op)
    {
        auto operand = [&]() { return kind == Node::Kind::Or ? parseAnd(depth) : parseUnary(depth); };
        Result<NodePtr> first = operand();
        if (!first)
            return first;
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children.push_back(first.value());
        for (;;) {
            skipSpace();
            if (atEnd() || peek() != op)
                break;
            if (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != op)
                return fail(
                    {QT_TRANSLATE_NOOP("casedesk::Errors", "single '%1' at %2; use '%1%1'"), {op, m_pos}});
            m_pos += 2;
            Result<NodePtr> next = operand();
            if (!next)
                return next;
            node->children.push_back(next.value());
        }
        if (node->children.size() == 1)
            return node->children.front();
        return NodePtr(node);
    }

    // unary := '!' unary | '(' or ')' | ident (('=='|'!=') literal)?
    Result<NodePtr> parseUnary(int depth)
    {
        if (depth >= MaxDepth)
            return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "nested too deeply at %1"), {m_pos}});
        skipSpace();
        if (atEnd())
            return fail(QT_TRANSLATE_NOOP("casedesk::Errors", "unexpected end of expression"));
        const QChar c = peek();
        if (c == QLatin1Char('!') && !followedBy(QLatin1Char('='))) {
            ++m_pos;
            Result<NodePtr> operand = parseUnary(depth + 1);
            if (!operand)
                return operand;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(operand.value());
            return NodePtr(node);
        }
        if (c == QLatin1Char('(')) {
            ++m_pos;
            Result<NodePtr> inner = parseOr(depth + 1);
            if (!inner)
                return inner;
            skipSpace();
            if (atEnd())
                return fail(QT_TRANSLATE_NOOP("casedesk::Errors", "missing ')' at the end"));
            if (peek() != QLatin1Char(')'))
                return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "expected ')' at %1"), {m_pos}});
            ++m_pos;
            return inner;
        }
        if (isIdentStart(c))
            return parseComparison();
        return unexpected();
    }

    Result<NodePtr> parseComparison()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentPart(peek()))
            ++m_pos;
        const QString name = m_text.mid(start, m_pos - start);
        if (name == QLatin1String("true") || name == QLatin1String("false"))
            return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "expected a field name but found '%1' at %2"),
                         {name, start}});

        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Truthy;
        node->field = name;
        skipSpace();
        if (atEnd() ||
            !((peek() == QLatin1Char('=') || peek() == QLatin1Char('!')) && followedBy(QLatin1Char('='))))
            return NodePtr(node);
        node->kind = peek() == QLatin1Char('=') ? Node::Kind::Equals : Node::Kind::NotEquals;
        m_pos += 2;
        skipSpace();
        if (atEnd())
            return fail(QT_TRANSLATE_NOOP("casedesk::Errors", "expected a value at the end"));
        if (VoidResult literal = parseLiteral(*node); !literal)
            return literal.error();
        return NodePtr(node);
    }

    VoidResult parseLiteral(Node& node)
    {
        const qsizetype start = m_pos;
        const QChar c = peek();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++m_pos;
            QString text;
            for (;;) {
                if (atEnd())
                    return fail(
                        {QT_TRANSLATE_NOOP("casedesk::Errors", "unterminated string at %1"), {start}});
                QChar d = m_text.at(m_pos++);
                if (d == c)
                    break;
                if (d == QLatin1Char('\\')) {
                    if (atEnd())
                        return fail(
                            {QT_TRANSLATE_NOOP("casedesk::Errors", "unterminated string at %1"), {start}});
                    d = m_text.at(m_pos++);
                }
                text.append(d);
            }
            node.literalType = Node::LiteralType::String;
            node.literalText = text;
            return {};
        }
        if (isDigit(c) || (c == QLatin1Char('-') && followedByDigit())) {
            ++m_pos;
            while (!atEnd() && (isDigit(peek()) || peek() == QLatin1Char('.')))
                ++m_pos;
            const QString number = m_text.mid(start, m_pos - start);
            bool ok = false;
            node.literalNumber = number.toDouble(&ok);
            if (!ok || (!atEnd() && isIdentPart(peek())))
                return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid number at %1"), {start}});
            node.literalType = Node::LiteralType::Number;
            node.literalText = number;
            return {};
        }
        if (isIdentStart(c)) {
            while (!atEnd() && isIdentPart(peek()))
                ++m_pos;
            const QString word = m_text.mid(start, m_pos - start);
            if (word == QLatin1String("true") || word == QLatin1String("false")) {
                node.literalType = Node::LiteralType::Bool;
                node.literalText = word;
                node.literalBool = word == QLatin1String("true");
                return {};
            }
            return fail({QT_TRANSLATE_NOOP("casedesk::Errors",
                                           "expected a quoted string, a number, true or false at %1"),
                         {start}});
        }
        return fail(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "expected a quoted string, a number, true or false at %1"),
             {start}});
    }

    Error unexpected() const
    {
        const QChar c = peek();
        if (c == QLatin1Char(')'))
            return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "unexpected ')' at %1"), {m_pos}});
        if (c.isPrint() && !c.isSpace())
            return fail(
                {QT_TRANSLATE_NOOP("casedesk::Errors", "unexpected character '%1' at %2"), {c, m_pos}});
        return fail({QT_TRANSLATE_NOOP("casedesk::Errors", "unexpected character U+%1 at %2"),
                     {QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')), m_pos}});
    }

    static Error fail(ErrorText reason) { return makeError(ErrorCode::InvalidInput, std::move(reason)); }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    bool followedBy(QChar c) const { return m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == c; }
    bool followedByDigit() const { return m_pos + 1 < m_text.size() && isDigit(m_text.at(m_pos + 1)); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

bool isTruthy(const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    return !value.isEmpty() && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0 &&
           value.compare(QLatin1String("nej"), Qt::CaseInsensitive) != 0 && value != QLatin1String("0");
}

bool matches(const Node& node, const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    switch (node.literalType) {
    case Node::LiteralType::Bool:
        return isTruthy(value) == node.literalBool;
    case Node::LiteralType::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? number == node.literalNumber : value == node.literalText;
    }
    case Node::LiteralType::String:
        break;
    }
    return value == node.literalText;
}

bool evaluateNode(const Node& node, const QHash<QString, QString>& values)
{
    switch (node.kind) {
    case Node::Kind::Or:
        for (const NodePtr& child : node.children) {
            if (evaluateNode(*child, values))
                return true;
        }
        return false;
    case Node::Kind::And:
        for (const NodePtr& child : node.children) {
            if (!evaluateNode(*child, values))
                return false;
        }
        return true;
    case Node::Kind::Not:
        return !evaluateNode(*node.children.front(), values);
    case Node::Kind::Truthy:
        return isTruthy(values.value(node.field));
    case Node::Kind::Equals:
        return matches(node, values.value(node.field));
    case Node::Kind::NotEquals:
        return !matches(node, values.value(node.field));
    }
    return false;
}

void collectFields(const Node& node, QStringList& fields)
{
    if (!node.field.isEmpty() && !fields.contains(node.field))
        fields.append(node.field);
    for (const NodePtr& child : node.children)
        collectFields(*child, fields);
}

} // namespace

FieldCondition::FieldCondition(std::shared_ptr<const Node> root)
    : m_root(std::move(root))
{}

FieldCondition::~FieldCondition() = default;

Result<FieldCondition> FieldCondition::parse(const QString& expression)
{
    Parser parser(expression);
    Result<NodePtr> root = parser.parseAll();
    if (!root)
        return root.error();
    return FieldCondition(std::move(root).value());
}

bool FieldCondition::evaluate(const QHash<QString, QString>& fieldValues) const
{
    return m_root && evaluateNode(*m_root, fieldValues);
}

bool FieldCondition::isIdentifier(const QString& id)
{
    if (id.isEmpty() || !isIdentStart(id.front()))
        return false;
    for (const QChar c : id) {
        if (!isIdentPart(c))
            return false;
    }
    return id != QLatin1String("true") && id != QLatin1String("false");
}

QStringList FieldCondition::referencedFields() const
{
    QStringList fields;
    if (m_root)
        collectFields(*m_root, fields);
    return fields;
}

} // namespace casedesk
