// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"
#include "messaging/MessagingTypes.h"
#include "worker/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

class DateField;

class Database;
class DatabaseWorker;

// "Request supplement…": what is missing and by when (default in 14 days), optionally starting
// from one of the e-service's message templates. Sending happens here (submit), so a failure
// keeps the dialog and its text and says why inline.
//
// Never waits: the dialog shows at once and the templates fill in when the DatabaseWorker read
// them; sending runs on the worker's write lane while the dialog stays open, busy.
class SupplementRequestDialog : public QDialog
{
    Q_OBJECT
public:
    SupplementRequestDialog(const Session& session, DatabaseWorker& worker, const CaseSummary& owner,
                            QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    DateField* dueEdit() const { return m_due; }
    QComboBox* templatePicker() const { return m_template; }
    QString errorText() const;
    const SupplementRequest& request() const { return m_request; }

    // Starts sending the request (false: already on its way). When the database answered, the
    // dialog is accepted, or stays with the error inline; then submitFinished.
    bool submit();
    bool isBusy() const { return m_busy; }
    // While busy the request is being written: closing would lose its answer.
    void reject() override;

Q_SIGNALS:
    void submitFinished(bool sent); // not QDialog::finished(int), which closing emits

private:
    void insertTemplate(int index);
    void setBusy(bool busy);

    Session m_session; // who is acting and where; never queried
    DatabaseWorker& m_worker;
    bool m_busy = false;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    CaseSummary m_owner;
    SupplementRequest m_request;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_text = nullptr;
    DateField* m_due = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casedesk
