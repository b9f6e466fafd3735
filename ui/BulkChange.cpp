// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BulkChange.h"

#include "worker/DatabaseWorker.h"

#include <QProgressDialog>

namespace casedesk {

BulkChange::BulkChange(DatabaseWorker& worker, QWidget* window, const QString& title, QList<Target> targets,
                       Change change)
    : QObject(window)
    , m_worker(worker)
    , m_targets(std::move(targets))
    , m_change(std::move(change))
{
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, int(m_targets.size()), window);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setAccessibleName(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A handful of cases is done before a dialog would be worth showing.
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, this, &BulkChange::cancel);
}

BulkChange::~BulkChange()
{
    delete m_progress;
}

void BulkChange::start()
{
    m_progress->setValue(0);
    next();
}

void BulkChange::cancel()
{
    // The case being written is finished (its transaction is already on its way); no more after it.
    m_cancelled = true;
}

void BulkChange::next()
{
    // Cancel clicked, or the dialog closed (Escape, the window's close button): either says stop.
    if (m_progress && m_progress->wasCanceled())
        m_cancelled = true;
    if (m_cancelled || m_index >= m_targets.size()) {
        if (m_progress)
            m_progress->hide();
        Q_EMIT finished(m_changed, m_problems, int(m_targets.size()) - m_index);
        deleteLater();
        return;
    }
    const Target target = m_targets.at(m_index);
    if (m_progress)
        m_progress->setLabelText(
            tr("%1 of %2: %3").arg(m_index + 1).arg(m_targets.size()).arg(target.reference));
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [change = m_change, target](Database& db) { return change(db, target); },
        [this, reference = target.reference](VoidResult result) {
            if (result.ok())
                ++m_changed;
            else
                m_problems << QStringLiteral("%1: %2").arg(reference, result.error().message());
            ++m_index;
            if (m_progress)
                m_progress->setValue(m_index);
            next();
        });
}

} // namespace casedesk
