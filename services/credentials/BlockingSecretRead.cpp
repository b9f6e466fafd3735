// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "BlockingSecretRead.h"

#include "CredentialsLogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace casedesk {

Result<std::optional<QString>> readSecretBlocking(SecretStore& store, const QString& key, int timeoutMs)
{
    using ReadResult = Result<std::optional<QString>>;
    QCoreApplication* application = QCoreApplication::instance();
    if (!application)
        return makeError(
            ErrorCode::Internal,
            QT_TRANSLATE_NOOP("casedesk::Errors", "readSecretBlocking needs a QCoreApplication"));
    if (application->inherits("QGuiApplication"))
        qCWarning(lcCredentials, "readSecretBlocking is meant for command-line programs, not the GUI");

    std::optional<ReadResult> answer;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Declared last, so destroyed first: an answer arriving after the deadline finds no
    // context and never touches `answer` or `loop`.
    QObject context;
    store.read(key, &context, [&answer, &loop](ReadResult result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    if (!answer) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!answer) {
        return makeError(
            ErrorCode::Unavailable,
            ErrorText::plural(
                QT_TRANSLATE_N_NOOP("casedesk::Errors", "The keyring did not answer within %n second(s)."),
                (timeoutMs + 999) / 1000));
    }
    return std::move(*answer);
}

} // namespace casedesk
