// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"
#include "worker/Session.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;

namespace casedesk {

class Database;
class DatabaseWorker;
class UserPrompts;

// The case header's messaging actions: "Request supplement…", "Record decision…" and
// "Correct decision…", and the label that shows the recorded decision. Each action opens its
// dialog window-modal without blocking (activeDialog() for tests). What may not be done is
// disabled with the reason as the tooltip (read-only access, case closed, request open, ...).
class CaseActionsBar : public QWidget
{
    Q_OBJECT
public:
    CaseActionsBar(const Session& session, DatabaseWorker& worker, UserPrompts& prompts,
                   QWidget* parent = nullptr);

    // The decision label lives in the header under the buttons; the caller places it.
    QLabel* decisionLabel() const { return m_decisionLabel; }

    // `allowedNext`: the statuses the case may move to now (a supplement request needs waiting).
    void setCase(const CaseSummary& summary, const CaseThread& thread, const QString& blockedReason,
                 const QList<Status>& allowedNext);
    void clear();

    void requestSupplement();
    void recordDecision();
    void correctDecision();
    QDialog* activeDialog() const;

Q_SIGNALS:
    // A dialog wrote to the case: the view reloads, lists follow.
    void caseChanged(const QString& reference);

private:
    QString supplementBlockedReason() const;
    void showDialog(QDialog* dialog);

    Session m_session; // who is acting and where; never queried
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    CaseSummary m_owner;
    CaseThread m_thread;
    QList<Status> m_allowedNext;
    QString m_blockedReason;
    QPushButton* m_supplementButton = nullptr;
    QPushButton* m_decisionButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QLabel* m_decisionLabel = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace casedesk
