#include "ConnectionMonitor.h"

#include "Database.h"
#include "core/Logging.h"

namespace casedesk {

ConnectionMonitor::ConnectionMonitor(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
}

void ConnectionMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ConnectionMonitor::check()
{
    if (m_connected) {
        auto alive = m_db.ping();
        if (alive.ok())
            return;
        m_connected = false;
        qCWarning(lcDb) << "database connection lost:" << alive.error().message;
        Q_EMIT connectionLost(alive.error().message);
        return; // reconnect from the next tick on, so that a flapping server is not hammered
    }
    if (m_db.reconnect().ok() && m_db.ping().ok()) {
        m_connected = true;
        qCInfo(lcDb) << "database connection restored";
        Q_EMIT connectionRestored();
    }
}

} // namespace casedesk
