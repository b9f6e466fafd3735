// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "intake/IntakeService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;

// casedeskctl message / note / supplement-request / decide / template / outcome and the portal
// commands, end to end with the real program on SQLite and PostgreSQL.
class PortalCtlTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        auto receipt = IntakeService(db()).submit(sampleSubmission(QStringLiteral("ctl-portal-1")));
        ASSERT_TRUE(receipt.ok());
        m_ref = receipt->reference;
    }

    CtlRun ctl(const QStringList& arguments) { return runCtlOn(testDatabase().urlString(), arguments); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QJsonObject portalJson()
    {
        const CtlRun run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
                                QStringLiteral("messages"), m_ref, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        m_lastJson = run.out;
        return doc.object();
    }

    QString m_ref;
    QString m_lastJson;
    QTemporaryDir m_files;
};

TEST_P(PortalCtlTest, ConversationThroughTheCommandsNeverShowsNotesToThePortal)
{
    const QString pdf = writeFile(QStringLiteral("intyg.pdf"), tinyPdf());
    CtlRun run = ctl({QStringLiteral("message"), m_ref, QStringLiteral("--text"),
                      QStringLiteral("Hej, se bilagan."), QStringLiteral("--attach"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run =
        ctl({QStringLiteral("note"), m_ref, QStringLiteral("--text"), QStringLiteral("NOTE-ONLY-FOR-STAFF")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    QJsonObject view = portalJson();
    EXPECT_EQ(view.value(QStringLiteral("reference")).toString(), m_ref);
    QJsonArray messages = view.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    QJsonObject first = messages.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("from")).toString(), QStringLiteral("municipality"));
    EXPECT_TRUE(first.value(QStringLiteral("readAt")).isNull());
    ASSERT_EQ(first.value(QStringLiteral("attachments")).toArray().size(), 1);
    EXPECT_EQ(first.value(QStringLiteral("attachments"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("fileName"))
                  .toString(),
              QStringLiteral("intyg.pdf"));
    for (const QString& hidden :
         {QStringLiteral("NOTE-ONLY-FOR-STAFF"), QStringLiteral("Tolvan"), QStringLiteral("19121212"),
          QStringLiteral("tolvan@example.se"), QStringLiteral("assignee"), QStringLiteral("needsAction"),
          QStringLiteral("author"), db().currentUser()})
        EXPECT_FALSE(m_lastJson.contains(hidden)) << hidden.toStdString();

    run = ctl(
        {QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("read"), m_ref});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("1 ")));
    view = portalJson();
    EXPECT_FALSE(view.value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("readAt"))
                     .isNull());

    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("reply"),
               m_ref, QStringLiteral("--text"), QStringLiteral("Tack för beskedet"),
               QStringLiteral("--attach"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    messages = portalJson().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.last().toObject().value(QStringLiteral("from")).toString(),
              QStringLiteral("applicant"));

    // Hostile input: exit 3 and nothing stored.
    const QString exe =
        writeFile(QStringLiteral("faktura.pdf"), QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00"));
    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("reply"),
               m_ref, QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--attach"), exe});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("attachments[0].content"))) << run.err.toStdString();
    EXPECT_EQ(portalJson().value(QStringLiteral("messages")).toArray().size(), 2);
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
                   QStringLiteral("messages"), QStringLiteral("CD-1999-000001")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
                   QStringLiteral("frobnicate"), m_ref})
                  .exitCode,
              2);
    EXPECT_EQ(ctl({QStringLiteral("message"), m_ref}).exitCode, 2);
    EXPECT_EQ(
        ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("--help")})
            .exitCode,
        0);
}

TEST_P(PortalCtlTest, SupplementAndDecisionRoundTrip)
{
    const QString due = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    CtlRun run = ctl({QStringLiteral("supplement-request"), m_ref, QStringLiteral("--text"),
                      QStringLiteral("Skicka läkarintyg"), QStringLiteral("--due"), due});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("supplement-request"), m_ref, QStringLiteral("--text"), QStringLiteral("x"),
                   QStringLiteral("--due"), QStringLiteral("2020-13-45")})
                  .exitCode,
              3);
    QJsonObject view = portalJson();
    EXPECT_EQ(view.value(QStringLiteral("openSupplementRequest"))
                  .toObject()
                  .value(QStringLiteral("due"))
                  .toString(),
              due);
    EXPECT_EQ(view.value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("waiting_supplement"));

    const QString pdf = writeFile(QStringLiteral("läkarintyg.pdf"), tinyPdf());
    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
               QStringLiteral("supplement"), m_ref, QStringLiteral("--attach"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    view = portalJson();
    EXPECT_TRUE(view.value(QStringLiteral("openSupplementRequest")).isNull());
    EXPECT_EQ(view.value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("supplemented"));

    EXPECT_EQ(ctl({QStringLiteral("decide"), m_ref, QStringLiteral("--outcome"), QStringLiteral("nope"),
                   QStringLiteral("--text"), QStringLiteral("x")})
                  .exitCode,
              3);
    run = ctl({QStringLiteral("decide"), m_ref, QStringLiteral("--outcome"), QStringLiteral("approved"),
               QStringLiteral("--text"), QStringLiteral("Beviljas i sin helhet."), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const qint64 decisionId =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    ASSERT_GT(decisionId, 0);
    EXPECT_EQ(ctl({QStringLiteral("decide"), m_ref, QStringLiteral("--outcome"), QStringLiteral("approved"),
                   QStringLiteral("--text"), QStringLiteral("igen")})
                  .exitCode,
              4);

    view = portalJson();
    EXPECT_EQ(view.value(QStringLiteral("status")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("closed"));
    EXPECT_FALSE(view.value(QStringLiteral("closedAt")).isNull());
    const QJsonArray decisions = view.value(QStringLiteral("decisions")).toArray();
    ASSERT_EQ(decisions.size(), 1);
    const QJsonObject decision = decisions.first().toObject();
    EXPECT_EQ(decision.value(QStringLiteral("text")).toString(), QStringLiteral("Beviljas i sin helhet."));
    const qint64 documentId =
        decision.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_GT(documentId, 0);

    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
               QStringLiteral("decision"), m_ref, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    const QString saved = m_files.filePath(QStringLiteral("beslut.pdf"));
    run =
        ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("document"),
             m_ref, QString::number(documentId), QStringLiteral("--output"), saved});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-1.4"));

    run = ctl({QStringLiteral("decide"), m_ref, QStringLiteral("--outcome"),
               QStringLiteral("partly_approved"), QStringLiteral("--text"), QStringLiteral("Rättelse."),
               QStringLiteral("--corrects"), QString::number(decisionId)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray both = portalJson().value(QStringLiteral("decisions")).toArray();
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.last().toObject().value(QStringLiteral("corrects")).toInteger(), decisionId);
}

TEST_P(PortalCtlTest, TemplatesAndOutcomesForAdministrators)
{
    const QString eservice = QStringLiteral("parkeringstillstand");
    CtlRun run =
        ctl({QStringLiteral("template"), QStringLiteral("set"), eservice, QStringLiteral("--message"),
             QStringLiteral("Hälsning"), QStringLiteral("--text"), QStringLiteral("Hej! /{caseworker}")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = ctl({QStringLiteral("template"), QStringLiteral("set"), eservice, QStringLiteral("--message"),
               QStringLiteral("Fel"), QStringLiteral("--text"), QStringLiteral("Hej {personnummer}")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("{personnummer}"))) << run.err.toStdString();
    run = ctl({QStringLiteral("template"), QStringLiteral("set"), eservice, QStringLiteral("--mail"),
               QStringLiteral("new_message"), QStringLiteral("--language"), QStringLiteral("en"),
               QStringLiteral("--subject"), QStringLiteral("News on {reference}"), QStringLiteral("--text"),
               QStringLiteral("See Min sida.")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = ctl({QStringLiteral("template"), QStringLiteral("list"), eservice, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(list.value(QStringLiteral("messageTemplates")).toArray().size(), 1);
    EXPECT_EQ(list.value(QStringLiteral("mailTemplates")).toArray().size(), 12);
    int overridden = 0;
    for (const QJsonValue& v : list.value(QStringLiteral("mailTemplates")).toArray())
        overridden += v.toObject().value(QStringLiteral("overridden")).toBool() ? 1 : 0;
    EXPECT_EQ(overridden, 1);

    run = ctl({QStringLiteral("outcome"), QStringLiteral("add"), eservice, QStringLiteral("referred"),
               QStringLiteral("--sv"), QStringLiteral("Hänvisas"), QStringLiteral("--en"),
               QStringLiteral("Referred")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = ctl({QStringLiteral("outcome"), QStringLiteral("retire"), eservice, QStringLiteral("dismissed")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = ctl({QStringLiteral("outcome"), QStringLiteral("list"), eservice, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8()).array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("approved"), QStringLiteral("partly_approved"),
                                QStringLiteral("rejected"), QStringLiteral("referred")}));
    EXPECT_EQ(ctl({QStringLiteral("outcome"), QStringLiteral("retire"), eservice, QStringLiteral("nosuch")})
                  .exitCode,
              3);
}

namespace {

// Someone with no part in the sample case: a valid personal number of another citizen.
const char* const Stranger = "19800101-1231";
const char* const OtherApplicant = "19750505-2345";

} // namespace

// The portal acts for one verified citizen: without --as nothing runs; someone else's case is
// answered exactly as a missing one; the applicant and the other parties get the case.
TEST_P(PortalCtlTest, ActsOnlyForTheCitizenItVerified)
{
    const QString pdf = writeFile(QStringLiteral("intyg.pdf"), tinyPdf());
    CtlRun run = ctl({QStringLiteral("message"), m_ref, QStringLiteral("--text"),
                      QStringLiteral("MUNICIPALITY-SECRET-TEXT"), QStringLiteral("--attach"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject view = portalJson();
    const qint64 attachmentId = view.value(QStringLiteral("messages"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("attachments"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
    ASSERT_GT(attachmentId, 0);
    const QString saved = m_files.filePath(QStringLiteral("stolen.pdf"));

    const QList<QStringList> actions{
        {QStringLiteral("messages"), m_ref},
        {QStringLiteral("messages"), m_ref, QStringLiteral("--json")},
        {QStringLiteral("reply"), m_ref, QStringLiteral("--text"), QStringLiteral("hej")},
        {QStringLiteral("read"), m_ref},
        {QStringLiteral("supplement"), m_ref, QStringLiteral("--text"), QStringLiteral("hej")},
        {QStringLiteral("decision"), m_ref},
        {QStringLiteral("document"), m_ref, QString::number(attachmentId), QStringLiteral("--output"),
         saved}};

    // Without --as: a usage error, before anything is read.
    for (const QStringList& action : actions) {
        run = ctl(QStringList{QStringLiteral("portal")} + action);
        EXPECT_EQ(run.exitCode, 2) << action.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--as"))) << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("MUNICIPALITY-SECRET-TEXT")));
    }
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("cases")}).exitCode, 2);
    // Not a personal number: invalid input.
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("--as"), QStringLiteral("19121212-1213"),
                   QStringLiteral("messages"), m_ref})
                  .exitCode,
              3);

    // A stranger gets what a missing case gets: the same exit status and message, no case data.
    const QString missing = QStringLiteral("CD-1999-000001");
    for (const QStringList& action : actions) {
        const CtlRun stranger =
            ctl(QStringList{QStringLiteral("portal"), QStringLiteral("--as"), QString::fromLatin1(Stranger)} +
                action);
        QStringList onMissing = action;
        onMissing[1] = missing;
        const CtlRun absent =
            ctl(QStringList{QStringLiteral("portal"), QStringLiteral("--as"), QString::fromLatin1(Stranger)} +
                onMissing);
        const std::string what = action.join(QLatin1Char(' ')).toStdString();
        EXPECT_NE(stranger.exitCode, 0) << what;
        EXPECT_EQ(stranger.exitCode, absent.exitCode) << what;
        EXPECT_EQ(QString(stranger.err).replace(m_ref, QStringLiteral("REF")),
                  QString(absent.err).replace(missing, QStringLiteral("REF")))
            << what;
        EXPECT_TRUE(stranger.out.isEmpty()) << what << ": " << stranger.out.toStdString();
        for (const QString& secret : {QStringLiteral("MUNICIPALITY-SECRET-TEXT"), QStringLiteral("Parkering"),
                                      QStringLiteral("intyg.pdf")})
            EXPECT_FALSE(QString(stranger.out + stranger.err).contains(secret)) << what;
    }
    EXPECT_FALSE(QFile::exists(saved));
    // Counting references up: every neighbour of the case is "missing" for the stranger too.
    const QString prefix = m_ref.left(m_ref.lastIndexOf(QLatin1Char('-')) + 1);
    const int number = m_ref.mid(prefix.size()).toInt();
    for (int n = std::max(1, number - 1); n <= number + 2; ++n) {
        const QString guess = prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), QString::fromLatin1(Stranger),
                   QStringLiteral("messages"), guess, QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 3) << guess.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QStringLiteral("no case with reference"))) << run.err.toStdString();
    }
    // Nothing the stranger tried reached the case.
    EXPECT_EQ(portalJson().value(QStringLiteral("messages")).toArray().size(), 1);
    EXPECT_TRUE(portalJson()
                    .value(QStringLiteral("messages"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("readAt"))
                    .isNull());

    // The applicant, in other written forms of the same number.
    for (const QString& form :
         {QStringLiteral("191212121212"), QStringLiteral("121212+1212"), QStringLiteral(" 19121212-1212 ")}) {
        run =
            ctl({QStringLiteral("portal"), QStringLiteral("--as"), form, QStringLiteral("messages"), m_ref});
        EXPECT_EQ(run.exitCode, 0) << form.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("MUNICIPALITY-SECRET-TEXT")));
    }
    // The second guardian, a party to the case who has not signed, works the case too.
    run = ctl(
        {QStringLiteral("portal"), QStringLiteral("--as"), sampleGuardian(), QStringLiteral("read"), m_ref});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("1 ")));
    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleGuardian(), QStringLiteral("reply"),
               m_ref, QStringLiteral("--text"), QStringLiteral("Från vårdnadshavaren")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleGuardian(), QStringLiteral("document"),
               m_ref, QString::number(attachmentId), QStringLiteral("--output"), saved});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(saved));
}

TEST_P(PortalCtlTest, CasesListsExactlyTheCitizensOwnCasesWithUnreadCounts)
{
    // A second case of the same applicant, and a case of somebody else entirely.
    Submission second = sampleSubmission(QStringLiteral("ctl-portal-2"));
    second.eserviceId = QStringLiteral("skolskjuts");
    second.eserviceName = QStringLiteral("Skolskjuts");
    auto mine = IntakeService(db()).submit(second);
    ASSERT_TRUE(mine.ok());
    Submission foreign = sampleSubmission(QStringLiteral("ctl-portal-3"));
    foreign.applicant.personalNumber = QString::fromLatin1(OtherApplicant);
    foreign.applicant.name = QStringLiteral("Annan Person");
    for (IncomingSignature& s : foreign.signatures)
        s.personalNumber = QString::fromLatin1(OtherApplicant);
    foreign.requiredSigners.clear();
    auto theirs = IntakeService(db()).submit(foreign);
    ASSERT_TRUE(theirs.ok());

    for (const char* text : {"Första", "Andra"})
        ASSERT_EQ(ctl({QStringLiteral("message"), m_ref, QStringLiteral("--text"), QString::fromUtf8(text)})
                      .exitCode,
                  0);
    ASSERT_EQ(
        ctl({QStringLiteral("message"), theirs->reference, QStringLiteral("--text"), QStringLiteral("x")})
            .exitCode,
        0);
    // A message the applicant wrote is not "unread" for the applicant.
    ASSERT_EQ(
        ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("reply"),
             mine->reference, QStringLiteral("--text"), QStringLiteral("Fråga")})
            .exitCode,
        0);

    auto list = [this](const QString& identity) {
        const CtlRun run = ctl({QStringLiteral("portal"), QStringLiteral("--as"), identity,
                                QStringLiteral("cases"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    };
    QJsonArray cases = list(sampleApplicant());
    ASSERT_EQ(cases.size(), 2);
    // Most recent activity first: the reply just made.
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("reference")).toString(), mine->reference);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("unread")).toInt(), 0);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("eservice")).toString(),
              QStringLiteral("Skolskjuts"));
    EXPECT_EQ(cases.at(1).toObject().value(QStringLiteral("reference")).toString(), m_ref);
    EXPECT_EQ(cases.at(1).toObject().value(QStringLiteral("unread")).toInt(), 2);
    EXPECT_FALSE(cases.at(1)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(cases.at(1).toObject().value(QStringLiteral("lastActivityAt")).isNull());
    for (const QJsonValue& c : cases)
        EXPECT_NE(c.toObject().value(QStringLiteral("reference")).toString(), theirs->reference);

    // Reading clears the count.
    ASSERT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(),
                   QStringLiteral("read"), m_ref})
                  .exitCode,
              0);
    cases = list(QStringLiteral("191212121212"));
    ASSERT_EQ(cases.size(), 2);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("reference")).toString(), m_ref);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("unread")).toInt(), 0);

    // The other applicant sees only their own case; the guardian only the cases they are party to;
    // a stranger nothing.
    cases = list(QString::fromLatin1(OtherApplicant));
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("reference")).toString(), theirs->reference);
    EXPECT_EQ(cases.at(0).toObject().value(QStringLiteral("unread")).toInt(), 1);
    EXPECT_EQ(list(sampleGuardian()).size(), 2);
    EXPECT_EQ(list(QString::fromLatin1(Stranger)).size(), 0);
    const CtlRun text = ctl({QStringLiteral("portal"), QStringLiteral("--as"), QString::fromLatin1(Stranger),
                             QStringLiteral("cases")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.isEmpty());
    const CtlRun plain =
        ctl({QStringLiteral("portal"), QStringLiteral("--as"), sampleApplicant(), QStringLiteral("cases")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.contains(m_ref));
    EXPECT_FALSE(plain.out.contains(theirs->reference));
}

CASEDESK_INSTANTIATE_BACKENDS(PortalCtlTest);
