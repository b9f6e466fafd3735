// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace casedesk {

class DatabaseWorker;
class UserPrompts;

// The case for the records (issue #17): "Export as PDF…", "Print…" and "Export archive
// package…" for the case shown. The case is read, audited and rendered in a task of the
// database worker; only the print dialog and the painting on the printer the person chose
// happen on the GUI thread. Internal notes go in only when the person chooses them.
class CaseExportActions : public QObject
{
    Q_OBJECT
public:
    // `currentReference` names the case shown (empty: none); `parent` owns the dialogs.
    CaseExportActions(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent,
                      std::function<QString()> currentReference);

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* printAction() const { return m_print; }
    QAction* exportPackageAction() const { return m_exportPackage; }

    // Enables the actions for a case (or not).
    void setCaseShown(bool shown);

    void exportPdf();
    void print();
    void exportPackage();

Q_SIGNALS:
    // What happened, for the status bar.
    void notice(const QString& text);

private:
    // nullopt: cancelled; else whether to include the internal notes.
    std::optional<bool> askNotes(const QString& title);
    void setBusy(bool busy);

    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QWidget* m_parent;
    std::function<QString()> m_currentReference;
    QAction* m_exportPdf;
    QAction* m_print;
    QAction* m_exportPackage;
    bool m_busy = false;
    bool m_caseShown = false;
};

} // namespace casedesk
