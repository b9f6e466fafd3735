// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// casedeskctl message, note, decide, supplement-request, template and outcome: the caseworker's
// side of the conversation with the applicant, for scripting, and the administrators' lists.
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "messaging/AttachmentCheck.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "messaging/SupplementService.h"
#include "messaging/TemplateService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::ctl {

namespace {

Result<QList<OutgoingFile>> loadFiles(const QStringList& paths)
{
    QList<OutgoingFile> files;
    for (const QString& path : paths) {
        auto file = loadAttachmentFile(path);
        if (!file.ok())
            return file.error();
        files << *file;
    }
    return files;
}

std::optional<int> parseVersion(CtlContext& context, const QCommandLineParser& parser,
                                const QCommandLineOption& option, std::optional<int>& version)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    version = parser.value(option).toInt(&ok);
    if (!ok)
        return context.usage(QStringLiteral("--expect-version needs a number"));
    return std::nullopt;
}

const QCommandLineOption TextOption(QStringLiteral("text"), QStringLiteral("The text."), QStringLiteral("T"));
const QCommandLineOption AttachOption(QStringLiteral("attach"), QStringLiteral("Attach a file (repeatable)."),
                                      QStringLiteral("FILE"));
const QCommandLineOption ExpectOption(QStringLiteral("expect-version"),
                                      QStringLiteral("Refuse (exit 4) if the case changed since version N."),
                                      QStringLiteral("N"));
const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

} // namespace

int runMessage(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sends a message to the applicant as the current user. The applicant is told by e-mail (reference "
        "and e-service only) to read it on Min sida."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addOptions({TextOption, AttachOption, ExpectOption});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("message REF --text T [--attach FILE]... [--expect-version N]"),
            1, 1))
        return *stop;
    if (!parser.isSet(TextOption))
        return context.usage(QStringLiteral("message needs --text"));
    std::optional<int> version;
    if (auto stop = parseVersion(context, parser, ExpectOption, version))
        return *stop;
    auto files = loadFiles(parser.values(AttachOption));
    if (!files.ok())
        return context.fail(files.error());
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto sent = MessageService(**db).send(parser.positionalArguments().at(1), parser.value(TextOption),
                                          *files, version);
    if (!sent.ok())
        return context.fail(sent.error());
    context.out() << "Message " << sent->id << " sent with " << sent->attachments.size() << " attachment(s)"
                  << Qt::endl;
    return ExitOk;
}

int runNote(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Adds an internal note to a case. The applicant never sees notes."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addOptions({TextOption});
    if (auto stop = parseCommandLine(context, parser, QStringLiteral("note REF --text T"), 1, 1))
        return *stop;
    if (!parser.isSet(TextOption))
        return context.usage(QStringLiteral("note needs --text"));
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto note = MessageService(**db).addNote(parser.positionalArguments().at(1), parser.value(TextOption));
    if (!note.ok())
        return context.fail(note.error());
    context.out() << "Note " << note->id << " added" << Qt::endl;
    return ExitOk;
}

int runDecide(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Records a decision: the outcome, the decision text and a decision document (a PDF given with "
        "--attach, or one rendered from the text). The case moves to 'decided' (a closed status, which "
        "starts its retention time) and the applicant is told by e-mail. A decision is never changed: "
        "--corrects ID records a correction linked to the case's latest decision."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("approved, partly_approved, rejected, dismissed or the "
                                                    "e-service's own (casedeskctl outcome list)."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption corrects(QStringLiteral("corrects"),
                                      QStringLiteral("The decision this corrects."), QStringLiteral("ID"));
    parser.addOptions({outcome, TextOption, AttachOption, corrects, ExpectOption, JsonOption});
    if (auto stop = parseCommandLine(
            context, parser,
            QStringLiteral(
                "decide REF --outcome OUTCOME --text T [--attach FILE.pdf] [--corrects ID] [--json]"),
            1, 1))
        return *stop;
    if (!parser.isSet(outcome) || !parser.isSet(TextOption))
        return context.usage(QStringLiteral("decide needs --outcome and --text"));
    if (parser.values(AttachOption).size() > 1)
        return context.usage(QStringLiteral("decide takes one --attach (the decision document)"));
    DecisionInput input;
    input.outcomeId = parser.value(outcome);
    input.text = parser.value(TextOption);
    if (auto stop = parseVersion(context, parser, ExpectOption, input.expectedVersion))
        return *stop;
    if (parser.isSet(AttachOption)) {
        auto file = loadAttachmentFile(parser.value(AttachOption));
        if (!file.ok())
            return context.fail(file.error());
        input.document = *file;
    }
    qint64 correctsId = 0;
    if (parser.isSet(corrects)) {
        bool ok = false;
        correctsId = parser.value(corrects).toLongLong(&ok);
        if (!ok || correctsId <= 0)
            return context.usage(QStringLiteral("--corrects needs a decision id"));
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const DecisionService decisions(**db);
    const QString reference = parser.positionalArguments().at(1);
    auto decision =
        correctsId ? decisions.correct(reference, correctsId, input) : decisions.record(reference, input);
    if (!decision.ok())
        return context.fail(decision.error());
    if (parser.isSet(JsonOption)) {
        const QJsonObject o{{QStringLiteral("id"), decision->id},
                            {QStringLiteral("outcome"), decision->outcomeId},
                            {QStringLiteral("document"), decision->documentFileName},
                            {QStringLiteral("documentAttachmentId"), decision->documentAttachmentId},
                            {QStringLiteral("corrects"), decision->correctsDecisionId}};
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << "Decision " << decision->id << " (" << decision->outcomeId << ") recorded with "
                      << decision->documentFileName << Qt::endl;
    }
    return ExitOk;
}

int runSupplementRequest(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Asks the applicant for a supplement (komplettering): what is missing and by when. The case moves "
        "to 'waiting_supplement' and the applicant is told by e-mail."));
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("The due date."),
                                 QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({TextOption, due, ExpectOption});
    if (auto stop = parseCommandLine(
            context, parser, QStringLiteral("supplement-request REF --text T --due YYYY-MM-DD"), 1, 1))
        return *stop;
    if (!parser.isSet(TextOption) || !parser.isSet(due))
        return context.usage(QStringLiteral("supplement-request needs --text and --due"));
    const QDate dueDate = QDate::fromString(parser.value(due), Qt::ISODate);
    if (!dueDate.isValid())
        return context.fail(makeError(ErrorCode::InvalidInput,
                                      QT_TRANSLATE_NOOP("casedesk::Errors", "not a date (YYYY-MM-DD)"),
                                      QStringLiteral("due")));
    std::optional<int> version;
    if (auto stop = parseVersion(context, parser, ExpectOption, version))
        return *stop;
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto request = SupplementService(**db).request(parser.positionalArguments().at(1),
                                                   parser.value(TextOption), dueDate, version);
    if (!request.ok())
        return context.fail(request.error());
    context.out() << "Supplement request " << request->id << " sent, due " << dueDate.toString(Qt::ISODate)
                  << Qt::endl;
    return ExitOk;
}

int runTemplate(CtlContext& context)
{
    static const QString usage =
        QStringLiteral("template list ESERVICE [--json]\n"
                       "       template set ESERVICE --message NAME --text T\n"
                       "       template set ESERVICE --mail KIND --language sv|en --subject S --text T\n"
                       "       template reset ESERVICE --message NAME | --mail KIND --language sv|en\n"
                       "       template announce-closed ESERVICE yes|no");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Message templates (for the compose box) and e-mail texts per e-service. Placeholders: {reference} "
        "{eservice} {caseworker} {due_date}; e-mails may not use {caseworker}. Mail kinds: confirmation, "
        "functional_mailbox, new_message, supplement_requested, decision_available, case_closed. "
        "announce-closed: whether closing a case mails the applicant. Changes need an administrator."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("list, set, reset or announce-closed."));
    const QCommandLineOption message(QStringLiteral("message"), QStringLiteral("A message template's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption mail(QStringLiteral("mail"), QStringLiteral("A mail kind."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("sv or en."),
                                      QStringLiteral("L"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("The mail's subject."),
                                     QStringLiteral("S"));
    parser.addOptions({message, mail, language, subject, TextOption, JsonOption});
    if (auto stop = parseCommandLine(context, parser, usage, 2, 3))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.at(0);
    const QString eservice = args.at(1);
    std::optional<MailKind> kind;
    if (parser.isSet(mail)) {
        kind = mailKindFromId(parser.value(mail));
        if (!kind)
            return context.fail(makeError(ErrorCode::InvalidInput,
                                          QT_TRANSLATE_NOOP("casedesk::Errors", "unknown mail kind"),
                                          QStringLiteral("mail")));
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const TemplateService templates(**db);

    if (action == QLatin1String("list") && args.size() == 2) {
        auto messages = templates.messageTemplates(eservice);
        if (!messages.ok())
            return context.fail(messages.error());
        auto mails = templates.mailTemplates(eservice);
        if (!mails.ok())
            return context.fail(mails.error());
        if (parser.isSet(JsonOption)) {
            QJsonArray m;
            for (const MessageTemplate& t : *messages)
                m << QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("body"), t.body}};
            QJsonArray e;
            for (const MailTemplate& t : *mails)
                e << QJsonObject{{QStringLiteral("kind"), mailKindId(t.kind)},
                                 {QStringLiteral("language"), t.language},
                                 {QStringLiteral("overridden"), t.overridden},
                                 {QStringLiteral("subject"), t.subject},
                                 {QStringLiteral("body"), t.body}};
            context.out() << QJsonDocument(QJsonObject{{QStringLiteral("messageTemplates"), m},
                                                       {QStringLiteral("mailTemplates"), e}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            return ExitOk;
        }
        context.out() << "Message templates:\n";
        for (const MessageTemplate& t : *messages)
            context.out() << "  " << t.name << "\n";
        context.out() << "Mail templates:\n";
        for (const MailTemplate& t : *mails)
            context.out() << "  " << mailKindId(t.kind) << " " << t.language
                          << (t.overridden ? " (own) " : " ") << t.subject << "\n";
        context.out().flush();
        return ExitOk;
    }
    if (action == QLatin1String("set") && args.size() == 2 && parser.isSet(message) != kind.has_value()) {
        if (!parser.isSet(TextOption))
            return context.usage(QStringLiteral("template set needs --text"));
        const VoidResult r =
            parser.isSet(message)
                ? templates.setMessageTemplate(eservice, parser.value(message), parser.value(TextOption))
                : templates.setMailTemplate(eservice, *kind, parser.value(language), parser.value(subject),
                                            parser.value(TextOption));
        if (!r.ok())
            return context.fail(r.error());
        context.out() << "Template saved" << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("reset") && args.size() == 2 && parser.isSet(message) != kind.has_value()) {
        const VoidResult r = parser.isSet(message)
                                 ? templates.removeMessageTemplate(eservice, parser.value(message))
                                 : templates.resetMailTemplate(eservice, *kind, parser.value(language));
        if (!r.ok())
            return context.fail(r.error());
        context.out() << "Template reset" << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("announce-closed") && args.size() == 3) {
        const QString value = args.at(2);
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return context.usage(QStringLiteral("announce-closed takes yes or no"));
        if (auto r = templates.setAnnouncesClosed(eservice, value == QLatin1String("yes")); !r.ok())
            return context.fail(r.error());
        context.out() << eservice << (value == QLatin1String("yes") ? " announces" : " does not announce")
                      << " closed cases by e-mail" << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("usage: casedeskctl ") + usage);
}

int runOutcome(CtlContext& context)
{
    static const QString usage = QStringLiteral("outcome list ESERVICE [--all] [--json]\n"
                                                "       outcome add ESERVICE ID --sv NAME --en NAME\n"
                                                "       outcome retire|restore ESERVICE ID");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The outcomes a decision can have, per e-service (built in: approved, partly_approved, rejected, "
        "dismissed). 'add' adds or renames one; 'retire' hides it from new decisions. Changes need an "
        "administrator."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, add, retire or restore."));
    const QCommandLineOption sv(QStringLiteral("sv"), QStringLiteral("Swedish name."),
                                QStringLiteral("NAME"));
    const QCommandLineOption en(QStringLiteral("en"), QStringLiteral("English name."),
                                QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Include retired outcomes."));
    parser.addOptions({sv, en, all, JsonOption});
    if (auto stop = parseCommandLine(context, parser, usage, 2, 3))
        return *stop;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.at(0);
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const TemplateService templates(**db);
    if (action == QLatin1String("list") && args.size() == 2) {
        auto outcomes = templates.outcomes(args.at(1), !parser.isSet(all));
        if (!outcomes.ok())
            return context.fail(outcomes.error());
        QJsonArray list;
        for (const DecisionOutcome& o : *outcomes) {
            if (parser.isSet(JsonOption))
                list << QJsonObject{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("sv"), o.nameSv},
                                    {QStringLiteral("en"), o.nameEn},
                                    {QStringLiteral("active"), o.active}};
            else
                context.out() << o.id << "\t" << o.nameSv << "\t" << o.nameEn
                              << (o.active ? "" : "\t(retired)") << "\n";
        }
        if (parser.isSet(JsonOption))
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        context.out().flush();
        return ExitOk;
    }
    if (action == QLatin1String("add") && args.size() == 3) {
        if (!parser.isSet(sv) || !parser.isSet(en))
            return context.usage(QStringLiteral("outcome add needs --sv and --en"));
        if (auto r = templates.setOutcome(args.at(1), args.at(2), parser.value(sv), parser.value(en));
            !r.ok())
            return context.fail(r.error());
        context.out() << "Outcome " << args.at(2) << " saved" << Qt::endl;
        return ExitOk;
    }
    if ((action == QLatin1String("retire") || action == QLatin1String("restore")) && args.size() == 3) {
        if (auto r = templates.setOutcomeActive(args.at(1), args.at(2), action == QLatin1String("restore"));
            !r.ok())
            return context.fail(r.error());
        context.out() << "Outcome " << args.at(2)
                      << (action == QLatin1String("restore") ? " restored" : " retired") << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("usage: casedeskctl ") + usage);
}

} // namespace casedesk::ctl
