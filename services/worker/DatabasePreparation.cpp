// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabasePreparation.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "demo/DemoDataGenerator.h"
#include "repositories/CaseRepository.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace casedesk {

Result<Session> prepareDatabase(const DatabaseUrl& url, const PreparationOptions& options)
{
    // The embedded file is ours to make on first start (run-demo.sh starts on a new one); a
    // shared server database is made by its administrator.
    auto db = Database::open(url, OpenMode::CreateIfMissing);
    if (!db.ok())
        return db.error();
    const Migrator migrator(**db);
    if (url.isEmbedded()) {
        if (auto migrated = migrator.migrate(); !migrated.ok())
            return migrated.error();
    } else if (auto current = migrator.requireCurrent(); !current.ok()) {
        return current.error();
    }
    if (options.fillDemo) {
        // A first start that was closed or killed while filling is completed on the next.
        auto existing = CaseRepository(**db).count(CaseQuery());
        auto unfinished = DemoDataGenerator::unfinished(**db, 1);
        if ((existing.ok() && *existing == 0) || (unfinished.ok() && *unfinished)) {
            if (auto filled = DemoDataGenerator(**db, options.demoCases, 1).run(); !filled.ok())
                return filled.error();
        }
    }
    return Session(**db);
}

BackgroundPreparation::BackgroundPreparation() = default;

BackgroundPreparation::~BackgroundPreparation()
{
    if (m_thread)
        m_thread->wait();
}

bool BackgroundPreparation::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundPreparation::start(const DatabaseUrl& url, const PreparationOptions& options, QObject* context,
                                  Done done)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // finished: only its object is left
    QPointer<QObject> receiver(context);
    m_thread.reset(QThread::create([url, options, receiver, done = std::move(done)]() mutable {
        // The connection opens and closes on this thread, as Qt requires.
        auto result = std::make_shared<Result<Session>>(prepareDatabase(url, options));
        if (!receiver)
            return;
        QMetaObject::invokeMethod(
            receiver.data(), [done = std::move(done), result] { done(std::move(*result)); },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("casedesk-db-prepare"));
    m_thread->start();
    return true;
}

} // namespace casedesk
