#pragma once

#include <QObject>
#include <QTimer>

namespace casedesk {

class Database;

// Watches the database connection with a cheap query every few seconds. When it fails, it
// says so once and keeps trying to reconnect; when a reconnect succeeds, it says that too.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(Database& db, QObject* parent = nullptr);

    void start(int intervalMs = 5000);
    bool isConnected() const { return m_connected; }
    // One check now (also what the timer does): while connected, a ping; once lost, one
    // reconnect attempt per check.
    void check();

Q_SIGNALS:
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    Database& m_db;
    QTimer m_timer;
    bool m_connected = true;
};

} // namespace casedesk
