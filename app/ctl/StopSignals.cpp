// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "StopSignals.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace casedesk::ctl {

namespace {

// Set for the handler, which may only touch lock-free atomics and write().
std::atomic<std::atomic_bool*> g_flag{nullptr};

#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};

void onStopSignal(int)
{
    if (std::atomic_bool* flag = g_flag.load())
        flag->store(true);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    if (std::atomic_bool* flag = g_flag.load())
        flag->store(true);
    // Runs on a thread of its own: a queued call is how it reaches the event loop.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), []() { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

struct StopSignals::Private
{
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction oldTerm = {};
    struct sigaction oldInt = {};
#endif
};

StopSignals::StopSignals(std::atomic_bool& flag)
    : d(std::make_unique<Private>())
{
    g_flag.store(&flag);
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    d->notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    QObject::connect(d->notifier.get(), &QSocketNotifier::activated, d->notifier.get(), []() {
        char buffer[16];
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = &onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &d->oldTerm);
    ::sigaction(SIGINT, &action, &d->oldInt);
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(&onConsoleEvent, TRUE);
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_UNIX
    ::sigaction(SIGTERM, &d->oldTerm, nullptr);
    ::sigaction(SIGINT, &d->oldInt, nullptr);
    d->notifier.reset();
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(&onConsoleEvent, FALSE);
#endif
    g_flag.store(nullptr);
}

} // namespace casedesk::ctl
