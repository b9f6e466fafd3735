// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MimeDecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace casedesk::test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString decodeCharset(const QByteArray& charset, const QByteArray& bytes)
{
    if (charset.compare("utf-8", Qt::CaseInsensitive) == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        return decoder.hasError() ? QStringLiteral("\uFFFD<invalid UTF-8>") : text;
    }
    return QString::fromLatin1(bytes);
}

} // namespace

QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (encoded.mid(i + 1, 2) == "\r\n") { // soft line break
            i += 2;
            continue;
        }
        if (i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0 && hexValue(encoded[i + 2]) >= 0) {
            out += char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2]));
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}

QString decodeHeaderValue(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString result;
    qsizetype position = 0;
    bool previousWasEncoded = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            result += between;
        const QByteArray charset = match.captured(1).toLatin1();
        const QByteArray payload = match.captured(3).toLatin1();
        QByteArray bytes;
        if (match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            QByteArray q = payload;
            q.replace('_', ' ');
            bytes = decodeQuotedPrintable(q);
        }
        result += decodeCharset(charset, bytes);
        position = match.capturedEnd();
        previousWasEncoded = true;
    }
    result += text.mid(position);
    return result;
}

QByteArray ParsedMessage::raw(const QByteArray& name) const
{
    for (const auto& h : rawHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ParsedMessage::header(const QByteArray& name) const
{
    return decodeHeaderValue(raw(name));
}

int ParsedMessage::count(const QByteArray& name) const
{
    return int(std::count_if(rawHeaders.begin(), rawHeaders.end(),
                             [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }));
}

ParsedMessage parseMessage(const QByteArray& message)
{
    ParsedMessage parsed;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const auto c = static_cast<unsigned char>(message[i]);
        if (c == '\n' && (i == 0 || message[i - 1] != '\r'))
            parsed.errors << QStringLiteral("bare LF at byte %1").arg(i);
        if (c == '\r' && (i + 1 >= message.size() || message[i + 1] != '\n'))
            parsed.errors << QStringLiteral("bare CR at byte %1").arg(i);
        if (c > 0x7E || (c < 0x20 && c != '\r' && c != '\n' && c != '\t'))
            parsed.errors << QStringLiteral("8-bit or control byte at %1").arg(i);
    }
    const qsizetype split = message.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? message : message.left(split);
    parsed.rawBody = split < 0 ? QByteArray() : message.mid(split + 4);
    const QList<QByteArray> lines = head.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > 78)
            parsed.errors << QStringLiteral("header line longer than 78: ") + QString::fromLatin1(line);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !parsed.rawHeaders.isEmpty()) {
            parsed.rawHeaders.last().second += line; // unfold: CRLF goes, the white space stays
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            parsed.errors << QStringLiteral("not a header: ") + QString::fromLatin1(line);
            continue;
        }
        parsed.rawHeaders.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const QList<QByteArray> bodyLines = parsed.rawBody.split('\n');
    for (const QByteArray& line : bodyLines) {
        if (line.size() > 77) // 76 plus the CR
            parsed.errors << QStringLiteral("body line longer than 76: ") + QString::fromLatin1(line);
    }
    QByteArray decoded =
        parsed.raw("Content-Transfer-Encoding").compare("quoted-printable", Qt::CaseInsensitive) == 0
            ? decodeQuotedPrintable(parsed.rawBody)
            : parsed.rawBody;
    decoded.replace("\r\n", "\n");
    parsed.body = decodeCharset("utf-8", decoded);
    return parsed;
}

} // namespace casedesk::test
