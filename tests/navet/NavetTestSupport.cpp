// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetTestSupport.h"

#include "navet/NavetTls.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

namespace casedesk::test {

namespace {

QString pythonInterpreter()
{
    const QString fromEnvironment = qEnvironmentVariable("CASEDESK_TEST_PYTHON");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnvironment;
}

bool openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << "openssl " << arguments.join(QLatin1Char(' ')).toStdString()
                      << " failed (apt-get install openssl): " << process.readAll().toStdString()
                      << process.errorString().toStdString();
        return false;
    }
    return true;
}

// One key and certificate: self-signed when `caPem` is empty, else signed by that CA.
bool makeCertificate(const QString& folder, const QString& name, const QString& subject,
                     const QString& caName, const QStringList& extensions)
{
    QStringList arguments{QStringLiteral("req"),
                          QStringLiteral("-x509"),
                          QStringLiteral("-newkey"),
                          QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"),
                          QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"),
                          folder + QLatin1Char('/') + name + QStringLiteral(".key"),
                          QStringLiteral("-out"),
                          folder + QLatin1Char('/') + name + QStringLiteral(".pem"),
                          QStringLiteral("-days"),
                          QStringLiteral("2"),
                          QStringLiteral("-subj"),
                          subject};
    if (!caName.isEmpty())
        arguments << QStringLiteral("-CA") << folder + QLatin1Char('/') + caName + QStringLiteral(".pem")
                  << QStringLiteral("-CAkey") << folder + QLatin1Char('/') + caName + QStringLiteral(".key");
    for (const QString& extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    return openssl(arguments);
}

bool exportPkcs12(const QString& folder, const QString& name, const QString& caName)
{
    return openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                    folder + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-in"),
                    folder + QLatin1Char('/') + name + QStringLiteral(".pem"), QStringLiteral("-certfile"),
                    folder + QLatin1Char('/') + caName + QStringLiteral(".pem"), QStringLiteral("-out"),
                    folder + QLatin1Char('/') + name + QStringLiteral(".p12"), QStringLiteral("-passout"),
                    QStringLiteral("pass:") + QString::fromUtf8(kTestCertificatePassword)});
}

std::optional<NavetPki> makePki(const QString& folder)
{
    const QStringList ca{QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    const QStringList client{QStringLiteral("basicConstraints=CA:FALSE"),
                             QStringLiteral("extendedKeyUsage=clientAuth")};
    if (!makeCertificate(folder, QStringLiteral("ca"), QStringLiteral("/CN=Navet Test CA"), {}, ca) ||
        !makeCertificate(
            folder, QStringLiteral("server"), QStringLiteral("/CN=localhost"), QStringLiteral("ca"),
            {QStringLiteral("basicConstraints=CA:FALSE"), QStringLiteral("extendedKeyUsage=serverAuth"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")}) ||
        !makeCertificate(folder, QStringLiteral("client"), QStringLiteral("/O=Testkommun/CN=Navet klient"),
                         QStringLiteral("ca"), client) ||
        !exportPkcs12(folder, QStringLiteral("client"), QStringLiteral("ca")) ||
        !makeCertificate(folder, QStringLiteral("otherca"), QStringLiteral("/CN=Another CA"), {}, ca) ||
        !makeCertificate(folder, QStringLiteral("otherclient"),
                         QStringLiteral("/O=Testkommun/CN=Navet klient"), QStringLiteral("otherca"),
                         client) ||
        !exportPkcs12(folder, QStringLiteral("otherclient"), QStringLiteral("otherca")))
        return std::nullopt;
    NavetPki pki;
    pki.caPem = folder + QStringLiteral("/ca.pem");
    pki.serverPem = folder + QStringLiteral("/server.pem");
    pki.serverKey = folder + QStringLiteral("/server.key");
    pki.clientP12 = folder + QStringLiteral("/client.p12");
    pki.otherCaPem = folder + QStringLiteral("/otherca.pem");
    pki.otherClientP12 = folder + QStringLiteral("/otherclient.p12");
    return pki;
}

} // namespace

QString navetFixtureFolder()
{
    return qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/navet");
}

QByteArray navetFixture(const QString& name)
{
    QFile file(navetFixtureFolder() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read the fixture " << file.fileName().toStdString()
                      << " (is CASEDESK_TESTDATA set to tests/data?)";
        return {};
    }
    return file.readAll();
}

const NavetPki* NavetPki::shared()
{
    static QTemporaryDir folder;
    static const std::optional<NavetPki> pki = makePki(folder.path());
    return pki ? &*pki : nullptr;
}

NavetTestServer::~NavetTestServer()
{
    stop();
}

bool NavetTestServer::start(const Options& options)
{
    stop();
    const NavetPki* pki = NavetPki::shared();
    if (!pki)
        return false;
    if (!QFile::exists(pythonInterpreter())) {
        ADD_FAILURE() << pythonInterpreter().toStdString() << " is missing: the Navet tests need Python 3";
        return false;
    }
    QStringList arguments{QStringLiteral(CASEDESK_NAVET_SERVER_SCRIPT),
                          QStringLiteral("--cert"),
                          pki->serverPem,
                          QStringLiteral("--key"),
                          pki->serverKey,
                          QStringLiteral("--client-ca"),
                          pki->caPem,
                          QStringLiteral("--fixtures"),
                          navetFixtureFolder(),
                          QStringLiteral("--org-nr"),
                          kTestOrgNumber,
                          QStringLiteral("--order-id"),
                          kTestOrderId,
                          QStringLiteral("--out"),
                          m_out.path()};
    if (options.stallSeconds > 0)
        arguments << QStringLiteral("--stall") << QString::number(options.stallSeconds);
    if (!options.contentType.isEmpty())
        arguments << QStringLiteral("--content-type") << options.contentType;
    if (options.hugeBytes > 0)
        arguments << QStringLiteral("--huge") << QString::number(options.hugeBytes);
    m_process = std::make_unique<QProcess>();
    m_process->start(pythonInterpreter(), arguments);
    // stdin stays open: the server stops when we close it (or when this process dies).
    QByteArray output;
    while (m_process->waitForReadyRead(15000)) {
        output += m_process->readAllStandardOutput();
        const qsizetype at = output.indexOf("READY ");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_port = output.mid(at + 6, output.indexOf('\n', at) - at - 6).trimmed().toInt();
            return m_port > 0;
        }
    }
    ADD_FAILURE() << "cannot start the Navet test server: "
                  << m_process->readAllStandardError().toStdString();
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
    return false;
}

void NavetTestServer::stop()
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

QString NavetTestServer::url() const
{
    return QStringLiteral("https://127.0.0.1:%1/personpost/v2").arg(m_port);
}

QList<QByteArray> NavetTestServer::requests() const
{
    QList<QByteArray> result;
    for (int n = 1;; ++n) {
        QFile file(m_out.filePath(QStringLiteral("request-%1.xml").arg(n)));
        if (!file.open(QIODevice::ReadOnly))
            break;
        result << file.readAll();
    }
    return result;
}

Result<NavetEndpoint> testEndpoint(const QString& url, const QString& p12, const QString& caPem,
                                   const QByteArray& password)
{
    NavetConfiguration configuration;
    configuration.url = QUrl(url);
    configuration.orgNumber = kTestOrgNumber;
    configuration.orderId = kTestOrderId;
    configuration.certificatePath = p12;
    configuration.caCertificatesPath = caPem;
    auto ssl = navetSslConfiguration(configuration, password);
    if (!ssl.ok())
        return ssl.error();
    NavetEndpoint endpoint;
    endpoint.url = configuration.url;
    endpoint.orgNumber = configuration.orgNumber;
    endpoint.orderId = configuration.orderId;
    endpoint.ssl = *ssl;
    return endpoint;
}

Result<NavetPerson> lookupAndWait(NavetClient& client, const QString& personalNumber, int guardMs)
{
    QEventLoop loop;
    std::optional<Result<NavetPerson>> answer;
    client.lookup(personalNumber, &loop, [&](Result<NavetPerson> result) {
        answer = std::move(result);
        loop.quit();
    });
    QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        return makeError(ErrorCode::Internal,
                         ErrorText::verbatim(QStringLiteral("the lookup never called back")));
    return std::move(*answer);
}

} // namespace casedesk::test
