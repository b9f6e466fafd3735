// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoFormBuilders.h"

#include <QJsonArray>

#include <algorithm>

namespace casedesk::demo::form {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList us(std::initializer_list<const char*> utf8)
{
    QStringList list;
    list.reserve(qsizetype(utf8.size()));
    for (const char* item : utf8)
        list.append(QString::fromUtf8(item));
    return list;
}

DemoField field(const char* id, const char* label, const char* type, ValueFn value, const char* visibleWhen)
{
    DemoField f{QString::fromLatin1(id), u(label), QString::fromLatin1(type),
                u(visibleWhen),          nullptr,  std::move(value)};
    if (!f.visibleWhen.isEmpty()) {
        auto parsed = FieldCondition::parse(f.visibleWhen);
        Q_ASSERT_X(parsed.ok(), "demo catalog", "a visibleWhen condition does not parse");
        if (parsed.ok())
            f.condition = std::make_shared<const FieldCondition>(parsed.value());
    }
    return f;
}

ValueFn choice(const QStringList& options, const QList<int>& weights)
{
    return [options, weights](FormContext& c) -> QJsonValue {
        if (weights.isEmpty())
            return options.at(c.random.index(options.size()));
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(c.random.between(0, total - 1));
        for (qsizetype i = 0; i < options.size(); ++i) {
            if (roll < weights.value(i))
                return options.at(i);
            roll -= weights.value(i);
        }
        return options.constLast();
    };
}

ValueFn yesNo(int yesPercent)
{
    return choice({QStringLiteral("Ja"), QStringLiteral("Nej")}, {yesPercent, 100 - yesPercent});
}

ValueFn multiChoice(const QStringList& options, int most)
{
    return [options, most](FormContext& c) -> QJsonValue {
        const qsizetype n = options.size();
        const int count = int(c.random.between(1, std::min<qsizetype>(most, n)));
        QList<bool> picked(n, false);
        int chosen = 0;
        while (chosen < count) {
            const int i = c.random.index(n);
            if (!picked.at(i)) {
                picked[i] = true;
                ++chosen;
            }
        }
        QJsonArray result;
        for (qsizetype i = 0; i < n; ++i)
            if (picked.at(i))
                result.append(options.at(i));
        return result;
    };
}

ValueFn number(int low, int high, int step)
{
    return [low, high, step](FormContext& c) -> QJsonValue {
        return qint64(low + c.random.between(0, (high - low) / step) * step);
    };
}

ValueFn text(const QStringList& options)
{
    return [options](FormContext& c) -> QJsonValue { return options.at(c.random.index(options.size())); };
}

ValueFn delivery(const char* attached, const char* other)
{
    return
        [a = u(attached), o = u(other)](FormContext& c) -> QJsonValue { return c.withAttachments ? a : o; };
}

ValueFn file(AssetKind kind)
{
    return [kind](FormContext& c) -> QJsonValue {
        const int variant = c.random.index(DemoAssets::variantCount(kind));
        c.attachments.append({QString(), kind, variant}); // generateForm fills in the field
        return DemoAssets::asset(kind, variant).fileName;
    };
}

ValueFn dateAfterSubmission(int minDays, int maxDays)
{
    return [minDays, maxDays](FormContext& c) -> QJsonValue {
        return c.submittedAt.date().addDays(c.random.between(minDays, maxDays)).toString(Qt::ISODate);
    };
}

QString swedishMonth(const QDate& date)
{
    static const QStringList months = us({"januari", "februari", "mars", "april", "maj", "juni", "juli",
                                          "augusti", "september", "oktober", "november", "december"});
    return months.at(date.month() - 1) + QLatin1Char(' ') + QString::number(date.year());
}

int schoolYearStart(const QDate& date)
{
    return date.month() >= 3 ? date.year() : date.year() - 1;
}

QString registrationNumber(DemoRandom& random)
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNOPRSTUWXYZ"); // no I, Q, V
    QString reg;
    for (int i = 0; i < 3; ++i)
        reg += letters.at(random.index(letters.size()));
    reg += QLatin1Char(' ') + QString::number(random.between(10, 99));
    if (random.chance(0.3)) // newer plates may end in a letter
        reg += letters.at(random.index(letters.size()));
    else
        reg += QString::number(random.between(0, 9));
    return reg;
}

QString propertyDesignation(DemoRandom& random)
{
    static const QStringList blocks = us({"Björka", "Eken", "Hästhagen", "Kvarnen", "Lärkan", "Mården",
                                          "Norrliden", "Rosendal", "Sjöbacken", "Tranan", "Vallen", "Åkern"});
    return random.pick(blocks) + QLatin1Char(' ') + QString::number(random.between(1, 30)) +
           QLatin1Char(':') + QString::number(random.between(1, 250));
}

} // namespace casedesk::demo::form
