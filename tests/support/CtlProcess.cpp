// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"

namespace casedesk::test {

QString ctlProgram()
{
    return QStringLiteral(CASEDESK_CTL_PATH);
}

QProcessEnvironment ctlEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"CASEDESK_DB", "CASEDESK_SMTP_PASSWORD", "CASEDESK_SMTP_PASSWORD_FILE",
                             "CASEDESK_NAVET_PASSWORD", "CASEDESK_NAVET_PASSWORD_FILE"})
        environment.remove(QString::fromLatin1(name));
    // casedeskctl speaks the system's language; the tests read its English.
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

std::unique_ptr<QProcess> startCtl(const QStringList& arguments, const QProcessEnvironment& environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(ctlProgram(), arguments);
    return process;
}

CtlRun runCtl(const QStringList& arguments, const QProcessEnvironment& environment)
{
    return finishCtl(*startCtl(arguments, environment));
}

std::unique_ptr<QProcess> startCtlOn(const QString& databaseUrl, const QStringList& arguments,
                                     const QProcessEnvironment& environment)
{
    return startCtl(QStringList{QStringLiteral("--db"), databaseUrl} + arguments, environment);
}

CtlRun runCtlOn(const QString& databaseUrl, const QStringList& arguments,
                const QProcessEnvironment& environment)
{
    return finishCtl(*startCtlOn(databaseUrl, arguments, environment));
}

CtlRun finishCtl(QProcess& process, int timeoutMs)
{
    CtlRun run;
    // A process the caller has waited for already is taken as it ended (waitForFinished answers
    // false for a process that is no longer running).
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.crashed = true;
    }
    run.crashed = run.crashed || process.error() == QProcess::FailedToStart ||
                  process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::vector<CtlRun> runCtlConcurrently(const QString& databaseUrl, const QList<QStringList>& runs)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : runs)
        processes.push_back(startCtlOn(databaseUrl, arguments));
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
