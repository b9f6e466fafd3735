// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk {

// The namespaces of Navet's ePersondata service, version 2 (its schema keeps "V1" in the name).
inline constexpr char kSoapEnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr char kNavetNamespace[] =
    "http://xmls.skatteverket.se/se/skatteverket/folkbokforing/na/epersondata/V1";

// The SOAP 1.1 envelope of one personpostXML request: the organisation number (OrgNr), the
// ordering id the Tax Agency issued (BestallningsId) and the person (PersonId, 12 digits).
// Every value is XML-escaped; the caller has validated them (NavetSettings, PersonalNumber).
QByteArray buildPersonpostRequest(const QString& orgNumber, const QString& orderId, const QString& personId);

} // namespace casedesk
