// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace casedesk::mime {

// The building blocks of an Internet message (RFC 5322, RFC 2045, RFC 2047). Every function
// returns bytes ready for the wire: 7-bit ASCII, CRLF line endings, lines of at most 78
// characters.

// "Name: value" for an unstructured header (Subject). Plain ASCII stays readable and is folded
// at spaces; anything else becomes RFC 2047 encoded-words ("=?UTF-8?Q?...?="), one per line,
// each at most 75 characters, never splitting a UTF-8 character. No trailing CRLF.
QByteArray unstructuredHeader(const QByteArray& name, const QString& value);

// "From: Display Name <address>" with the display name as a phrase: plain when it is only
// letters, digits and spaces in ASCII, else encoded-words. `address` must already be checked.
QByteArray mailboxHeader(const QByteArray& name, const QString& displayName, const QByteArray& address);

// The encoded-words for `text`, the first fitting into `firstLineRoom` characters and the rest
// into lines of their own (77 after the folding space).
QList<QByteArray> encodedWords(const QString& text, int firstLineRoom);

// Quoted-printable (RFC 2045 6.7) of UTF-8 text with hard line breaks as CRLF: lines of at most
// 76 characters with soft breaks, '=' and non-ASCII encoded, trailing white space encoded, and
// for robustness (RFC 2049) a leading '.' and "From " encoded too.
QByteArray quotedPrintable(const QString& text);

// RFC 5322 date-time in UTC, with English day and month names whatever the locale:
// "Tue, 03 Mar 2026 09:05:00 +0000".
QByteArray rfc5322Date(const QDateTime& time);

} // namespace casedesk::mime
