// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "access/Role.h"
#include "core/Result.h"
#include "domain/CaseTypes.h"
#include "worker/Session.h"
#include "worker/WorkTicket.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QHBoxLayout;
class QTabWidget;
class QTableView;

namespace casedesk {

class CasePresence;

class AttachmentPane;
class CaseActionsBar;
class Database;
class DatabaseWorker;
struct CaseScreen;
class FormPane;
class HistoryModel;
class MessagesPane;
class PartiesPanel;
class SignatureListModel;
class UserPrompts;

// The case on the right of the main window: a header with the status actions and
// assignment, and tabs for the form, attachments, signatures, messages and history.
//
// Never waits: the case is read (and its changes written) by the DatabaseWorker. Opening shows
// the header at once from the list's row, the tabs once the case is read; changes disable the
// header's actions until the database answered.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(const Session& session, DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);
    ~CaseView() override;

    // Opens the case: the header from `summary` at once, everything else when read.
    void showCase(const CaseSummary& summary);
    void showCase(const QString& reference);
    // Reads the open case again; what is shown (and typed) stays until the new state is here.
    void reload();
    void clear();
    const CaseDetail& detail() const { return m_detail; }
    bool hasCase() const { return !m_detail.summary.reference.isEmpty(); }
    // A case is being read or a change written.
    bool isBusy() const { return m_opening.isValid() || m_writing; }

    // Every status (global and each e-service's): the "Move to" buttons are the case's
    // e-service's statuses in this order, each in its place, those not allowed now disabled.
    void setStatuses(const QList<Status>& statuses);
    // The people a note may mention (login -> name).
    void setPeople(const QHash<QString, QString>& people);
    // Status change as the header's buttons do it; public for keyboard actions and tests.
    void changeStatus(const QString& statusId);
    void takeCase();
    void assignCase();

    // Messaging actions of the header (CaseActionsBar). Each opens its dialog window-modal
    // without blocking (activeDialog() for tests); what may not be done is disabled with the reason.
    void requestSupplement();
    void recordDecision();
    void correctDecision();
    QDialog* activeDialog() const;
    MessagesPane* messagesPane() const { return m_messages; }
    PartiesPanel* partiesPanel() const { return m_parties; }
    // Why the person may not work the open case (reader, no work access, protected); empty if they may.
    QString workBlockedReason() const { return m_blockedReason; }

public Q_SLOTS:
    // Live updates: someone else changed `reference`. If it is the open case, show its new
    // state (a purged case closes). What the caseworker typed here is kept.
    void refreshIfShowing(const QString& reference, bool contentChanged);

Q_SIGNALS:
    // The case was read and is shown in full.
    void caseShown(const QString& reference);
    // The case was changed here (status, assignee): lists and counts should follow.
    void caseChanged(const QString& reference);
    // Something the person should know that needs no answer (shown in the status bar).
    void notice(const QString& text);

private:
    void buildHeader();
    void buildTabs();
    void open(const QString& reference);
    void showScreen(CaseScreen screen);
    void fillHeader(const CaseSummary& s);
    void rebuildStatusButtons();
    QList<Status> moveTargets() const; // the statuses of the "Move to" row, in their places
    void setActionsEnabled(bool enabled);
    // Writes `change` on the worker's write lane; then reloads the case and tells the lists.
    void runChange(const QString& errorTitle, std::function<VoidResult(Database&)> change,
                   std::function<void()> afterSuccess = {});
    void handleConflictOrError(const Error& error, const QString& title);
    // Records in the audit log that the person looks at the personal numbers, then shows them.
    void showPersonalNumbers();
    // "Fetch from Navet": queued for the background service; the case is read again.
    void requestRegisterLookup(const QString& personalNumber); // empty: everyone the case names
    QString computeBlockedReason() const;

    Session m_session; // who is acting and where; never queried
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    CaseDetail m_detail;
    WorkTicket m_opening;
    QString m_openingReference;
    bool m_writing = false;
    QList<Status> m_allowedNext;
    QList<Status> m_statuses; // every status, for the fixed "Move to" buttons
    std::optional<Role> m_role;
    std::optional<bool> m_canWork;
    QString m_accessError;
    QLabel* m_loading = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_protectedBadge = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_presenceLabel = nullptr; // "Also open by: …" (issue #16 §3)
    CasePresence* m_presence = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_emptyHint = nullptr;
    QWidget* m_content = nullptr;
    QHBoxLayout* m_statusButtons = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_takeButton = nullptr;
    QPushButton* m_assignButton = nullptr;
    CaseActionsBar* m_actions = nullptr;
    QString m_blockedReason;
    QTabWidget* m_tabs = nullptr;
    PartiesPanel* m_parties = nullptr;
    FormPane* m_form = nullptr;
    AttachmentPane* m_attachments = nullptr;
    SignatureListModel* m_signatureModel = nullptr;
    MessagesPane* m_messages = nullptr;
    HistoryModel* m_historyModel = nullptr;
};

} // namespace casedesk
