// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetResponseParser.h"
#include "core/Result.h"
#include "domain/NavetPerson.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace casedesk {

// Everything a lookup needs, made once (NavetLookupSetup) and kept by the client.
struct NavetEndpoint
{
    QUrl url;
    QString orgNumber;
    QString orderId;
    QSslConfiguration ssl; // client certificate and trusted authorities (NavetTls)
    int timeoutMs = 20'000;
    qint64 maxResponseBytes = kNavetMaxResponseBytes;
};

// Asks Navet's personpostXML about one person over mutual TLS. Asynchronous: lookup() returns at
// once and the answer comes through the callback on this object's thread, so a GUI thread never
// waits. One client serves any number of lookups, also at the same time.
//
// Every failure is an Error saying what happened: the personal number is not valid
// (InvalidInput), the server cannot be reached, the TLS handshake fails or the server's
// certificate is not trusted, no answer within the timeout, a response that is not XML or is
// larger than maxResponseBytes (Unavailable), and Navet's own faults (see
// parsePersonpostResponse). Redirects are not followed; the server's certificate errors are
// never ignored.
class NavetClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<NavetPerson>)>;

    explicit NavetClient(NavetEndpoint endpoint, QObject* parent = nullptr);

    // `personalNumber` in any written form (PersonalNumber::normalize). `done` runs exactly once,
    // always after lookup() has returned, unless `context` is destroyed first.
    void lookup(const QString& personalNumber, QObject* context, Callback done);

    const NavetEndpoint& endpoint() const { return m_endpoint; }

private:
    NavetEndpoint m_endpoint;
    QNetworkAccessManager m_network;
};

} // namespace casedesk
