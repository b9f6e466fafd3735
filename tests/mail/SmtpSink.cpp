// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SmtpSink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

#include <gtest/gtest.h>

namespace casedesk::test {

namespace {

QString pythonInterpreter()
{
    const QString fromEnvironment = qEnvironmentVariable("CASEDESK_TEST_PYTHON");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnvironment;
}

} // namespace

int SmtpSink::unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(int port)
{
    stop();
    if (!QFile::exists(pythonInterpreter())) {
        ADD_FAILURE()
            << pythonInterpreter().toStdString()
            << " is missing: the mail tests need it with aiosmtpd (apt-get install python3-aiosmtpd)";
        return false;
    }
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = port > 0 ? port : unusedPort();
        QStringList arguments{QStringLiteral(CASEDESK_SMTP_SINK_SCRIPT), QStringLiteral("--port"),
                              QString::number(m_port), QStringLiteral("--out"), m_out.path()};
        for (const QString& address : m_options.reject)
            arguments << QStringLiteral("--reject") << address;
        for (const QString& address : m_options.tempfail)
            arguments << QStringLiteral("--tempfail") << address;
        if (!m_options.starttlsCert.isEmpty())
            arguments << QStringLiteral("--starttls") << m_options.starttlsCert << m_options.starttlsKey;
        if (!m_options.tlsCert.isEmpty())
            arguments << QStringLiteral("--tls") << m_options.tlsCert << m_options.tlsKey;
        if (!m_options.auth.isEmpty())
            arguments << QStringLiteral("--auth") << m_options.auth;
        if (m_options.delaySeconds > 0)
            arguments << QStringLiteral("--delay") << QString::number(m_options.delaySeconds);
        m_process = std::make_unique<QProcess>();
        m_process->start(pythonInterpreter(), arguments);
        // stdin stays open: the sink stops when we close it (or when this process dies).
        bool ready = false;
        while (m_process->waitForReadyRead(15000)) {
            if (m_process->readAllStandardOutput().contains("READY")) {
                ready = true;
                break;
            }
        }
        if (ready)
            return true;
        m_process->kill();
        m_process->waitForFinished(5000);
        lastError = QString::fromUtf8(m_process->readAllStandardError());
        m_process.reset();
        if (port > 0 || lastError.contains(QLatin1String("aiosmtpd is missing")))
            break;
    }
    ADD_FAILURE() << "cannot start the SMTP sink: " << lastError.toStdString();
    return false;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

int SmtpSink::count() const
{
    return int(QDir(m_out.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QList<ReceivedMail> SmtpSink::messages() const
{
    QList<ReceivedMail> result;
    const QDir dir(m_out.path());
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        ReceivedMail mail;
        QFile eml(dir.filePath(name));
        if (eml.open(QIODevice::ReadOnly))
            mail.raw = eml.readAll();
        QFile json(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (json.open(QIODevice::ReadOnly))
            mail.python = QJsonDocument::fromJson(json.readAll()).object();
        mail.parsed = parseMessage(mail.raw);
        result.append(mail);
    }
    return result;
}

bool makeTestCertificate(const QString& folder, TestCertificate* certificate)
{
    certificate->certFile = folder + QStringLiteral("/cert.pem");
    certificate->keyFile = folder + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   certificate->keyFile, QStringLiteral("-out"), certificate->certFile,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        ADD_FAILURE() << "cannot make a test certificate with openssl (apt-get install openssl): "
                      << openssl.readAll().toStdString() << openssl.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace casedesk::test
