#include "NotificationService.h"

#include "NotificationRepository.h"
#include "db/Database.h"
#include "db/TransactionGuard.h"
#include "intake/TextRules.h"

namespace casedesk {

Result<QList<Notification>> NotificationService::unseen(qint64 afterId) const
{
    return NotificationRepository(m_db).unseen(m_db.currentUser(), afterId);
}

VoidResult NotificationService::markSeen(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = NotificationRepository(m_db).markSeen(m_db.currentUser(), ids); !r.ok())
        return r;
    return transaction.commit();
}

Result<NotificationSettings> NotificationService::settings() const
{
    return NotificationRepository(m_db).settings(m_db.currentUser());
}

VoidResult NotificationService::saveSettings(const NotificationSettings& settings) const
{
    NotificationSettings checked = settings;
    checked.emailTo = settings.emailTo.trimmed();
    if (auto r = checkEmail(checked.emailTo, QStringLiteral("emailTo")); !r.ok())
        return r;
    TransactionGuard transaction(m_db);
    if (!transaction.begun().ok())
        return transaction.begun();
    if (auto r = NotificationRepository(m_db).storeSettings(m_db.currentUser(), checked); !r.ok())
        return r;
    return transaction.commit();
}

} // namespace casedesk
