// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// casedeskctl portal ...: the citizen portal's side of the portal contract
// (docs/portal-contract.md), for tests, demos and scripts standing in for Min sida.
#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

#include "messaging/AttachmentCheck.h"
#include "messaging/PortalService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::ctl {

namespace {

const QString Usage =
    QStringLiteral("portal --as PERSONAL_NUMBER cases [--json]\n"
                   "       portal --as PERSONAL_NUMBER messages REF [--json]\n"
                   "       portal --as PERSONAL_NUMBER reply REF --text T [--attach FILE]...\n"
                   "       portal --as PERSONAL_NUMBER read REF\n"
                   "       portal --as PERSONAL_NUMBER supplement REF [--text T] [--attach FILE]...\n"
                   "       portal --as PERSONAL_NUMBER decision REF [--json]\n"
                   "       portal --as PERSONAL_NUMBER document REF ATTACHMENT_ID --output FILE");

void printCases(QTextStream& out, const QList<PortalCaseSummary>& cases)
{
    for (const PortalCaseSummary& c : cases)
        out << c.reference << "  " << c.eserviceName << "  " << c.statusName << "  "
            << c.lastActivityAt.toString(Qt::ISODate) << "  " << c.unreadCount << " unread\n";
    out.flush();
}

void printMessages(QTextStream& out, const PortalView& view)
{
    out << view.reference << "  " << view.eserviceName << "  " << view.statusNameSv << "\n";
    if (view.openSupplement)
        out << "Supplement requested, due " << view.openSupplement->dueDate.toString(Qt::ISODate) << ": "
            << view.openSupplement->text << "\n";
    for (const PortalMessage& m : view.messages) {
        out << "\n[" << m.sentAt.toString(Qt::ISODate) << "] " << m.from << " (" << m.kind << ")"
            << (m.readAt.isValid() ? QStringLiteral(", read ") + m.readAt.toString(Qt::ISODate) : QString())
            << "\n"
            << m.body << "\n";
        for (const PortalDocument& d : m.attachments)
            out << "  attachment " << d.id << ": " << d.fileName << " (" << d.mimeType << ", " << d.size
                << " bytes)\n";
    }
    for (const PortalDecision& d : view.decisions)
        out << "\nDecision " << d.id << ": " << d.outcomeNameSv
            << (d.correctsDecisionId ? QStringLiteral(" (corrects %1)").arg(d.correctsDecisionId) : QString())
            << "\n";
    out.flush();
}

} // namespace

int runPortal(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stands in for the citizen portal (Min sida), acting for one citizen: --as names the personal "
        "number the portal verified by e-ID (YYYYMMDD-NNNN or another usual form). It sees and does only "
        "what that person may on cases where they are the applicant, a party or a signer; any other "
        "case is answered as missing. Never shows internal notes or caseworker-only data. On PostgreSQL "
        "connect as a login in the casedesk_portal role."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("cases, messages, reply, read, supplement, decision or document."));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("The citizen the portal acts for (required): their personal "
                                               "number, as verified by e-ID."),
                                QStringLiteral("PERSONAL_NUMBER"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("The text."), QStringLiteral("T"));
    const QCommandLineOption attach(QStringLiteral("attach"), QStringLiteral("Attach a file (repeatable)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Where to save the document."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({as, text, attach, output, json});
    if (auto stop = parseCommandLine(context, parser, Usage, 1, 3))
        return *stop;
    if (!parser.isSet(as) || parser.value(as).trimmed().isEmpty())
        return context.usage(QStringLiteral("portal commands act for one citizen: give --as PERSONAL_NUMBER, "
                                            "the identity the portal verified by e-ID"));
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.at(0);
    if (action != QLatin1String("cases") && args.size() < 2)
        return context.usage(QStringLiteral("usage: casedeskctl ") + Usage);
    const QString reference = args.value(1);
    auto identity = PortalService::normalizeIdentity(parser.value(as));
    if (!identity.ok())
        return context.fail(withField(identity.error(), QStringLiteral("--as")));
    const QString person = *identity;
    QList<OutgoingFile> files;
    for (const QString& path : parser.values(attach)) {
        auto file = loadAttachmentFile(path);
        if (!file.ok())
            return context.fail(file.error());
        files << *file;
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    const PortalService portal(**db);

    if (action == QLatin1String("cases") && args.size() == 1) {
        auto cases = portal.cases(person);
        if (!cases.ok())
            return context.fail(cases.error());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const PortalCaseSummary& c : *cases)
                list << PortalService::toJson(c);
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            context.out().flush();
        } else {
            printCases(context.out(), *cases);
        }
        return ExitOk;
    }
    if (action == QLatin1String("messages") && args.size() == 2) {
        auto view = portal.messages(person, reference);
        if (!view.ok())
            return context.fail(view.error());
        if (parser.isSet(json))
            context.out() << QJsonDocument(PortalService::toJson(*view)).toJson(QJsonDocument::Indented);
        else
            printMessages(context.out(), *view);
        context.out().flush();
        return ExitOk;
    }
    if ((action == QLatin1String("reply") || action == QLatin1String("supplement")) && args.size() == 2) {
        if (action == QLatin1String("reply") && !parser.isSet(text))
            return context.usage(QStringLiteral("portal reply needs --text"));
        auto message = action == QLatin1String("reply")
                           ? portal.reply(person, reference, parser.value(text), files)
                           : portal.supplement(person, reference, parser.value(text), files);
        if (!message.ok())
            return context.fail(message.error());
        context.out() << "Message " << message->id << " sent with " << message->attachments.size()
                      << " attachment(s)" << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("read") && args.size() == 2) {
        auto count = portal.markRead(person, reference);
        if (!count.ok())
            return context.fail(count.error());
        context.out() << *count << " message(s) marked read" << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("decision") && args.size() == 2) {
        auto decisions = portal.decisions(person, reference);
        if (!decisions.ok())
            return context.fail(decisions.error());
        if (decisions->isEmpty())
            return context.fail(
                makeError(ErrorCode::NotFound,
                          {QT_TRANSLATE_NOOP("casedesk::Errors", "no decision yet on %1"), {reference}}));
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const PortalDecision& d : *decisions)
                list << PortalService::toJson(d);
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const PortalDecision& d : *decisions)
                context.out() << "Decision " << d.id << " (" << d.decidedAt.toString(Qt::ISODate)
                              << "): " << d.outcomeNameSv << "\n"
                              << d.text << "\n"
                              << (d.document ? QStringLiteral("Document %1: %2\n")
                                                   .arg(d.document->id)
                                                   .arg(d.document->fileName)
                                             : QString());
        }
        context.out().flush();
        return ExitOk;
    }
    if (action == QLatin1String("document") && args.size() == 3) {
        bool ok = false;
        const qint64 id = args.at(2).toLongLong(&ok);
        if (!ok || !parser.isSet(output))
            return context.usage(
                QStringLiteral("portal --as PERSONAL_NUMBER document REF ATTACHMENT_ID --output FILE"));
        auto file = portal.document(person, reference, id);
        if (!file.ok())
            return context.fail(file.error());
        QFile out(parser.value(output));
        if (!out.open(QIODevice::WriteOnly) || out.write(file->content) != file->content.size())
            return context.fail(makeError(ErrorCode::Internal, ErrorText::verbatim(out.errorString()),
                                          QStringLiteral("output")));
        context.out() << file->document.fileName << ": " << file->content.size() << " bytes" << Qt::endl;
        return ExitOk;
    }
    return context.usage(QStringLiteral("usage: casedeskctl ") + Usage);
}

} // namespace casedesk::ctl
