// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoRunRecord.h"

#include "db/Database.h"
#include "repositories/SettingsRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casedesk::demo {

QString DemoRunRecord::settingKey(quint64 seed)
{
    return QStringLiteral("demo.run.%1").arg(seed);
}

Result<std::optional<DemoRunRecord>> DemoRunRecord::load(const Database& db, quint64 seed)
{
    auto text = SettingsRepository(db).value(settingKey(seed));
    if (!text.ok())
        return text.error();
    if (text->isEmpty())
        return std::optional<DemoRunRecord>();
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    const QDateTime now =
        QDateTime::fromString(json.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
    DemoRunRecord record;
    record.cases = json.value(QStringLiteral("cases")).toInteger();
    record.nowMsecs = now.toMSecsSinceEpoch();
    record.attachmentShare = json.value(QStringLiteral("attachmentShare")).toDouble(-1);
    if (record.cases < 1 || !now.isValid() || record.attachmentShare < 0 || record.attachmentShare > 1)
        return makeError(
            ErrorCode::InvalidInput,
            {QT_TRANSLATE_NOOP("casedesk::Errors", "the setting %1 is not a demo-data run record: %2"),
             {settingKey(seed), text->left(200)}},
            settingKey(seed));
    return std::optional(record);
}

VoidResult DemoRunRecord::save(const Database& db, quint64 seed) const
{
    const QJsonObject json{{QStringLiteral("cases"), cases},
                           {QStringLiteral("now"),
                            QDateTime::fromMSecsSinceEpoch(nowMsecs, Qt::UTC).toString(Qt::ISODateWithMs)},
                           {QStringLiteral("attachmentShare"), attachmentShare}};
    return SettingsRepository(db).set(settingKey(seed),
                                      QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

Result<QList<qint64>> storedDemoCaseNumbers(const Database& db, quint64 seed)
{
    const QString prefix = QStringLiteral("demo-%1-").arg(seed);
    auto q =
        db.exec(QStringLiteral("SELECT external_id FROM cases WHERE source = 'demo' AND external_id LIKE ?"),
                {QVariant(prefix + QLatin1Char('%'))});
    if (!q.ok())
        return q.error();
    QList<qint64> numbers;
    while (q->next()) {
        bool ok = false;
        const qint64 n = q->value(0).toString().mid(prefix.size()).toLongLong(&ok);
        if (ok)
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace casedesk::demo
