// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NavetRequest.h"

namespace casedesk {

QByteArray buildPersonpostRequest(const QString& orgNumber, const QString& orderId, const QString& personId)
{
    // toHtmlEscaped escapes &, <, > and ", which is all that element content needs.
    const QString envelope =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<soapenv:Envelope xmlns:soapenv=\"%1\" xmlns:v1=\"%2\">\n"
                       "  <soapenv:Header/>\n"
                       "  <soapenv:Body>\n"
                       "    <v1:PersonpostRequest>\n"
                       "      <v1:Bestallning>\n"
                       "        <v1:OrgNr>%3</v1:OrgNr>\n"
                       "        <v1:BestallningsId>%4</v1:BestallningsId>\n"
                       "      </v1:Bestallning>\n"
                       "      <v1:PersonId>%5</v1:PersonId>\n"
                       "    </v1:PersonpostRequest>\n"
                       "  </soapenv:Body>\n"
                       "</soapenv:Envelope>\n")
            .arg(QLatin1String(kSoapEnvelopeNamespace), QLatin1String(kNavetNamespace),
                 orgNumber.toHtmlEscaped(), orderId.toHtmlEscaped(), personId.toHtmlEscaped());
    return envelope.toUtf8();
}

} // namespace casedesk
