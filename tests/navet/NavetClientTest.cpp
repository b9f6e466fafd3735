// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslKey>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

std::string describe(const Result<NavetPerson>& result)
{
    return result.ok() ? std::string("ok") : result.error().describe().toStdString();
}

// The client against the local HTTPS server that requires a client certificate of the test CA.
class NavetClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_pki = NavetPki::shared();
        ASSERT_NE(m_pki, nullptr);
        ASSERT_TRUE(m_server.start());
    }

    NavetEndpoint endpoint(const QString& p12, const QString& caPem)
    {
        auto made = testEndpoint(m_server.url(), p12, caPem);
        EXPECT_TRUE(made.ok()) << made.error().describe().toStdString();
        return made.ok() ? *made : NavetEndpoint();
    }
    NavetEndpoint goodEndpoint() { return endpoint(m_pki->clientP12, m_pki->caPem); }

    Result<NavetPerson> lookup(const NavetEndpoint& endpoint, const QString& personalNumber)
    {
        NavetClient client(endpoint);
        return lookupAndWait(client, personalNumber);
    }

    const NavetPki* m_pki = nullptr;
    NavetTestServer m_server;
};

} // namespace

TEST_F(NavetClientTest, EveryFixtureThroughTheClient)
{
    NavetClient client(goodEndpoint());
    // Any written form of the number; the request carries its 12 digits.
    auto ordinary = lookupAndWait(client, QStringLiteral("780412-1239"));
    ASSERT_TRUE(ordinary.ok()) << describe(ordinary);
    EXPECT_EQ(ordinary->personalNumber, QStringLiteral("19780412-1239"));
    EXPECT_EQ(ordinary->name.givenName(), QStringLiteral("Åsa"));
    EXPECT_EQ(ordinary->registeredAddress.careOf, QStringLiteral("Familjen Öberg"));
    EXPECT_EQ(ordinary->specialPostalAddress.streetLines, QStringList{QStringLiteral("Box 1234")});
    EXPECT_FALSE(ordinary->protectedIdentity());
    EXPECT_LE(qAbs(ordinary->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);

    auto marked = lookupAndWait(client, QStringLiteral("198509234566"));
    ASSERT_TRUE(marked.ok()) << describe(marked);
    EXPECT_TRUE(marked->confidentialityMarked);
    EXPECT_FALSE(marked->protectedRegistration);
    EXPECT_EQ(marked->registeredAddress.streetLines, QStringList{QStringLiteral("Storgatan 3")});

    auto hidden = lookupAndWait(client, QStringLiteral("19810707-3457"));
    ASSERT_TRUE(hidden.ok()) << describe(hidden);
    EXPECT_TRUE(hidden->protectedRegistration);
    EXPECT_TRUE(hidden->registeredAddress.isEmpty());

    auto child = lookupAndWait(client, QStringLiteral("20150301-2344"));
    ASSERT_TRUE(child.ok()) << describe(child);
    ASSERT_EQ(child->relations.size(), 2);
    EXPECT_EQ(child->relations[0].type, NavetRelationType::Guardian);
    EXPECT_EQ(child->relations[1].personalNumber, QStringLiteral("19790214-5676"));

    auto deceased = lookupAndWait(client, QStringLiteral("194501011110"));
    ASSERT_TRUE(deceased.ok()) << describe(deceased);
    EXPECT_TRUE(deceased->deceased());
    EXPECT_EQ(deceased->deregistration->date, QDate(2026, 2, 28));

    // What the server read: our organisation, ordering and the person's 12 digits.
    const QList<QByteArray> requests = m_server.requests();
    ASSERT_EQ(requests.size(), 5);
    EXPECT_TRUE(requests[0].contains("<v1:OrgNr>2120001231</v1:OrgNr>"));
    EXPECT_TRUE(requests[0].contains("<v1:BestallningsId>00000236-FO01-0001</v1:BestallningsId>"));
    EXPECT_TRUE(requests[0].contains("<v1:PersonId>197804121239</v1:PersonId>"));
}

TEST_F(NavetClientTest, LookupNeverWaitsForTheAnswer)
{
    NavetClient client(goodEndpoint());
    bool called = false;
    QObject context;
    client.lookup(QStringLiteral("198509234566"), &context, [&](Result<NavetPerson>) { called = true; });
    EXPECT_FALSE(called); // lookup() returned before anything was sent or answered
    bool invalidCalled = false;
    client.lookup(QStringLiteral("19850923-4567"), &context, [&](Result<NavetPerson> r) {
        invalidCalled = true;
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, QStringLiteral("personalNumber"));
    });
    EXPECT_FALSE(invalidCalled); // even a refusal comes through the event loop
    QElapsedTimer timer;
    timer.start();
    while ((!called || !invalidCalled) && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    EXPECT_TRUE(called);
    EXPECT_TRUE(invalidCalled);
}

TEST_F(NavetClientTest, BothFaults)
{
    auto notFound = lookup(goodEndpoint(), QStringLiteral("19900101-1239"));
    ASSERT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(notFound.error().describe().contains(QStringLiteral("Personen finns inte i folkbokföringen")))
        << describe(notFound);

    NavetEndpoint wrongOrder = goodEndpoint();
    wrongOrder.orderId = QStringLiteral("00000236-FO01-9999");
    auto badOrder = lookup(wrongOrder, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(badOrder.ok());
    EXPECT_EQ(badOrder.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(badOrder.error().describe().contains(QStringLiteral("BeställningsId saknar behörighet")))
        << describe(badOrder);
}

TEST_F(NavetClientTest, ClientCertificateOfAnotherAuthorityIsRefused)
{
    auto refused = lookup(endpoint(m_pki->otherClientP12, m_pki->caPem), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    const QString text = refused.error().describe();
    EXPECT_TRUE(text.contains(QStringLiteral("TLS connection to Navet (127.0.0.1) failed")))
        << text.toStdString();
    EXPECT_TRUE(m_server.requests().isEmpty()); // nothing about the person reached the server
}

TEST_F(NavetClientTest, NoClientCertificateIsRefused)
{
    NavetEndpoint bare = goodEndpoint();
    bare.ssl.setLocalCertificateChain({});
    bare.ssl.setPrivateKey(QSslKey());
    auto refused = lookup(bare, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(
        refused.error().describe().contains(QStringLiteral("TLS connection to Navet (127.0.0.1) failed")))
        << describe(refused);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

TEST_F(NavetClientTest, ServerTheClientDoesNotTrustIsRefused)
{
    // Trusting only another authority (and the system's), the test server's certificate fails.
    auto refused = lookup(endpoint(m_pki->clientP12, m_pki->otherCaPem), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    const QString text = refused.error().describe();
    EXPECT_TRUE(text.contains(QStringLiteral("server 127.0.0.1 is not trusted"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("navet.ca_certificates")));
    EXPECT_TRUE(m_server.requests().isEmpty());

    // And without any extra authority at all.
    auto system = lookup(endpoint(m_pki->clientP12, QString()), QStringLiteral("19850923-4566"));
    ASSERT_FALSE(system.ok());
    EXPECT_TRUE(system.error().describe().contains(QStringLiteral("is not trusted"))) << describe(system);
}

TEST_F(NavetClientTest, Timeout)
{
    NavetTestServer stalling;
    NavetTestServerOptions options;
    options.stallSeconds = 30;
    ASSERT_TRUE(stalling.start(options));
    auto made = testEndpoint(stalling.url(), m_pki->clientP12, m_pki->caPem);
    ASSERT_TRUE(made.ok());
    made->timeoutMs = 1500;
    QElapsedTimer timer;
    timer.start();
    auto late = lookup(*made, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(late.ok());
    EXPECT_GE(timer.elapsed(), 1400);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_EQ(late.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(late.error().describe().contains(QStringLiteral("did not answer within 2 seconds")))
        << describe(late);
}

TEST_F(NavetClientTest, AnswerThatIsNotXmlOrTooLargeIsRefused)
{
    NavetTestServer html;
    NavetTestServerOptions htmlOptions;
    htmlOptions.contentType = QStringLiteral("text/html; charset=utf-8");
    ASSERT_TRUE(html.start(htmlOptions));
    auto htmlEndpoint = testEndpoint(html.url(), m_pki->clientP12, m_pki->caPem);
    ASSERT_TRUE(htmlEndpoint.ok());
    auto wrongType = lookup(*htmlEndpoint, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(wrongType.ok());
    EXPECT_TRUE(
        wrongType.error().describe().contains(QStringLiteral("content type 'text/html; charset=utf-8'")))
        << describe(wrongType);

    NavetTestServer huge;
    NavetTestServerOptions hugeOptions;
    hugeOptions.hugeBytes = 8 * kNavetMaxResponseBytes;
    ASSERT_TRUE(huge.start(hugeOptions));
    auto hugeEndpoint = testEndpoint(huge.url(), m_pki->clientP12, m_pki->caPem);
    ASSERT_TRUE(hugeEndpoint.ok());
    auto tooLarge = lookup(*hugeEndpoint, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.error().describe().contains(QStringLiteral("larger than 1048576 bytes")))
        << describe(tooLarge);
}

TEST_F(NavetClientTest, ServerThatIsNotThereSaysSo)
{
    const int port = m_server.port();
    m_server.stop();
    auto made =
        testEndpoint(QStringLiteral("https://127.0.0.1:%1/").arg(port), m_pki->clientP12, m_pki->caPem);
    ASSERT_TRUE(made.ok());
    auto unreachable = lookup(*made, QStringLiteral("19850923-4566"));
    ASSERT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(unreachable.error().describe().contains(QStringLiteral("cannot reach Navet at 127.0.0.1")))
        << describe(unreachable);
}
