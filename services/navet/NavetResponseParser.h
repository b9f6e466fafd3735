// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "domain/NavetPerson.h"

#include <QByteArray>
#include <QDateTime>

namespace casedesk {

// A personpost answer is a few kilobytes; anything much larger is not an answer to trust.
inline constexpr qint64 kNavetMaxResponseBytes = 1024 * 1024;

// Reads Navet's answer to personpostXML (SOAP 1.1): the envelope and response in their
// namespaces (see NavetRequest.h), the person's elements unqualified, as in the Tax Agency's
// schema. `requestedPersonalNumber` ("YYYYMMDD-XXXX") must be the person answered about.
//
// - A SOAP fault is an Error with the fault's code and text and Navet's own error number and
//   message as arguments: NotFound for Navet's "no such person" (Felkod 1), InvalidInput for other
//   faults of the request (soap:Client), Unavailable for the server's (soap:Server).
// - Anything else that is not a usable answer (not XML, a DTD or entity, too large or too deep,
//   protection flags missing or not J/N, no person or more than one, another person) is
//   Unavailable, saying what is wrong. Protection is never assumed absent.
// - An unknown relation code is NavetRelationType::Other, never an error.
// - For SkyddadFolkbokforing J no address is kept, even if one were sent.
Result<NavetPerson> parsePersonpostResponse(const QByteArray& body, const QString& requestedPersonalNumber,
                                            const QDateTime& fetchedAt);

} // namespace casedesk
