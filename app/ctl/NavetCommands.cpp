// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"
#include "NavetOutput.h"

#include "intake/PersonalNumber.h"
#include "navet/NavetClient.h"
#include "navet/NavetLookupSetup.h"
#include "navet/NavetRefresh.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace casedesk::ctl {

namespace {

const QString kNavetUsage = QStringLiteral(
    "navet lookup PERSONAL_NUMBER [--json] | navet refresh REF [--person PERSONAL_NUMBER] [--json]");

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

Result<QList<NavetRefreshedPerson>> refreshAndWait(const Database& db, const NavetEndpoint& endpoint,
                                                   const QString& reference, const QString& onlyPerson)
{
    NavetRefresh refresh(db, endpoint);
    QEventLoop loop;
    std::optional<Result<QList<NavetRefreshedPerson>>> answer;
    refresh.start(
        reference,
        [&](Result<QList<NavetRefreshedPerson>> result) {
            answer = std::move(result);
            loop.quit();
        },
        onlyPerson);
    loop.exec();
    return std::move(*answer);
}

QJsonObject refreshedToJson(const NavetRefreshedPerson& person)
{
    QJsonObject object{{QStringLiteral("role"), person.role},
                       {QStringLiteral("personalNumber"), person.personalNumber},
                       {QStringLiteral("protectedNow"), person.protectedNow}};
    object.insert(QStringLiteral("person"), person.answer ? QJsonValue(navetPersonToJson(*person.answer))
                                                          : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("error"),
                  person.error ? QJsonValue(person.error->message()) : QJsonValue(QJsonValue::Null));
    return object;
}

int runRefresh(CtlContext& context, const QString& reference, const QString& person, bool json)
{
    QString onlyPerson;
    if (!person.isEmpty()) {
        auto normalized = PersonalNumber::normalize(person);
        if (!normalized.ok())
            return context.fail(withField(normalized.error(), QStringLiteral("--person")));
        onlyPerson = *normalized;
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto endpoint = prepareNavetLookup(**db);
    if (!endpoint.ok())
        return context.fail(endpoint.error());
    auto people = refreshAndWait(**db, *endpoint, reference, onlyPerson);
    if (!people.ok())
        return context.fail(people.error());
    int status = ExitOk;
    QJsonArray array;
    for (const NavetRefreshedPerson& person : std::as_const(*people)) {
        if (person.error)
            status = mostSerious(status, exitCodeFor(*person.error));
        if (json) {
            array.append(refreshedToJson(person));
            continue;
        }
        if (person.error) {
            context.err() << "casedeskctl: " << person.role << ' ' << person.personalNumber << ": "
                          << person.error->message() << '\n';
            continue;
        }
        context.out() << person.role << ' ' << person.personalNumber << ": "
                      << person.answer->name.fullName();
        if (person.answer->protectedIdentity())
            context.out() << " (protected identity"
                          << (person.protectedNow ? ": the case is now a protected-identity case" : "")
                          << ')';
        if (person.answer->deceased())
            context.out() << " (deceased)";
        context.out() << '\n';
    }
    if (json)
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out().flush();
    context.err().flush();
    return status;
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
        "described in docs/navet.md; lookup stores nothing. 'refresh REF' looks up every person the case "
        "names (applicant, parties, signers) and stores each answer on the case; an answer with "
        "Sekretessmarkering or Skyddad folkbokföring makes the case a protected-identity case at once, "
        "audited; --person looks up only that one of them. --json prints one object per person (role, "
        "personalNumber, person, protectedNow, error). "
        "Administrators and the background service only."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("lookup or refresh"));
    parser.addPositionalArgument(
        QStringLiteral("PERSONAL_NUMBER|REF"),
        QStringLiteral(
            "lookup: a personal number in any usual written form (19850923-4566, 8509234566, ...); "
            "refresh: a case reference."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    const QCommandLineOption person(QStringLiteral("person"),
                                    QStringLiteral("refresh: look up only this person of the case."),
                                    QStringLiteral("PERSONAL_NUMBER"));
    parser.addOption(person);
    if (auto stop = parseCommandLine(context, parser, kNavetUsage, 2, 2))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.first() == QLatin1String("lookup"))
        return runLookup(context, args.at(1), parser.isSet(json));
    if (args.first() == QLatin1String("refresh"))
        return runRefresh(context, args.at(1), parser.value(person), parser.isSet(json));
    return context.usage(QStringLiteral("usage: casedeskctl ") + kNavetUsage);
}

} // namespace casedesk::ctl
