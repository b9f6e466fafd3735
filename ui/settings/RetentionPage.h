// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "SettingsPage.h"
#include <QDateTime>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace casedesk {

class EServiceTableModel;
class PurgeLogTableModel;
class RetentionCaseTableModel;
class UserPrompts;

// Administrators: how long closed cases are kept per e-service (gallring), what the next runs
// will purge, and the purge log (which holds no personal data).
class RetentionPage : public SettingsPage
{
    Q_OBJECT
public:
    RetentionPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);

    // The moment the preview is computed for; now unless a test fixes it.
    void setNow(const QDateTime& now) { m_now = now; }
    void reload();
    // Starts saving the selected e-service's retention (false: none selected, or busy).
    bool saveRetention();
    qint64 dueNow() const { return m_dueNow; }
    qint64 dueNextWeek() const { return m_dueNextWeek; }
    bool saveChanges() override { return saveRetention(); }
    void discardChanges() override;

protected:
    QStringList formState() const override;

private:
    void showSelected();
    void refreshPreview();

    QDateTime m_now;
    qint64 m_dueNow = 0;
    qint64 m_dueNextWeek = 0;
    EServiceTableModel* m_eservices = nullptr;
    RetentionCaseTableModel* m_due = nullptr;
    PurgeLogTableModel* m_log = nullptr;
    QTableView* m_eserviceTable = nullptr;
    QSpinBox* m_days = nullptr;
    QCheckBox* m_archiveFirst = nullptr;
    QCheckBox* m_never = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace casedesk
