// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

namespace casedesk {

class Database;

// Settings shared by everyone on the database (reference prefix, SMTP, ...). A client's own
// preferences live in QSettings, not here.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database& db)
        : m_db(db)
    {}

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Result<QMap<QString, QString>> all() const;
    VoidResult set(const QString& key, const QString& value) const;

private:
    const Database& m_db;
};

} // namespace casedesk
