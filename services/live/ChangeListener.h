// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "CaseChange.h"
#include "ChangeCursor.h"
#include "core/ErrorText.h"
#include "db/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>
#include <optional>

namespace casedesk {

class Database;

// The change feed's worker. Lives on the feed's own thread with its own connection (Qt's one
// connection per thread), so a slow or lost database never blocks the GUI.
//
// PostgreSQL: LISTEN casedesk_changes through QSqlDriver::subscribeToNotification; each
// notification (or a check every interval, which also notices a lost connection) reads the
// log after the cursor. After a reconnect it subscribes again and catches up from the cursor.
// SQLite: every interval, PRAGMA data_version; when another connection committed, read.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    ChangeListener(DatabaseUrl url, std::optional<qint64> since, int intervalMs);
    ~ChangeListener() override;

    // The channel; its payload is the sequence number only.
    static QString channel() { return QStringLiteral("casedesk_changes"); }
    // application_name of the listener connection on PostgreSQL (visible in pg_stat_activity).
    static QString applicationName() { return QStringLiteral("casedesk-live"); }

    // Called on the worker thread once it runs.
    void start();

Q_SIGNALS:
    void listening(qint64 fromSeq);
    void changes(const QList<casedesk::CaseChange>& changes);
    void connectionLost(const QString& reason);
    void connectionRestored();

private:
    bool connectDatabase(ErrorText* error);
    bool subscribe(ErrorText* error);
    void onTick();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    // Reads everything after the cursor; false when the connection failed.
    bool readChanges();
    void lose(const ErrorText& reason);

    DatabaseUrl m_url;
    std::optional<qint64> m_since;
    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    QElapsedTimer m_clock;
    ChangeCursor m_cursor;
    qint64 m_dataVersion = -1;
    bool m_started = false;
    bool m_connected = false;
    bool m_lostReported = false;
    bool m_readScheduled = false;
};

} // namespace casedesk
