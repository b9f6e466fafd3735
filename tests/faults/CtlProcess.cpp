#include "CtlProcess.h"

#include <QProcessEnvironment>

namespace casedesk::test {

std::unique_ptr<QProcess> startCtl(const QString& databaseUrl, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CASEDESK_DB"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(CASEDESK_CTL_PATH),
                   QStringList{QStringLiteral("--db"), databaseUrl} + arguments);
    return process;
}

CtlRun finishCtl(QProcess& process, int timeoutMs)
{
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.crashed = true;
    }
    run.exitCode = process.exitCode();
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CtlRun runCtl(const QString& databaseUrl, const QStringList& arguments)
{
    auto process = startCtl(databaseUrl, arguments);
    return finishCtl(*process);
}

std::vector<CtlRun> runCtlConcurrently(const QString& databaseUrl, const QList<QStringList>& runs)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : runs)
        processes.push_back(startCtl(databaseUrl, arguments));
    std::vector<CtlRun> results;
    for (auto& process : processes)
        results.push_back(finishCtl(*process));
    return results;
}

bool waitForOutput(QProcess& process, QString& out, QString& err,
                   const std::function<bool(const QString& out, const QString& err)>& enough,
                   QDeadlineTimer deadline)
{
    while (!deadline.hasExpired()) {
        out += QString::fromUtf8(process.readAllStandardOutput());
        err += QString::fromUtf8(process.readAllStandardError());
        if (enough(out, err))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 50)));
    }
    return false;
}

} // namespace casedesk::test
