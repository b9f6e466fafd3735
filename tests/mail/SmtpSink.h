// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "MimeDecoding.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// One message the sink accepted: the bytes as received, CaseDesk-independent decoding by
// Python's email package (`python`), and our own (`parsed`).
struct ReceivedMail
{
    QByteArray raw;
    QJsonObject python;
    ParsedMessage parsed;
};

// A real SMTP server on 127.0.0.1: tests/mail/smtp_sink.py run by /usr/bin/python3 (Debian's
// python3-aiosmtpd; CASEDESK_TEST_PYTHON overrides). If it cannot be started the test FAILS:
// a missing python3 or aiosmtpd must never turn the mail tests into silent skips.
class SmtpSink
{
public:
    struct Options
    {
        QStringList reject;   // RCPT TO answered 550
        QStringList tempfail; // RCPT TO answered 451
        QString starttlsCert, starttlsKey;
        QString tlsCert, tlsKey; // implicit TLS
        QString auth;            // "user:password": AUTH required
        double delaySeconds = 0; // before accepting each message
    };

    explicit SmtpSink(Options options)
        : m_options(std::move(options))
    {}
    SmtpSink()
        : SmtpSink(Options())
    {}
    ~SmtpSink();

    // Starts on a free port (or `port`), returns false and reports a test failure otherwise.
    bool start(int port = 0);
    void stop();
    int port() const { return m_port; }
    QString folder() const { return m_out.path(); }

    int count() const;
    QList<ReceivedMail> messages() const;

    // A port nothing listens on, for "the server is down".
    static int unusedPort();

private:
    Options m_options;
    QTemporaryDir m_out;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

// A self-signed certificate for 127.0.0.1 and localhost made with the openssl program;
// fails the test when that is not possible.
struct TestCertificate
{
    QString certFile;
    QString keyFile;
};
bool makeTestCertificate(const QString& folder, TestCertificate* certificate);

} // namespace casedesk::test
