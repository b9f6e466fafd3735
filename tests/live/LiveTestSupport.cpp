// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "LiveTestSupport.h"

#include "SampleSubmissions.h"
#include "intake/IntakeService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

namespace casedesk::test {

CtlRun runCtl(const TestDatabase& database, const QStringList& arguments)
{
    return runCtlOn(database.urlString(), arguments);
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    return true;
}

int liveTargetMs(Backend backend)
{
    return backend == Backend::Postgres ? 1000 : 2000;
}

QString submitSample(Database& db, const QString& externalId, const QString& eserviceId)
{
    Submission s = sampleSubmission(externalId);
    if (!eserviceId.isEmpty()) {
        s.eserviceId = eserviceId;
        s.eserviceName = eserviceId;
    }
    auto receipt = IntakeService(db).submit(s);
    EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : receipt.error().describe().toStdString());
    return receipt.ok() ? receipt->reference : QString();
}

QStringList changeKinds(Database& db, const QString& reference)
{
    QStringList kinds;
    auto q = db.exec(QStringLiteral("SELECT kind FROM case_changes WHERE reference = ? ORDER BY seq"),
                     {reference});
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().message().toStdString());
    while (q.ok() && q->next())
        kinds << q->value(0).toString();
    return kinds;
}

} // namespace casedesk::test
