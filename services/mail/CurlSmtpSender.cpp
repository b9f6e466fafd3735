// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CurlSmtpSender.h"

#include <QFile>
#include <QHostAddress>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>

namespace casedesk {

namespace {

constexpr qsizetype kMaxReplyText = 300;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the dialogue has reached: the last command's stage and the server's last reply. Filled
// from libcurl's trace of the protocol lines; the outgoing lines are only looked at for their
// command word (they include AUTH's credentials) and never kept.
struct Trace
{
    SmtpStage stage = SmtpStage::Connect;
    int lastCode = 0;
    QByteArray lastReply;
    // The first refusal (4xx/5xx) and where it came: what the transfer failed on. Replies after
    // it (to QUIT, say) do not overwrite it.
    int refusalCode = 0;
    QByteArray refusalReply;
    SmtpStage refusalStage = SmtpStage::Connect;
};

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readBody(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype wanted = qsizetype(size * count);
    const qsizetype n = std::min(wanted, upload->data->size() - upload->offset);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

bool startsWithCommand(const QByteArray& line, const char* command)
{
    const QByteArray word(command);
    if (!line.startsWith(word))
        return false;
    return line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\r';
}

int traceProtocol(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* trace = static_cast<Trace*>(user);
    if (type == CURLINFO_HEADER_OUT) {
        const QByteArray line = QByteArray(data, qsizetype(std::min<size_t>(size, 12))).toUpper();
        if (startsWithCommand(line, "EHLO") || startsWithCommand(line, "HELO") ||
            startsWithCommand(line, "STARTTLS"))
            trace->stage = SmtpStage::Connect;
        else if (startsWithCommand(line, "AUTH"))
            trace->stage = SmtpStage::Auth;
        else if (startsWithCommand(line, "MAIL"))
            trace->stage = SmtpStage::MailFrom;
        else if (startsWithCommand(line, "RCPT"))
            trace->stage = SmtpStage::RcptTo;
        else if (startsWithCommand(line, "DATA"))
            trace->stage = SmtpStage::Data;
    } else if (type == CURLINFO_HEADER_IN) {
        const QList<QByteArray> lines = QByteArray(data, qsizetype(size)).split('\n');
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1])) ||
                !std::isdigit(uchar(line[2])))
                continue;
            trace->lastCode = line.left(3).toInt();
            trace->lastReply = line.mid(4).trimmed();
            if (trace->lastCode >= 400 && trace->refusalCode == 0) {
                trace->refusalCode = trace->lastCode;
                trace->refusalReply = trace->lastReply;
                trace->refusalStage = trace->stage;
            }
        }
    }
    return 0;
}

// The server's words for last_error: printable, short, and without the recipient's address
// (servers like to echo it; last_error is shown to administrators, the address is personal).
QString replyText(const QByteArray& reply, const QByteArray& recipient)
{
    QByteArray text = reply.left(kMaxReplyText);
    for (char& c : text) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7E)
            c = ' ';
    }
    QString result = QString::fromLatin1(text);
    if (!recipient.isEmpty())
        result.replace(QString::fromLatin1(recipient), QStringLiteral("(recipient)"), Qt::CaseInsensitive);
    return result;
}

} // namespace

struct CurlSmtpSender::Private
{
    SmtpSettings settings;
    QByteArray password;
    CURL* curl = nullptr;
    Trace trace;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    void configure();
};

CurlSmtpSender::CurlSmtpSender(SmtpSettings settings, QByteArray password)
    : d(std::make_unique<Private>())
{
    initCurlOnce();
    d->settings = std::move(settings);
    d->password = std::move(password);
    d->curl = curl_easy_init();
    if (d->curl)
        d->configure();
}

CurlSmtpSender::~CurlSmtpSender()
{
    if (d->curl)
        curl_easy_cleanup(d->curl); // sends QUIT on an open connection
    d->password.fill('\0');
}

QString CurlSmtpSender::serverUrl() const
{
    QString host = d->settings.host;
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    else
        host = QString::fromLatin1(QUrl::toAce(host));
    const QString scheme =
        d->settings.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') +
           QString::number(d->settings.effectivePort());
}

void CurlSmtpSender::Private::configure()
{
    const auto set = [this](CURLoption option, auto value) { curl_easy_setopt(curl, option, value); };
    const long timeout = settings.timeoutSeconds;
    set(CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_CONNECTTIMEOUT, timeout);
    set(CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    // A stuck transfer ends too, well before the claim on the mail runs out (see MailDelivery).
    set(CURLOPT_TIMEOUT, 2 * timeout);
    set(CURLOPT_USE_SSL,
        settings.security == SmtpSecurity::StartTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    set(CURLOPT_SSL_VERIFYPEER, 1L);
    set(CURLOPT_SSL_VERIFYHOST, 2L);
    set(CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!settings.caFile.isEmpty())
        set(CURLOPT_CAINFO, QFile::encodeName(settings.caFile).constData());
    if (!settings.user.isEmpty()) {
        set(CURLOPT_USERNAME, settings.user.toUtf8().constData());
        set(CURLOPT_PASSWORD, password.constData());
    }
    set(CURLOPT_UPLOAD, 1L);
    set(CURLOPT_READFUNCTION, &readBody);
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    // The trace goes to traceProtocol only, never to stderr.
    set(CURLOPT_DEBUGFUNCTION, &traceProtocol);
    set(CURLOPT_DEBUGDATA, &trace);
    set(CURLOPT_VERBOSE, 1L);
}

SmtpSendResult CurlSmtpSender::send(const QByteArray& from, const QByteArray& to, const QByteArray& message)
{
    SmtpSendResult result;
    if (!d->curl) {
        result.outcome = SmtpSendResult::Outcome::Temporary;
        result.serverWide = true;
        result.error = QStringLiteral("libcurl could not be initialised");
        return result;
    }
    curl_easy_setopt(d->curl, CURLOPT_URL, serverUrl().toLatin1().constData());
    const QByteArray mailFrom = '<' + from + '>';
    curl_easy_setopt(d->curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    const QByteArray rcptTo = '<' + to + '>';
    curl_slist* recipients = curl_slist_append(nullptr, rcptTo.constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, recipients);
    Upload upload{&message, 0};
    curl_easy_setopt(d->curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    d->trace = Trace();
    d->errorBuffer[0] = '\0';

    const CURLcode code = curl_easy_perform(d->curl);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, static_cast<curl_slist*>(nullptr));
    curl_slist_free_all(recipients);

    const Trace& trace = d->trace;
    if (code == CURLE_OK) {
        result.smtpCode = trace.lastCode;
        result.stage = SmtpStage::Data;
        return result;
    }
    const QString text = replyText(trace.refusalReply, to);
    if (code == CURLE_LOGIN_DENIED) {
        result = classifySmtpReply(SmtpStage::Auth, trace.refusalCode, text);
        result.error =
            QStringLiteral("the SMTP server refused the login (check smtp.user and the password): ") +
            result.error;
        return result;
    }
    if (trace.refusalCode > 0)
        return classifySmtpReply(trace.refusalStage, trace.refusalCode, text);

    // No refusal from the server: no connection, TLS, a timeout or a dropped connection. It
    // is not this mail's fault, and if it happened after the message went out, the server may
    // have it already; retrying is the lesser evil.
    result.outcome = SmtpSendResult::Outcome::Temporary;
    result.serverWide = true;
    result.stage = trace.stage;
    result.smtpCode = trace.lastCode;
    const QString detail = d->errorBuffer[0] ? QString::fromLocal8Bit(d->errorBuffer)
                                             : QString::fromLatin1(curl_easy_strerror(code));
    result.error = QStringLiteral("%1 (%2): %3")
                       .arg(serverUrl(), QString::fromLatin1(smtpStageName(trace.stage)), detail);
    if (code == CURLE_USE_SSL_FAILED && !detail.contains(QLatin1String("STARTTLS")))
        result.error += QStringLiteral(" (the server does not offer STARTTLS)");
    return result;
}

} // namespace casedesk
