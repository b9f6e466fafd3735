// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QObject>

class QTableView;

namespace casedesk {

// The inbox's columns as a new caseworker first sees them: reference, e-service, applicant,
// status, age and the attention mark, fitted to the table's width so that no horizontal scroll
// bar appears at 1280×800; the other columns (assignee, last activity, signature, supplement due)
// are one right-click on the header away. Refits whenever the table's width changes, until the
// person resizes a column or a saved layout is restored: then the widths are theirs.
class InboxColumnLayout : public QObject
{
    Q_OBJECT
public:
    explicit InboxColumnLayout(QTableView* table);

    // The default set, fitted; the widths follow the table from now on.
    void applyDefaults();
    // A saved header state was restored: keep its widths.
    void keepPersonsLayout() { m_fitting = false; }
    bool isFitting() const { return m_fitting; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();
    void showHeaderMenu(const QPoint& at);

    QTableView* m_table;
    bool m_fitting = false;
    bool m_inFit = false;
    bool m_personResizing = false; // a mouse button is down on the header
};

} // namespace casedesk
