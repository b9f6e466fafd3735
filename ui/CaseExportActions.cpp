// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseExportActions.h"

#include "UserPrompts.h"
#include "documents/CaseExport.h"
#include "worker/DatabaseWorker.h"

#include <QAction>
#include <QDir>
#include <QKeySequence>
#include <QStandardPaths>
#include <QWidget>

namespace casedesk {

CaseExportActions::CaseExportActions(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent,
                                     std::function<QString()> currentReference)
    : QObject(parent)
    , m_worker(worker)
    , m_prompts(prompts)
    , m_parent(parent)
    , m_currentReference(std::move(currentReference))
    , m_exportPdf(new QAction(tr("E&xport as PDF…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_exportPackage(new QAction(tr("Export archive &package…"), this))
{
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPdf->setToolTip(tr("The whole case as one PDF/A document for the records"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the whole case, as the PDF export lays it out"));
    m_exportPackage->setObjectName(QStringLiteral("exportPackageAction"));
    m_exportPackage->setToolTip(
        tr("The case PDF and every attachment in an archive package (E-ARK, FGS) for the e-archive"));
    connect(m_exportPdf, &QAction::triggered, this, &CaseExportActions::exportPdf);
    connect(m_print, &QAction::triggered, this, &CaseExportActions::print);
    connect(m_exportPackage, &QAction::triggered, this, &CaseExportActions::exportPackage);
    setCaseShown(false);
}

void CaseExportActions::setCaseShown(bool shown)
{
    m_caseShown = shown;
    for (QAction* action : {m_exportPdf, m_print, m_exportPackage})
        action->setEnabled(shown && !m_busy);
}

void CaseExportActions::setBusy(bool busy)
{
    m_busy = busy;
    setCaseShown(m_caseShown);
}

std::optional<bool> CaseExportActions::askNotes(const QString& title)
{
    const QString without = tr("Without internal notes");
    const QString with = tr("With internal notes (every page marked as internal)");
    const auto choice = m_prompts.askChoice(
        m_parent, title, tr("Internal notes are never shown to the applicant."), {without, with});
    if (!choice)
        return std::nullopt;
    return *choice == with;
}

void CaseExportActions::exportPdf()
{
    const QString reference = m_currentReference();
    if (reference.isEmpty() || m_busy)
        return;
    const auto notes = askNotes(tr("Export as PDF"));
    if (!notes)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = m_prompts.saveFileName(m_parent, tr("Export as PDF"),
                                                  QDir(folder).filePath(reference + QStringLiteral(".pdf")));
    if (target.isEmpty())
        return;
    setBusy(true);
    Q_EMIT notice(tr("Exporting %1…").arg(reference));
    // Rendered and written in the worker: a long case takes a moment, and the window does not wait.
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference, target, includeNotes = *notes](Database& db) {
            return CaseExportService(db).exportPdfTo(reference, {includeNotes}, target);
        },
        [this, reference, target](Result<qint64> written) {
            setBusy(false);
            if (!written.ok()) {
                m_prompts.warn(m_parent, tr("Cannot export the case"), written.error().message());
                Q_EMIT notice(QString());
                return;
            }
            Q_EMIT notice(tr("%1 exported to %2").arg(reference, QDir::toNativeSeparators(target)));
        });
}

void CaseExportActions::print()
{
    const QString reference = m_currentReference();
    if (reference.isEmpty() || m_busy)
        return;
    const auto notes = askNotes(tr("Print"));
    if (!notes)
        return;
    setBusy(true);
    Q_EMIT notice(tr("Preparing %1 for printing…").arg(reference));
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference, includeNotes = *notes](Database& db) {
            return CaseExportService(db).documentForPrinting(reference, {includeNotes});
        },
        [this, reference](Result<PagedDocument> document) {
            setBusy(false);
            if (!document.ok()) {
                m_prompts.warn(m_parent, tr("Cannot print the case"), document.error().message());
                Q_EMIT notice(QString());
                return;
            }
            // The system print dialog, then the same pages as the PDF on the printer chosen.
            if (m_prompts.printDocument(m_parent, tr("Print %1").arg(reference), *document))
                Q_EMIT notice(tr("%1 sent to the printer").arg(reference));
            else
                Q_EMIT notice(QString());
        });
}

void CaseExportActions::exportPackage()
{
    const QString reference = m_currentReference();
    if (reference.isEmpty() || m_busy)
        return;
    const QString folder = m_prompts.existingFolder(m_parent, tr("Export archive package into"));
    if (folder.isEmpty())
        return;
    setBusy(true);
    Q_EMIT notice(tr("Exporting %1…").arg(reference));
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference, folder](Database& db) { return CaseExportService(db).exportPackage(reference, folder); },
        [this](Result<ExportedPackage> package) {
            setBusy(false);
            if (!package.ok()) {
                m_prompts.warn(m_parent, tr("Cannot export the case"), package.error().message());
                Q_EMIT notice(QString());
                return;
            }
            Q_EMIT notice(tr("Archive package of %1 written to %2 (%n file(s))", nullptr, package->files)
                              .arg(package->reference, QDir::toNativeSeparators(package->folder)));
        });
}

} // namespace casedesk
