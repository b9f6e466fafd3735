// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// casedesk_gui_probe: starts the real main window on a database the way `casedesk` does, and
// reports when the inbox was first painted with rows in it and how much memory the process
// holds with the inbox open. casedesk_bench starts it as a child process and measures from
// the moment it started the process.
//
// Output (stdout, one line each): "painted MS_SINCE_MAIN ROWS", then "rss KB HWM_KB".
#include "CaseListModel.h"
#include "CaseText.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "worker/DatabasePreparation.h"
#include "worker/DatabaseWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace casedesk;

namespace {

// VmRSS and VmHWM from /proc/self/status, in kB.
std::pair<qint64, qint64> residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = -1;
    qint64 hwm = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
            rss = parts.at(1).toLongLong();
        if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
            hwm = parts.at(1).toLongLong();
    }
    return {rss, hwm};
}

class FirstPaint : public QObject
{
public:
    FirstPaint(const QElapsedTimer& sinceMain, const CaseListModel& model)
        : m_sinceMain(sinceMain)
        , m_model(model)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && m_model.rowCount() > 0 && !m_model.isLoading()) {
            m_done = true;
            // Report once this paint has been delivered and flushed.
            QTimer::singleShot(0, this, [this] {
                std::printf("painted %.3f %d\n", double(m_sinceMain.nsecsElapsed()) / 1e6,
                            m_model.rowCount());
                std::fflush(stdout);
                // Memory with the inbox open, once the event loop has settled.
                QTimer::singleShot(500, this, [] {
                    const auto [rss, hwm] = residentMemory();
                    std::printf("rss %lld %lld\n", rss, hwm);
                    std::fflush(stdout);
                    QApplication::exit(0);
                });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_sinceMain;
    const CaseListModel& m_model;
    bool m_done = false;
};

int fail(const QString& text)
{
    std::fprintf(stderr, "casedesk_gui_probe: %s\n", qPrintable(text));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("casedesk"));
    if (argc != 2)
        return fail(QStringLiteral("usage: casedesk_gui_probe DATABASE-URL"));
    CaseText::setLanguage(QStringLiteral("en")); // as the program does once it chose the language
    auto url = DatabaseUrl::parse(QString::fromLocal8Bit(argv[1]));
    if (!url.ok())
        return fail(url.error().message());
    // As the program does (on its preparation thread): the embedded file is migrated (a no-op
    // when current), a shared database only checked.
    auto session = prepareDatabase(*url, PreparationOptions());
    if (!session.ok())
        return fail(session.error().message());

    test::FakePrompts prompts;
    DatabaseWorker worker(*url);
    MainWindow window(*session, worker, prompts);
    FirstPaint firstPaint(sinceMain, *window.caseModel());
    window.caseTable()->viewport()->installEventFilter(&firstPaint);
    window.resize(1400, 900);
    window.show();
    QTimer::singleShot(120'000, &app, [] {
        std::fprintf(stderr, "casedesk_gui_probe: the inbox was not painted within 120 s\n");
        QApplication::exit(1);
    });
    const int status = app.exec();
    if (!prompts.asked.isEmpty())
        return fail(QStringLiteral("the window asked: ") + prompts.asked.join(QStringLiteral("; ")));
    return status;
}
