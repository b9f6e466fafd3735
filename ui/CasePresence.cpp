// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CasePresence.h"

#include "presence/PresenceService.h"
#include "worker/DatabaseWorker.h"

#include <QTimer>

namespace casedesk {

CasePresence::CasePresence(DatabaseWorker& worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(PresenceService::kBeatSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &CasePresence::beat);
}

CasePresence::~CasePresence()
{
    // Gone at once rather than after kFreshSeconds; the worker outlives the window.
    leave(m_reference);
}

void CasePresence::setCase(const QString& reference)
{
    if (reference == m_reference)
        return;
    leave(m_reference);
    m_reference = reference;
    m_inFlight.cancel();
    m_inFlight = WorkTicket();
    if (!m_others.isEmpty()) {
        m_others.clear();
        Q_EMIT othersChanged(m_others);
    }
    if (reference.isEmpty()) {
        m_timer->stop();
        return;
    }
    beat();
    m_timer->start();
}

void CasePresence::beat()
{
    if (m_reference.isEmpty() || m_inFlight.isValid())
        return;
    m_inFlight = m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference = m_reference](Database& db) { return PresenceService(db).beat(reference); },
        [this, reference = m_reference](Result<QStringList> others) {
            m_inFlight = WorkTicket();
            if (!others.ok() || reference != m_reference)
                return; // the next beat tries again; a lost connection shows in the banner
            if (*others != m_others) {
                m_others = *others;
                Q_EMIT othersChanged(m_others);
            }
        });
}

void CasePresence::leave(const QString& reference)
{
    if (reference.isEmpty())
        return;
    m_worker.post(
        DatabaseWorker::Lane::Write, &m_worker,
        [reference](Database& db) { return PresenceService(db).leave(reference); }, [](VoidResult) {});
}

} // namespace casedesk
