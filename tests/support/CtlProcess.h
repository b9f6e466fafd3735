// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace casedesk::test {

// The real casedeskctl (built with the tests) run as another process, as an operator, a script
// or the portal runs it. One runner for every test, so that each sees the program the same way.
struct CtlRun
{
    int exitCode = -1;    // -1 when it crashed, was killed or did not finish in time
    bool crashed = false; // killed, crashed or timed out rather than exited
    QString out;
    QString err;

    int linesContaining(const QString& text) const
    {
        return int(out.split(QLatin1Char('\n')).filter(text).size());
    }
};

// The built casedeskctl's path, for a test that drives the process itself (signals, streams).
QString ctlProgram();
// The developer's own CASEDESK_DB and SMTP and Navet passwords removed: only what the test passes counts;
// in the C locale (English), whatever the developer's language.
QProcessEnvironment ctlEnvironment();

// casedeskctl ARGUMENTS, exactly as given (no --db added).
std::unique_ptr<QProcess> startCtl(const QStringList& arguments,
                                   const QProcessEnvironment& environment = ctlEnvironment());
CtlRun runCtl(const QStringList& arguments, const QProcessEnvironment& environment = ctlEnvironment());
// casedeskctl --db URL ARGUMENTS.
std::unique_ptr<QProcess> startCtlOn(const QString& databaseUrl, const QStringList& arguments,
                                     const QProcessEnvironment& environment = ctlEnvironment());
CtlRun runCtlOn(const QString& databaseUrl, const QStringList& arguments,
                const QProcessEnvironment& environment = ctlEnvironment());
// Waits for a started process and collects what it wrote.
CtlRun finishCtl(QProcess& process, int timeoutMs = 120'000);
// Starts every run at once and waits for all of them.
std::vector<CtlRun> runCtlConcurrently(const QString& databaseUrl, const QList<QStringList>& runs);

// Reads the process's output until `enough` says so (true) or the process ends or the deadline
// passes (false). `out` and `err` collect what was read.
bool waitForOutput(QProcess& process, QString& out, QString& err,
                   const std::function<bool(const QString& out, const QString& err)>& enough,
                   QDeadlineTimer deadline);

} // namespace casedesk::test
