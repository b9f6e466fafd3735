// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace casedesk::test {

// A received message taken apart the way a mail program would, to check what CaseDesk sends
// from the other end: headers unfolded and RFC 2047-decoded, the body quoted-printable-decoded.
struct ParsedMessage
{
    QList<QPair<QByteArray, QByteArray>> rawHeaders; // name, unfolded raw value, in order
    QByteArray rawBody;
    QString body;       // decoded, UTF-8, "\n" line endings
    QStringList errors; // what is wrong with the message's form (bare LF, long lines, 8-bit)

    QByteArray raw(const QByteArray& name) const; // first header of that name (any case)
    QString header(const QByteArray& name) const; // decoded
    int count(const QByteArray& name) const;
};

// RFC 2047: decodes every encoded-word (B or Q, UTF-8 or ISO-8859-1) in an unfolded header value,
// dropping white space between adjacent encoded-words.
QString decodeHeaderValue(const QByteArray& value);
QByteArray decodeQuotedPrintable(const QByteArray& encoded);
ParsedMessage parseMessage(const QByteArray& message);

} // namespace casedesk::test
