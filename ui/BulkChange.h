// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QProgressDialog;
class QWidget;

namespace casedesk {

class Database;
class DatabaseWorker;

// One change applied to many selected cases on the database worker's write lane: one case at a
// time, each its own transaction checked against the version the list showed, with a progress
// dialog whose Cancel stops before the next case. What was done stays done; the summary names
// every case that was not changed, and why.
class BulkChange : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString reference;
        int version = 0;
    };
    using Change = std::function<VoidResult(Database& db, const Target& target)>;

    BulkChange(DatabaseWorker& worker, QWidget* window, const QString& title, QList<Target> targets,
               Change change);
    ~BulkChange() override;

    // Starts; finished() follows once every case was tried or Cancel was pressed. Deletes itself
    // after that.
    void start();
    void cancel();

Q_SIGNALS:
    void finished(int changed, const QStringList& problems, int notTried);

private:
    void next();

    DatabaseWorker& m_worker;
    QList<Target> m_targets;
    Change m_change;
    QPointer<QProgressDialog> m_progress;
    int m_index = 0;
    int m_changed = 0;
    QStringList m_problems;
    bool m_cancelled = false;
};

} // namespace casedesk
