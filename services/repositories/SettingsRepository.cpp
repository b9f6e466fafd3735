// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SettingsRepository.h"

#include "db/Database.h"

namespace casedesk {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    // Not kept (Database::run): casedeskctl serve reads settings before every task, and a kept
    // statement of a connection the server dropped makes Qt's driver warn when it goes.
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : fallback;
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!q.ok())
        return q.error();
    QMap<QString, QString> result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toString());
    return result;
}

VoidResult SettingsRepository::set(const QString& key, const QString& value) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace casedesk
