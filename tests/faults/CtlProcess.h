#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace casedesk::test {

// The real casedeskctl (CASEDESK_CTL_PATH) on a database URL, as an operator or a script runs it.
struct CtlRun
{
    int exitCode = -1;
    bool crashed = false; // killed or crashed rather than exited
    QString out;
    QString err;

    int linesContaining(const QString& text) const
    {
        return int(out.split(QLatin1Char('\n')).filter(text).size());
    }
};

std::unique_ptr<QProcess> startCtl(const QString& databaseUrl, const QStringList& arguments);
CtlRun finishCtl(QProcess& process, int timeoutMs = 120'000);
CtlRun runCtl(const QString& databaseUrl, const QStringList& arguments);
// Starts every run at once and waits for all of them.
std::vector<CtlRun> runCtlConcurrently(const QString& databaseUrl, const QList<QStringList>& runs);

// Reads the process's output until `enough` says so (true) or the process ends or the deadline
// passes (false). `out` and `err` collect what was read.
bool waitForOutput(QProcess& process, QString& out, QString& err,
                   const std::function<bool(const QString& out, const QString& err)>& enough,
                   QDeadlineTimer deadline);

} // namespace casedesk::test
