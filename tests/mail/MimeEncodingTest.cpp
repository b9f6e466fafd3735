// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "mail/MimeEncoding.h"
#include "MimeDecoding.h"
#include "mail/MailMessage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

// Every line of a header or body: ASCII, at most `limit` characters, CRLF only.
void expectWireForm(const QByteArray& bytes, int limit)
{
    EXPECT_FALSE(bytes.contains("\n\n")) << bytes.toStdString();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        ASSERT_LT(c, 0x7F) << "8-bit byte in " << bytes.toStdString();
        if (c == '\n') {
            ASSERT_TRUE(i > 0 && bytes[i - 1] == '\r') << "bare LF in " << bytes.toStdString();
        }
    }
    const QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        EXPECT_LE(line.size(), limit) << line.toStdString();
    }
}

QString headerValue(const QByteArray& header)
{
    const ParsedMessage parsed = parseMessage(header + "\r\n\r\n");
    EXPECT_TRUE(parsed.errors.isEmpty()) << str(parsed.errors.join(QLatin1Char('\n')));
    return parsed.rawHeaders.isEmpty() ? QString() : decodeHeaderValue(parsed.rawHeaders.first().second);
}

} // namespace

TEST(Rfc2047, SwedishSubjectBecomesEncodedWordsAndDecodesBack)
{
    const QString subject = QStringLiteral("Vi har tagit emot ditt ärende CD-2026-000001");
    const QByteArray header = mime::unstructuredHeader("Subject", subject);
    EXPECT_TRUE(header.startsWith("Subject: =?UTF-8?Q?")) << header.toStdString();
    EXPECT_TRUE(header.contains("=C3=A4rende")) << header.toStdString();
    expectWireForm(header, 78);
    EXPECT_EQ(str(headerValue(header)), str(subject));
}

TEST(Rfc2047, LongSubjectsAreFoldedIntoWordsOfAtMost75WithoutSplittingCharacters)
{
    const QString subject =
        QStringLiteral("Nytt ärende CD-2026-000123 i Ansökan om parkeringstillstånd för rörelsehindrade "
                       "– förare och passagerare, Östra Göinge och Åre 🚗 ÅÄÖ åäö é ü");
    const QByteArray header = mime::unstructuredHeader("Subject", subject);
    expectWireForm(header, 78);
    const QList<QByteArray> lines = header.split('\n');
    EXPECT_GT(lines.size(), 2);
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?Q\\?[^?]*\\?="));
    for (const QByteArray& line : lines) {
        const QString text = QString::fromLatin1(line).trimmed();
        const auto match = word.match(text);
        ASSERT_TRUE(match.hasMatch()) << line.toStdString();
        EXPECT_LE(match.capturedLength(), 75);
        // Each word on its own is complete UTF-8 (RFC 2047 5: no character split across words).
        EXPECT_FALSE(decodeHeaderValue(match.captured().toLatin1()).contains(QChar(0xFFFD)))
            << line.toStdString();
    }
    EXPECT_EQ(str(headerValue(header)), str(subject));
}

TEST(Rfc2047, PlainAsciiStaysReadableAndIsFoldedAtSpaces)
{
    const QString subject =
        QStringLiteral("New case CD-2026-000001 in Parking permit for people with disabilities, "
                       "drivers and passengers alike, all year");
    const QByteArray header = mime::unstructuredHeader("Subject", subject);
    EXPECT_FALSE(header.contains("=?")) << header.toStdString();
    EXPECT_TRUE(header.contains("\r\n ")) << header.toStdString();
    expectWireForm(header, 78);
    EXPECT_EQ(str(headerValue(header)), str(subject));
    // Text that looks like an encoded-word is encoded, so that it reads back as itself.
    const QString tricky = QStringLiteral("Ärende =?UTF-8?Q?x?= plain");
    EXPECT_EQ(str(headerValue(mime::unstructuredHeader("Subject", tricky))), str(tricky));
    const QString asciiTricky = QStringLiteral("about =?UTF-8?Q?x?=");
    EXPECT_EQ(str(headerValue(mime::unstructuredHeader("Subject", asciiTricky))), str(asciiTricky));
}

TEST(Rfc2047, LineBreaksCannotStartAHeaderOfTheirOwn)
{
    const QByteArray header =
        mime::unstructuredHeader("Subject", QStringLiteral("Hej\r\nBcc: all@example.se\nX"));
    const ParsedMessage parsed = parseMessage(header + "\r\n\r\n");
    EXPECT_EQ(parsed.rawHeaders.size(), 1);
    EXPECT_EQ(parsed.count("Bcc"), 0);
    EXPECT_EQ(str(parsed.header("Subject")), "Hej Bcc: all@example.se X");
}

TEST(Rfc2047, DisplayNamesAreEncodedAsPhrases)
{
    EXPECT_EQ(mime::mailboxHeader("From", QStringLiteral("Sundsvalls kommun"), "noreply@sundsvall.se")
                  .toStdString(),
              "From: Sundsvalls kommun <noreply@sundsvall.se>");
    EXPECT_EQ(mime::mailboxHeader("From", QString(), "noreply@sundsvall.se").toStdString(),
              "From: noreply@sundsvall.se");
    const QByteArray header = mime::mailboxHeader("From", QStringLiteral("Östersunds kommun, \"e-tjänster\""),
                                                  "noreply@ostersund.se");
    expectWireForm(header, 78);
    EXPECT_FALSE(header.contains('"')) << header.toStdString();
    EXPECT_TRUE(header.endsWith(" <noreply@ostersund.se>")) << header.toStdString();
    EXPECT_EQ(str(headerValue(header)), "Östersunds kommun, \"e-tjänster\" <noreply@ostersund.se>");
}

TEST(QuotedPrintable, SwedishBodyRoundTripsWithShortAsciiLines)
{
    const QString body = QStringLiteral(
        "Hej!\n\nVi har tagit emot ditt ärende CD-2026-000001 (Parkeringstillstånd för rörelsehindrade).\n\n"
        "Du kan följa ditt ärende och läsa meddelanden från oss när du loggar in på Min sida. Åäö ÅÄÖ é = "
        "100 %\n");
    const QByteArray encoded = mime::quotedPrintable(body);
    expectWireForm(encoded, 76);
    EXPECT_TRUE(encoded.contains("=C3=A4rende")) << encoded.toStdString();
    EXPECT_TRUE(encoded.contains("=3D")) << "'=' must be encoded";
    EXPECT_TRUE(encoded.contains("=\r\n")) << "long lines need soft breaks";
    QByteArray decoded = decodeQuotedPrintable(encoded);
    decoded.replace("\r\n", "\n");
    EXPECT_EQ(QString::fromUtf8(decoded).toStdString(), body.toStdString());
}

TEST(QuotedPrintable, EdgesOfLines)
{
    // Trailing white space would be lost in transit; a leading dot or "From " gets mangled.
    const QString body = QStringLiteral("trailing space \nand tab\t\n.dot\n..\nFrom here\n") +
                         QString(200, QLatin1Char('x')) + QStringLiteral("\r\nCRLF and lone CR\rend");
    const QByteArray encoded = mime::quotedPrintable(body);
    expectWireForm(encoded, 76);
    EXPECT_TRUE(encoded.contains("space=20\r\n")) << encoded.toStdString();
    EXPECT_TRUE(encoded.contains("tab=09\r\n")) << encoded.toStdString();
    EXPECT_TRUE(encoded.contains("\r\n=2Edot\r\n")) << encoded.toStdString();
    EXPECT_TRUE(encoded.contains("\r\n=46rom here")) << encoded.toStdString();
    const QList<QByteArray> lines = encoded.split('\n');
    for (const QByteArray& line : lines)
        EXPECT_FALSE(line.startsWith('.')) << line.toStdString();
    QByteArray decoded = decodeQuotedPrintable(encoded);
    decoded.replace("\r\n", "\n");
    QString expected = body;
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    EXPECT_EQ(QString::fromUtf8(decoded).toStdString(), expected.toStdString());
}

TEST(Rfc5322Date, EnglishNamesInUtcWhateverTheLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    const QDateTime utc(QDate(2026, 3, 3), QTime(9, 5, 7), QTimeZone::utc());
    EXPECT_EQ(mime::rfc5322Date(utc).toStdString(), "Tue, 03 Mar 2026 09:05:07 +0000");
    const QDateTime stockholm(QDate(2026, 12, 24), QTime(0, 30), QTimeZone("Europe/Stockholm"));
    EXPECT_EQ(mime::rfc5322Date(stockholm).toStdString(), "Wed, 23 Dec 2026 23:30:00 +0000");
    const QDateTime sunday(QDate(2026, 5, 31), QTime(23, 59, 59), QTimeZone::utc());
    EXPECT_EQ(mime::rfc5322Date(sunday).toStdString(), "Sun, 31 May 2026 23:59:59 +0000");
    QLocale::setDefault(previous);
}

TEST(MailMessageBuild, HeadersAndBody)
{
    MailMessageParts parts;
    parts.fromAddress = QStringLiteral("noreply@sundsvall.se");
    parts.fromName = QStringLiteral("Sundsvalls kommun");
    parts.to = QStringLiteral("anna@exämple.se");
    parts.subject = QStringLiteral("Vi har tagit emot ditt ärende CD-2026-000001");
    parts.body = QStringLiteral("Hej!\n\nÄrende CD-2026-000001.\n");
    parts.messageId = MailMessage::newMessageId(parts.fromAddress);
    parts.date = QDateTime(QDate(2026, 3, 3), QTime(9, 5), QTimeZone::utc());
    auto message = MailMessage::build(parts);
    ASSERT_TRUE(message.ok()) << str(message.error().describe());
    EXPECT_TRUE(message->endsWith("\r\n"));
    const ParsedMessage parsed = parseMessage(*message);
    EXPECT_TRUE(parsed.errors.isEmpty()) << str(parsed.errors.join(QLatin1Char('\n')));
    for (const char* name : {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                             "Content-Transfer-Encoding", "Auto-Submitted"})
        EXPECT_EQ(parsed.count(name), 1) << name;
    EXPECT_EQ(parsed.raw("Date").toStdString(), "Tue, 03 Mar 2026 09:05:00 +0000");
    EXPECT_EQ(parsed.raw("From").toStdString(), "Sundsvalls kommun <noreply@sundsvall.se>");
    EXPECT_EQ(parsed.raw("To").toStdString(), "anna@xn--exmple-cua.se");
    EXPECT_EQ(str(parsed.header("Subject")), str(parts.subject));
    EXPECT_EQ(parsed.raw("Message-ID"), parts.messageId);
    EXPECT_EQ(parsed.raw("MIME-Version").toStdString(), "1.0");
    EXPECT_EQ(parsed.raw("Content-Type").toStdString(), "text/plain; charset=UTF-8");
    EXPECT_EQ(parsed.raw("Content-Transfer-Encoding").toStdString(), "quoted-printable");
    EXPECT_EQ(str(parsed.body), str(parts.body));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                                          "@sundsvall\\.se>$"))
            .match(QString::fromLatin1(parts.messageId))
            .hasMatch())
        << parts.messageId.toStdString();
}

TEST(MailMessageBuild, RefusesAddressesThatCannotGoOnTheWire)
{
    MailMessageParts parts;
    parts.fromAddress = QStringLiteral("noreply@sundsvall.se");
    parts.subject = QStringLiteral("x");
    parts.messageId = MailMessage::newMessageId(parts.fromAddress);
    for (const QString& bad : {QStringLiteral("åsa@example.se"), QStringLiteral("a b@example.se"),
                               QStringLiteral("a@example.se>\r\nBcc: x@y.se"), QStringLiteral("no-at-sign"),
                               QStringLiteral("a@b@example.se"), QString()}) {
        parts.to = bad;
        auto message = MailMessage::build(parts);
        ASSERT_FALSE(message.ok()) << str(bad);
        EXPECT_EQ(message.error().field.toStdString(), "recipient");
    }
    parts.to = QStringLiteral("ok@example.se");
    parts.fromAddress = QStringLiteral("not an address");
    auto message = MailMessage::build(parts);
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.error().field.toStdString(), "smtp.from");
}
