// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DatabaseUrl.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace casedesk {

namespace {

Error urlError(ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), QStringLiteral("--db"));
}

const QStringList& allowedPostgresOptions()
{
    // libpq options that make sense in a URL; anything else is a typo we should report.
    static const QStringList options{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    return options;
}

} // namespace

bool DatabaseUrl::isLocalHost(const QString& host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return true; // a Unix socket
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback(); // 127.0.0.0/8, ::1
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//"))) // sqlite:///abs/path or sqlite://C:/path
            path = QUrl::fromPercentEncoding(path.mid(2).toUtf8());
        if (path.isEmpty())
            return urlError(QT_TRANSLATE_NOOP("casedesk::Errors",
                                              "sqlite: needs a file path, e.g. sqlite:/home/me/casedesk.db"));
        DatabaseUrl url;
        url.dialect = Dialect::Sqlite;
        url.sqlitePath = path == QLatin1String(":memory:")
                             ? path
                             : QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    const QUrl qurl(trimmed, QUrl::StrictMode);
    const QString scheme = qurl.scheme();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return urlError(QT_TRANSLATE_NOOP(
            "casedesk::Errors", "expected sqlite:/path/to/file.db or postgresql://user@host:port/dbname"));
    if (!qurl.isValid())
        return urlError({QT_TRANSLATE_NOOP("casedesk::Errors", "not a valid URL: %1"), {qurl.errorString()}});

    DatabaseUrl url;
    url.dialect = Dialect::Postgres;
    url.host = qurl.host().isEmpty() ? QStringLiteral("localhost") : qurl.host();
    url.port = qurl.port(5432);
    url.user = qurl.userName();
    url.password = qurl.password();
    url.databaseName = qurl.path().mid(1);
    if (url.databaseName.isEmpty() || url.databaseName.contains(QLatin1Char('/')))
        return urlError(QT_TRANSLATE_NOOP(
            "casedesk::Errors", "the URL must name one database, e.g. postgresql://user@host/casedesk"));

    QStringList options;
    bool sslModeGiven = false;
    const auto items = QUrlQuery(qurl).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == QLatin1String("host")) {
            url.host = value; // a Unix socket directory
            continue;
        }
        if (!allowedPostgresOptions().contains(key))
            return urlError({QT_TRANSLATE_NOOP("casedesk::Errors", "unknown connection option '%1'"), {key}});
        if (value.contains(QLatin1Char(';')))
            return urlError(
                {QT_TRANSLATE_NOOP("casedesk::Errors", "connection option '%1' contains ';'"), {key}});
        sslModeGiven = sslModeGiven || key == QLatin1String("sslmode");
        options.append(key + QLatin1Char('=') + value);
    }
    // Over a network, TLS with the server's certificate and name checked, unless the URL says
    // otherwise: passwords and personal data never cross the wire in clear text by default.
    if (!sslModeGiven && !isLocalHost(url.host))
        options.prepend(QStringLiteral("sslmode=verify-full"));
    url.connectOptions = options.join(QLatin1Char(';'));
    return url;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("CASEDESK_DB");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return embeddedDefault();
}

DatabaseUrl DatabaseUrl::embeddedDefault()
{
    DatabaseUrl url;
    url.dialect = Dialect::Sqlite;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.casedesk");
    url.sqlitePath = dir + QStringLiteral("/casedesk.db");
    return url;
}

QString DatabaseUrl::displayString() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return text;
}

} // namespace casedesk
