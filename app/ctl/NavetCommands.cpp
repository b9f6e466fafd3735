#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"
#include "NavetOutput.h"

#include "intake/PersonalNumber.h"
#include "navet/NavetClient.h"
#include "navet/NavetLookupSetup.h"

#include <QEventLoop>
#include <QJsonDocument>

#include <optional>

namespace casedesk::ctl {

namespace {

const QString kNavetUsage = QStringLiteral("navet lookup PERSONAL_NUMBER [--json]");

// The command line may wait: it runs its own event loop until the client's callback has come.
Result<NavetPerson> lookupAndWait(const NavetEndpoint& endpoint, const QString& personalNumber)
{
    NavetClient client(endpoint);
    QEventLoop loop;
    std::optional<Result<NavetPerson>> answer;
    client.lookup(personalNumber, &loop, [&](Result<NavetPerson> result) {
        answer = std::move(result);
        loop.quit();
    });
    loop.exec();
    return std::move(*answer);
}

int runLookup(CtlContext& context, const QString& personalNumber, bool json)
{
    // A mistyped number is said at once, before the certificate is opened.
    if (auto normalized = PersonalNumber::normalize(personalNumber); !normalized.ok())
        return context.fail(withField(normalized.error(), QStringLiteral("personalNumber")));
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto endpoint = prepareNavetLookup(**db);
    if (!endpoint.ok())
        return context.fail(endpoint.error());
    auto person = lookupAndWait(*endpoint, personalNumber);
    if (!person.ok())
        return context.fail(person.error());
    if (json)
        context.out() << QString::fromUtf8(
            QJsonDocument(navetPersonToJson(*person)).toJson(QJsonDocument::Indented));
    else
        printNavetPerson(context.out(), *person);
    context.out().flush();
    return ExitOk;
}

} // namespace

int runNavet(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks a person up in Navet, the population register (the Tax Agency's ePersondata, personpostXML), "
        "directly, with the settings navet.* (see 'casedeskctl settings --help') and the organisation's "
        "certificate, whose password comes from the file named by CASEDESK_NAVET_PASSWORD_FILE (mode 0600) "
        "or "
        "from CASEDESK_NAVET_PASSWORD. Prints name, registered address, special postal address, protection "
        "(Sekretessmarkering, Skyddad folkbokföring), deregistration and relations; --json prints the object "
        "described in docs/navet.md. Administrators and the background service only. Nothing is stored."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("lookup"));
    parser.addPositionalArgument(
        QStringLiteral("PERSONAL_NUMBER"),
        QStringLiteral("In any usual written form (19850923-4566, 8509234566, ...)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (auto stop = parseCommandLine(context, parser, kNavetUsage, 2, 2))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.first() != QLatin1String("lookup"))
        return context.usage(QStringLiteral("usage: casedeskctl ") + kNavetUsage);
    return runLookup(context, args.at(1), parser.isSet(json));
}

} // namespace casedesk::ctl
