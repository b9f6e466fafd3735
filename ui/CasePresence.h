// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "worker/WorkTicket.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace casedesk {

class DatabaseWorker;

// Keeps the person marked present on the case the window shows, and says who else is
// (PresenceService): a beat on the database worker when the case is shown and every
// PresenceService::kBeatSeconds, the mark removed when the case is left or the window closes.
class CasePresence : public QObject
{
    Q_OBJECT
public:
    explicit CasePresence(DatabaseWorker& worker, QObject* parent = nullptr);
    ~CasePresence() override;

    // The case shown now; empty: none.
    void setCase(const QString& reference);
    const QStringList& others() const { return m_others; }

Q_SIGNALS:
    void othersChanged(const QStringList& logins);

private:
    void beat();
    void leave(const QString& reference);

    DatabaseWorker& m_worker;
    QTimer* m_timer = nullptr;
    QString m_reference;
    QStringList m_others;
    WorkTicket m_inFlight;
};

} // namespace casedesk
