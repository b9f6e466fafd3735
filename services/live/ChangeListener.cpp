// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ChangeListener.h"

#include "ChangeRepository.h"
#include "LiveLogging.h"
#include "db/Database.h"

#include <QSqlError>

namespace casedesk {

namespace {

constexpr int kPageSize = 500;

} // namespace

ChangeListener::ChangeListener(DatabaseUrl url, std::optional<qint64> since, int intervalMs)
    : m_url(std::move(url))
    , m_since(since)
    , m_timer(this)
{
    if (!m_url.isEmbedded()) {
        // Its own name in pg_stat_activity, so that an operator (and the tests) can tell the
        // listener from the working connection.
        const QString option = QStringLiteral("application_name=") + applicationName();
        m_url.connectOptions += (m_url.connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + option;
    }
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeListener::onTick);
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::start()
{
    m_clock.start();
    m_timer.start();
    ErrorText error;
    if (!connectDatabase(&error))
        lose(error);
}

bool ChangeListener::connectDatabase(ErrorText* error)
{
    if (!m_db) {
        auto opened = Database::open(m_url, OpenMode::ExistingOnly);
        if (!opened.ok()) {
            *error = opened.error().text;
            return false;
        }
        m_db = std::move(opened).value();
    } else if (auto r = m_db->reconnect(); !r.ok()) {
        *error = r.error().text;
        return false;
    }
    const ChangeRepository log(*m_db);
    if (!m_db->sql().hasChangeNotifications()) {
        auto version = log.dataVersion();
        if (!version.ok()) {
            *error = version.error().text;
            return false;
        }
        m_dataVersion = *version;
    } else if (!subscribe(error)) {
        return false;
    }
    if (!m_started) {
        // From now on (or from --since): what happened before the feed started is not news.
        qint64 start = 0;
        if (m_since) {
            start = *m_since;
        } else {
            auto latest = log.latestSeq();
            if (!latest.ok()) {
                *error = latest.error().text;
                return false;
            }
            start = *latest;
        }
        m_cursor = ChangeCursor(start);
        m_started = true;
        m_connected = true;
        Q_EMIT listening(start);
        if (m_since)
            readChanges();
        return true;
    }
    m_connected = true;
    // Catch up with what happened while the connection was away.
    return readChanges();
}

bool ChangeListener::subscribe(ErrorText* error)
{
    QSqlDriver* driver = m_db->connection().driver();
    if (driver->subscribedToNotifications().contains(channel()))
        driver->unsubscribeFromNotification(channel());
    if (!driver->subscribeToNotification(channel())) {
        *error = {QT_TRANSLATE_NOOP("casedesk::Errors", "cannot listen for changes: %1"),
                  {driver->lastError().text().trimmed()}};
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification, Qt::UniqueConnection);
    return true;
}

void ChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant&)
{
    // The payload is only a sequence number; the rows themselves are read through row-level
    // security, so a notification about an unreadable case delivers nothing.
    // A burst (a purge batch, a bulk change) arrives as many notifications at once: one read
    // after the burst takes them all.
    if (name != channel() || !m_connected || m_readScheduled)
        return;
    m_readScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_readScheduled = false;
        if (m_connected)
            readChanges();
    });
}

void ChangeListener::onTick()
{
    if (!m_connected) {
        ErrorText error;
        if (connectDatabase(&error)) {
            qCInfo(lcLive) << "change feed connected again";
            if (m_lostReported)
                Q_EMIT connectionRestored();
            m_lostReported = false;
        } else {
            lose(error);
        }
        return;
    }
    if (!m_db->sql().hasChangeNotifications()) {
        auto version = ChangeRepository(*m_db).dataVersion();
        if (!version.ok()) {
            lose(version.error().text);
            return;
        }
        if (*version == m_dataVersion && m_cursor.openGaps() == 0)
            return;
        m_dataVersion = *version;
    }
    // PostgreSQL: notifications do the work; this read is the liveness check (a dead listener
    // hears nothing) and picks up late commits of skipped sequence numbers.
    readChanges();
}

bool ChangeListener::readChanges()
{
    const ChangeRepository log(*m_db);
    qint64 from = m_cursor.readAfter();
    for (;;) {
        auto rows = log.after(from, kPageSize);
        if (!rows.ok()) {
            lose(rows.error().text);
            return false;
        }
        const QList<CaseChange> fresh = m_cursor.accept(*rows, m_clock.elapsed());
        if (!fresh.isEmpty())
            Q_EMIT changes(fresh);
        if (rows->size() < kPageSize)
            return true;
        from = rows->constLast().seq;
    }
}

void ChangeListener::lose(const ErrorText& reason)
{
    m_connected = false;
    // Closing drops the dead socket (and the driver's notifier on it) until the next attempt;
    // never an SQLite connection whose -wal was lost (closing could checkpoint it, see
    // SqliteFileWatch).
    if (m_db && !m_db->filesLost())
        m_db->connection().close();
    if (!m_lostReported) {
        // The driver's text names host and user, never a password or personal data.
        qCWarning(lcLive) << "change feed lost its connection:" << reason.english();
        m_lostReported = true;
        // Translated here: the signal crosses to the GUI's thread as text.
        Q_EMIT connectionLost(reason.translated());
    }
}

} // namespace casedesk
