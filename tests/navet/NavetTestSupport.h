// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/NavetPerson.h"
#include "navet/NavetClient.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// The organisation and ordering the test server expects (2120001231: ten digits with a valid
// check digit), and the password of the client certificates.
inline const QString kTestOrgNumber = QStringLiteral("2120001231");
inline const QString kTestOrderId = QStringLiteral("00000236-FO01-0001");
inline const QByteArray kTestCertificatePassword = QByteArrayLiteral("hemligt lösen 1");

// tests/data/navet (CASEDESK_TESTDATA), the fixtures of ../shared/testdata/navet.
QString navetFixtureFolder();
QByteArray navetFixture(const QString& name);

// Certificates made with the openssl program for one test run: a CA, a server certificate for
// 127.0.0.1 and localhost signed by it, a client certificate signed by it (PKCS#12 with
// kTestCertificatePassword), and a second client certificate from another CA. Made once per
// process; a missing openssl fails the test (never skips).
struct NavetPki
{
    QString caPem;
    QString serverPem;
    QString serverKey;
    QString clientP12;
    QString otherCaPem;
    QString otherClientP12;

    // nullptr after a test failure was reported.
    static const NavetPki* shared();
};

// How the test server misbehaves, when it should.
struct NavetTestServerOptions
{
    double stallSeconds = 0; // wait this long before answering
    QString contentType;     // answer with this content type instead of text/xml
    qint64 hugeBytes = 0;    // answer with this many bytes of XML comment
};

// navet_server.py (Python's ssl and http.server) on 127.0.0.1 and a free port, requiring a
// client certificate of NavetPki's CA and serving the fixtures by PersonId. Fails the test when
// it cannot start.
class NavetTestServer
{
public:
    using Options = NavetTestServerOptions;

    NavetTestServer() = default;
    ~NavetTestServer();

    bool start(const Options& options = {});
    void stop();
    int port() const { return m_port; }
    QString url() const;
    // The request bodies the server read, oldest first.
    QList<QByteArray> requests() const;

private:
    QTemporaryDir m_out;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

// An endpoint for `server` with the client certificate `p12` and, unless empty, `caPem` to trust.
Result<NavetEndpoint> testEndpoint(const QString& url, const QString& p12, const QString& caPem,
                                   const QByteArray& password = kTestCertificatePassword);

// Runs one lookup to its end in a local event loop (at most `guardMs`).
Result<NavetPerson> lookupAndWait(NavetClient& client, const QString& personalNumber, int guardMs = 60'000);

} // namespace casedesk::test
