// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetClient.h"

#include "NavetRequest.h"
#include "intake/PersonalNumber.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcNavet, "casedesk.navet")

namespace casedesk {

namespace {

// What one reply has gathered by the time it finishes.
struct Exchange
{
    QString personalNumber; // normalised, for checking the answer
    QByteArray body;
    QStringList sslErrors;
    bool encrypted = false; // the TLS handshake completed, as far as this side knows
    bool timedOut = false;
    bool tooLarge = false;
    QElapsedTimer clock;
};

bool isXmlContentType(const QString& header)
{
    const QString type = header.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("text/xml") || type == QLatin1String("application/xml") ||
           type == QLatin1String("application/soap+xml");
}

Error unavailable(ErrorText text)
{
    return makeError(ErrorCode::Unavailable, std::move(text));
}

Result<NavetPerson> outcome(QNetworkReply& reply, const Exchange& exchange, const NavetEndpoint& endpoint)
{
    const QString host = endpoint.url.host();
    if (exchange.timedOut)
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "Navet (%1) did not answer within %2 seconds"),
             {host, (endpoint.timeoutMs + 999) / 1000}});
    if (exchange.tooLarge)
        return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "Navet's answer cannot be used: %1"),
                            {ErrorText(QT_TRANSLATE_NOOP("casedesk::Errors", "it is larger than %1 bytes"),
                                       {endpoint.maxResponseBytes})}});
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all: the connection or the TLS handshake failed.
        if (!exchange.sslErrors.isEmpty())
            return unavailable(
                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "Navet's server %1 is not trusted: %2 (is the right authority "
                                   "in navet.ca_certificates?)"),
                 {host, exchange.sslErrors.join(QStringLiteral("; "))}});
        // With TLS 1.3 the server checks the client's certificate after the client has finished
        // its handshake, so a refused certificate arrives as an alert on the first read.
        if (exchange.encrypted || reply.error() == QNetworkReply::SslHandshakeFailedError ||
            reply.error() == QNetworkReply::RemoteHostClosedError)
            return unavailable(
                {QT_TRANSLATE_NOOP("casedesk::Errors",
                                   "the TLS connection to Navet (%1) failed: %2 (does Navet accept "
                                   "the certificate in navet.certificate?)"),
                 {host, reply.errorString()}});
        return unavailable({QT_TRANSLATE_NOOP("casedesk::Errors", "cannot reach Navet at %1: %2"),
                            {host, reply.errorString()}});
    }
    const QString contentType = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    if (!isXmlContentType(contentType))
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors",
                               "Navet answered with HTTP status %1 and content type '%2', not XML"),
             {status.toInt(), contentType.left(100)}});
    auto person =
        parsePersonpostResponse(exchange.body, exchange.personalNumber, QDateTime::currentDateTimeUtc());
    if (person.ok() && status.toInt() != 200)
        return unavailable(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "Navet answered with HTTP status %1"), {status.toInt()}});
    return person;
}

} // namespace

NavetClient::NavetClient(NavetEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    // Every lookup is asked anew: nothing about a person may linger in a cache or a cookie jar.
    m_network.setCookieJar(nullptr);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void NavetClient::lookup(const QString& personalNumber, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    auto normalized = PersonalNumber::normalize(personalNumber);
    if (!normalized.ok()) {
        // Built here, not inside the queued call: GCC 12 at -O3 takes the variant's inactive
        // NavetPerson for uninitialised when a Result is made from an Error in a lambda and
        // moved on (-Wmaybe-uninitialized, a false positive).
        auto refused = std::make_shared<const Result<NavetPerson>>(
            withField(normalized.error(), QStringLiteral("personalNumber")));
        QTimer::singleShot(0, this, [guard, done, refused]() {
            if (guard)
                done(*refused);
        });
        return;
    }
    auto deliver = [guard, done = std::move(done)](Result<NavetPerson> result) {
        if (guard)
            done(std::move(result));
    };

    QNetworkRequest request(m_endpoint.url);
    request.setSslConfiguration(m_endpoint.ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"\"");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const QString personId = QString(*normalized).remove(QLatin1Char('-'));
    QNetworkReply* reply =
        m_network.post(request, buildPersonpostRequest(m_endpoint.orgNumber, m_endpoint.orderId, personId));

    auto exchange = std::make_shared<Exchange>();
    exchange->personalNumber = *normalized;
    exchange->clock.start();
    const qint64 limit = m_endpoint.maxResponseBytes;
    connect(reply, &QNetworkReply::sslErrors, reply, [exchange](const QList<QSslError>& errors) {
        // Never ignored: an untrusted server ends the lookup. Kept to say why.
        for (const QSslError& error : errors)
            exchange->sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::encrypted, reply, [exchange]() { exchange->encrypted = true; });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, exchange, limit]() {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            exchange->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, exchange, limit]() {
        exchange->body += reply->read(limit + 1 - exchange->body.size());
        if (exchange->body.size() > limit) {
            exchange->tooLarge = true;
            reply->abort();
        }
    });
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // the timeout is a promise, not a hint
    connect(timer, &QTimer::timeout, reply, [reply, exchange]() {
        exchange->timedOut = true;
        reply->abort();
    });
    timer->start(m_endpoint.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange, deliver]() {
        reply->deleteLater();
        if (!exchange->tooLarge && !exchange->timedOut)
            exchange->body += reply->read(m_endpoint.maxResponseBytes + 1 - exchange->body.size());
        if (exchange->body.size() > m_endpoint.maxResponseBytes)
            exchange->tooLarge = true;
        Result<NavetPerson> result = outcome(*reply, *exchange, m_endpoint);
        // The log never holds the personal number or anything Navet said about the person.
        if (result.ok())
            qCInfo(lcNavet) << "lookup answered in" << exchange->clock.elapsed() << "ms";
        else
            qCWarning(lcNavet).noquote()
                << "lookup failed after" << exchange->clock.elapsed() << "ms:" << result.error().describe();
        deliver(std::move(result));
    });
}

} // namespace casedesk
