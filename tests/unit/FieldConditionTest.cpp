// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "domain/FieldCondition.h"

#include "TestData.h"

#include <gtest/gtest.h>

using namespace casedesk;

namespace {

bool eval(const char* expression, const QHash<QString, QString>& values)
{
    Result<FieldCondition> condition = FieldCondition::parse(QString::fromUtf8(expression));
    if (!condition) {
        ADD_FAILURE() << expression << ": " << condition.error().message().toStdString();
        return false;
    }
    return condition->evaluate(values);
}

QString parseError(const QString& expression)
{
    Result<FieldCondition> condition = FieldCondition::parse(expression);
    return condition ? QStringLiteral("parsed") : condition.error().message();
}

QHash<QString, QString> values(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    QHash<QString, QString> result;
    for (const auto& [key, value] : pairs)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}

} // namespace

TEST(FieldCondition, Equality)
{
    EXPECT_TRUE(eval("hasCar == 'Ja'", values({{"hasCar", "Ja"}})));
    EXPECT_FALSE(eval("hasCar == 'Ja'", values({{"hasCar", "Nej"}})));
    EXPECT_FALSE(eval("hasCar == 'Ja'", {}));
    EXPECT_TRUE(eval("hasCar != 'Ja'", values({{"hasCar", "Nej"}})));
    EXPECT_TRUE(eval("hasCar != 'Ja'", {}));
    EXPECT_TRUE(eval("city == \"Göteborg\"", values({{"city", "Göteborg"}})));
    EXPECT_TRUE(eval("quote == 'it\\'s'", values({{"quote", "it's"}})));
    EXPECT_TRUE(eval("empty == ''", {}));
    EXPECT_TRUE(eval("hasCar=='Ja'", values({{"hasCar", " Ja "}}))); // values are trimmed
}

TEST(FieldCondition, NumbersCompareNumerically)
{
    EXPECT_TRUE(eval("age == 18", values({{"age", "18"}})));
    EXPECT_TRUE(eval("age == 18", values({{"age", "18.0"}})));
    EXPECT_FALSE(eval("age == 18", values({{"age", "19"}})));
    EXPECT_TRUE(eval("delta == -2.5", values({{"delta", "-2.5"}})));
    EXPECT_TRUE(eval("age != 18", values({{"age", "arton"}})));
}

TEST(FieldCondition, BooleansAndBareIdentifiers)
{
    EXPECT_TRUE(eval("accept", values({{"accept", "true"}})));
    EXPECT_TRUE(eval("accept", values({{"accept", "Ja"}})));
    EXPECT_TRUE(eval("accept", values({{"accept", "något"}})));
    for (const char* falsy : {"", "  ", "false", "FALSE", "Nej", "nej", "0"})
        EXPECT_FALSE(eval("accept", values({{"accept", falsy}}))) << falsy;
    EXPECT_FALSE(eval("accept", {}));
    EXPECT_TRUE(eval("accept == true", values({{"accept", "true"}})));
    EXPECT_TRUE(eval("accept == false", values({{"accept", "Nej"}})));
    EXPECT_TRUE(eval("!accept", values({{"accept", "false"}})));
}

TEST(FieldCondition, OperatorsAndPrecedence)
{
    const auto v = values({{"a", "x"}, {"b", "y"}, {"c", "true"}});
    EXPECT_TRUE(eval("a == 'x' && b == 'y'", v));
    EXPECT_FALSE(eval("a == 'x' && b == 'z'", v));
    EXPECT_TRUE(eval("a == 'z' || b == 'y'", v));
    // && binds tighter than ||
    EXPECT_TRUE(eval("a == 'x' || b == 'z' && c == 'nope'", v));
    EXPECT_FALSE(eval("(a == 'x' || b == 'z') && c == 'nope'", v));
    EXPECT_FALSE(eval("(a == 'x' || b != 'y') && !c", v));
    EXPECT_TRUE(eval("!(a == 'q') && !!c", v));
    EXPECT_TRUE(eval("  ( ( a == 'x' ) )  ", v));
}

TEST(FieldCondition, IdentifiersMayHaveLettersDigitsAndPunctuation)
{
    EXPECT_TRUE(eval("page2.hasCar == 'Ja'", values({{"page2.hasCar", "Ja"}})));
    EXPECT_TRUE(eval("färdtjänst_typ-1 == 'A'", values({{"färdtjänst_typ-1", "A"}})));
    EXPECT_TRUE(FieldCondition::isIdentifier(QStringLiteral("regNo")));
    EXPECT_TRUE(FieldCondition::isIdentifier(QStringLiteral("_x.y-z1")));
    EXPECT_FALSE(FieldCondition::isIdentifier(QStringLiteral("1abc")));
    EXPECT_FALSE(FieldCondition::isIdentifier(QStringLiteral("a b")));
    EXPECT_FALSE(FieldCondition::isIdentifier(QStringLiteral("true")));
    EXPECT_FALSE(FieldCondition::isIdentifier(QString()));
}

TEST(FieldCondition, ReferencedFields)
{
    Result<FieldCondition> condition =
        FieldCondition::parse(QStringLiteral("(a == 'x' || b != 'y') && !c && a == 'z'"));
    ASSERT_TRUE(condition);
    EXPECT_EQ(condition->referencedFields(),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(FieldCondition, ParseErrorsNameTheOffset)
{
    EXPECT_EQ(parseError(QStringLiteral("hasCar #")), QStringLiteral("unexpected character '#' at 7"));
    EXPECT_EQ(parseError(QStringLiteral("hasCar == 'Ja' #")),
              QStringLiteral("unexpected character '#' at 15"));
    EXPECT_EQ(parseError(QStringLiteral("a == 'x")), QStringLiteral("unterminated string at 5"));
    EXPECT_EQ(parseError(QStringLiteral("(a == 'x'")), QStringLiteral("missing ')' at the end"));
    EXPECT_EQ(parseError(QStringLiteral("a == 'x')")), QStringLiteral("unexpected ')' at 8"));
    EXPECT_EQ(parseError(QStringLiteral("a & b")), QStringLiteral("single '&' at 2; use '&&'"));
    EXPECT_EQ(parseError(QStringLiteral("a | b")), QStringLiteral("single '|' at 2; use '||'"));
    EXPECT_EQ(parseError(QStringLiteral("a ==")), QStringLiteral("expected a value at the end"));
    EXPECT_EQ(parseError(QStringLiteral("a == b")),
              QStringLiteral("expected a quoted string, a number, true or false at 5"));
    EXPECT_EQ(parseError(QStringLiteral("a &&")), QStringLiteral("unexpected end of expression"));
    EXPECT_EQ(parseError(QStringLiteral("")), QStringLiteral("empty expression"));
    EXPECT_EQ(parseError(QStringLiteral("   ")), QStringLiteral("empty expression"));
    EXPECT_EQ(parseError(QStringLiteral("a = 'x'")), QStringLiteral("unexpected character '=' at 2"));
    EXPECT_EQ(parseError(QStringLiteral("a == 1.2.3")), QStringLiteral("not a valid number at 5"));
    EXPECT_EQ(parseError(QStringLiteral("true")),
              QStringLiteral("expected a field name but found 'true' at 0"));
    EXPECT_EQ(parseError(QStringLiteral("a\u0001")), QStringLiteral("unexpected character U+0001 at 1"));
}

TEST(FieldCondition, RefusesAbsurdNesting)
{
    const QString deep =
        QString(100, QLatin1Char('(')) + QStringLiteral("a") + QString(100, QLatin1Char(')'));
    EXPECT_TRUE(parseError(deep).startsWith(QStringLiteral("nested too deeply")));
    const QString nots = QString(10000, QLatin1Char('!')) + QStringLiteral("a");
    EXPECT_TRUE(parseError(nots).startsWith(QStringLiteral("nested too deeply")));
    // Long flat chains are fine.
    QString chain = QStringLiteral("a");
    for (int i = 0; i < 1000; ++i)
        chain += QStringLiteral(" && a");
    EXPECT_EQ(parseError(chain), QStringLiteral("parsed"));
}

TEST(FieldCondition, CopiesShareTheParsedTree)
{
    Result<FieldCondition> parsed = FieldCondition::parse(QStringLiteral("a == 'x'"));
    ASSERT_TRUE(parsed);
    const FieldCondition copy = parsed.value();
    EXPECT_TRUE(copy.evaluate(values({{"a", "x"}})));
}
