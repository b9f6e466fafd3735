#pragma once

#include "Notification.h"
#include "core/Result.h"

#include <QList>

namespace casedesk {

class Database;

// The person's own notifications and what they want to be told of (issue #16 §3). The desktop
// reads what is new, shows what the settings ask for, and marks it seen; each write is one
// transaction. PostgreSQL's policies keep every person to their own rows (0034).
class NotificationService
{
public:
    explicit NotificationService(const Database& db)
        : m_db(db)
    {}

    Result<QList<Notification>> unseen(qint64 afterId = 0) const;
    VoidResult markSeen(const QList<qint64>& ids) const;

    Result<NotificationSettings> settings() const;
    // The e-mail address, if any, must be one (field "emailTo").
    VoidResult saveSettings(const NotificationSettings& settings) const;

private:
    const Database& m_db;
};

} // namespace casedesk
