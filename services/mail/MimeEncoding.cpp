// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MimeEncoding.h"

#include <QList>

#include <algorithm>

namespace casedesk::mime {

namespace {

constexpr int kMaxLine = 78;        // RFC 5322 2.1.1: lines SHOULD be at most 78 characters
constexpr int kMaxEncodedWord = 75; // RFC 2047 2
constexpr int kMaxQpLine = 76;      // RFC 2045 6.7 (5)
const QByteArray kWordStart = QByteArrayLiteral("=?UTF-8?Q?");
const QByteArray kWordEnd = QByteArrayLiteral("?=");
const char kHex[] = "0123456789ABCDEF";

QByteArray hexEscape(unsigned char c)
{
    QByteArray out(3, '=');
    out[1] = kHex[c >> 4];
    out[2] = kHex[c & 0x0F];
    return out;
}

// RFC 2047 5 (3): the characters that may stand for themselves in a "Q"-encoded word, in any
// position (a phrase is the strictest); a space is written as '_'.
bool isQSafe(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

QByteArray qEncode(const QByteArray& utf8)
{
    QByteArray out;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ')
            out += '_';
        else if (isQSafe(c))
            out += static_cast<char>(c);
        else
            out += hexEscape(c);
    }
    return out;
}

// Header values are one line: control characters (CR and LF above all, which would let a value
// start a header of its own) become spaces, and runs of white space one space.
QString headerText(const QString& value)
{
    QString text = value;
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

bool isPlainPrintable(const QString& text)
{
    if (text.contains(QLatin1String("=?")))
        return false; // would read as the start of an encoded-word
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

} // namespace

QList<QByteArray> encodedWords(const QString& text, int firstLineRoom)
{
    const int overhead = int(kWordStart.size() + kWordEnd.size());
    // Room for at least one character of four UTF-8 bytes ("=XX" each).
    const int firstRoom = std::max(std::min(firstLineRoom, kMaxEncodedWord), overhead + 12);
    const int laterRoom = std::min(kMaxLine - 1, kMaxEncodedWord);

    QList<QByteArray> words;
    QByteArray current;
    const auto flush = [&]() {
        words.append(kWordStart + current + kWordEnd);
        current.clear();
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t cp = codePoint;
        const QByteArray encoded = qEncode(QString::fromUcs4(&cp, 1).toUtf8());
        const int room = (words.isEmpty() ? firstRoom : laterRoom) - overhead;
        if (!current.isEmpty() && current.size() + encoded.size() > room)
            flush();
        current += encoded;
    }
    if (!current.isEmpty() || words.isEmpty())
        flush();
    return words;
}

QByteArray unstructuredHeader(const QByteArray& name, const QString& value)
{
    const QString text = headerText(value);
    QByteArray out = name + ": ";
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool longWord =
        std::any_of(words.begin(), words.end(), [](const QString& w) { return w.size() > kMaxLine - 1; });
    if (!isPlainPrintable(text) || longWord) {
        out += encodedWords(text, kMaxLine - int(out.size())).join("\r\n ");
        return out;
    }
    qsizetype lineLength = out.size();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray word = words[i].toLatin1();
        if (i > 0 && lineLength + 1 + word.size() > kMaxLine) {
            out += "\r\n";
            lineLength = 0;
        }
        if (i > 0) {
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

QByteArray mailboxHeader(const QByteArray& name, const QString& displayName, const QByteArray& address)
{
    QByteArray out = name + ": ";
    const QString phrase = headerText(displayName);
    if (phrase.isEmpty())
        return out + address;
    const bool plain = std::all_of(phrase.begin(), phrase.end(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char(' '));
    });
    if (plain && out.size() + phrase.size() <= kMaxLine) {
        out += phrase.toLatin1();
    } else {
        out += encodedWords(phrase, kMaxLine - int(out.size())).join("\r\n ");
    }
    const qsizetype lastLine = out.size() - (out.lastIndexOf('\n') + 1);
    const QByteArray angle = '<' + address + '>';
    out += (lastLine + 1 + angle.size() > kMaxLine ? QByteArrayLiteral("\r\n ") : QByteArrayLiteral(" ")) +
           angle;
    return out;
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));

    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (l > 0)
            out += "\r\n";
        const QByteArray bytes = lines[l].toUtf8();
        const auto tokenAt = [&bytes](qsizetype i, bool atLineStart) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c == ' ' || c == '\t')
                return i == bytes.size() - 1 ? hexEscape(c) : QByteArray(1, char(c));
            if (atLineStart && (c == '.' || bytes.mid(i).startsWith("From ")))
                return hexEscape(c);
            if (c >= 33 && c <= 126 && c != '=')
                return QByteArray(1, char(c));
            return hexEscape(c);
        };
        qsizetype lineLength = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray token = tokenAt(i, lineLength == 0);
            // A soft break ("=" at the end) needs one column of its own; the last token of the
            // line may use the full width.
            const int limit = i == bytes.size() - 1 ? kMaxQpLine : kMaxQpLine - 1;
            if (lineLength > 0 && lineLength + token.size() > limit) {
                out += "=\r\n";
                lineLength = 0;
                token = tokenAt(i, true);
            }
            out += token;
            lineLength += token.size();
        }
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime& time)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    const auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + two(date.day()) + ' ' + months[date.month() - 1] +
           ' ' + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + two(clock.hour()) + ':' +
           two(clock.minute()) + ':' + two(clock.second()) + " +0000";
}

} // namespace casedesk::mime
