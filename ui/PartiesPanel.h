// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "PartyRows.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace casedesk {

// The people of the open case at the top of the case view: the applicant with contact details,
// every other party and signer with their signing state, and what the population register
// (Navet) said of each when it was asked. Personal numbers show masked until the person chooses
// to see them: showNumbersRequested() asks the owner to record that in the audit log first, and
// only setNumbersShown(true) then shows them (and enables copying them). "Fetch all from Navet"
// and each person's "Fetch" ask the background service to look everybody or that person up
// (registerLookupRequested()); the panel says while it waits and why it failed.
class PartiesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PartiesPanel(QWidget* parent = nullptr);

    void setCase(const CaseDetail& detail); // numbers masked again
    // Whether the person may ask Navet about the case's people; `why` says why not.
    void setFetchAllowed(bool allowed, const QString& why);
    void clear();
    void setNumbersShown(bool shown);
    bool numbersShown() const { return m_numbersShown; }
    const QList<PartyRow>& rows() const { return m_rows; }

Q_SIGNALS:
    void showNumbersRequested();
    // "Fetch all from Navet" (`personalNumber` empty) or a person's "Fetch": the owner queues the
    // lookup for the background service.
    void registerLookupRequested(const QString& personalNumber);

private:
    void rebuild();      // the people, then the header
    void updateHeader(); // the notice, the buttons and the Navet request's state
    void addRow(int index, const PartyRow& row);
    void copy(const QString& text);

    QString m_reference; // the case shown, to keep the numbers shown when it is read again
    QList<PartyRow> m_rows;
    bool m_numbersShown = false;
    bool m_contentHidden = false;
    bool m_protectedIdentity = false;
    QPushButton* m_showNumbers = nullptr;
    QPushButton* m_fetch = nullptr;
    QList<QToolButton*> m_personFetches; // each person's "Fetch", made again with the rows
    QLabel* m_registerStatus = nullptr;
    std::optional<RegisterRequest> m_request;
    bool m_fetchAllowed = false;
    QString m_fetchBlocked;
    QLabel* m_notice = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
};

} // namespace casedesk
