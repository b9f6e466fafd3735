// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "ChangeFeed.h"

#include "ChangeListener.h"
#include "LiveLogging.h"

Q_LOGGING_CATEGORY(lcLive, "casedesk.live")

namespace casedesk {

ChangeFeed::ChangeFeed(DatabaseUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_intervalMs(m_url.isEmbedded() ? 1000 : 2000)
{
    qRegisterMetaType<casedesk::CaseChange>();
    qRegisterMetaType<QList<casedesk::CaseChange>>();
    m_thread.setObjectName(QStringLiteral("casedesk-live"));
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start(std::optional<qint64> since)
{
    stop();
    m_listener = new ChangeListener(m_url, since, m_intervalMs);
    m_listener->moveToThread(&m_thread);
    // The listener, its timer and its connection are destroyed on their own thread.
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_listener, &ChangeListener::start);
    connect(m_listener, &ChangeListener::listening, this, [this](qint64 seq) {
        m_listening = true;
        m_lastSeq = seq;
        Q_EMIT listening(seq);
    });
    connect(m_listener, &ChangeListener::changes, this, [this](const QList<CaseChange>& changes) {
        if (!changes.isEmpty())
            m_lastSeq = qMax(m_lastSeq, changes.constLast().seq);
        Q_EMIT changed(changes);
    });
    connect(m_listener, &ChangeListener::connectionLost, this, &ChangeFeed::connectionLost);
    connect(m_listener, &ChangeListener::connectionRestored, this, &ChangeFeed::connectionRestored);
    m_thread.start();
}

void ChangeFeed::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_listener = nullptr;
    m_listening = false;
}

} // namespace casedesk
