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

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

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

    CtlRun ctl(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CASEDESK_DB"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CASEDESK_CTL_PATH),
                      QStringList{QStringLiteral("--db"), testDatabase().urlString()} + arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

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
        const CtlRun run =
            ctl({QStringLiteral("portal"), QStringLiteral("messages"), m_ref, QStringLiteral("--json")});
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

    run = ctl({QStringLiteral("portal"), QStringLiteral("read"), m_ref});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("1 ")));
    view = portalJson();
    EXPECT_FALSE(view.value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("readAt"))
                     .isNull());

    run = ctl({QStringLiteral("portal"), QStringLiteral("reply"), m_ref, QStringLiteral("--text"),
               QStringLiteral("Tack för beskedet"), QStringLiteral("--attach"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    messages = portalJson().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.last().toObject().value(QStringLiteral("from")).toString(),
              QStringLiteral("applicant"));

    // Hostile input: exit 3 and nothing stored.
    const QString exe =
        writeFile(QStringLiteral("faktura.pdf"), QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00"));
    run = ctl({QStringLiteral("portal"), QStringLiteral("reply"), m_ref, QStringLiteral("--text"),
               QStringLiteral("x"), QStringLiteral("--attach"), exe});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("attachments[0].content"))) << run.err.toStdString();
    EXPECT_EQ(portalJson().value(QStringLiteral("messages")).toArray().size(), 2);
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("messages"), QStringLiteral("CD-1999-000001")})
                  .exitCode,
              3);
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("frobnicate"), m_ref}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("message"), m_ref}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("portal"), QStringLiteral("--help")}).exitCode, 0);
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
    run =
        ctl({QStringLiteral("portal"), QStringLiteral("supplement"), m_ref, QStringLiteral("--attach"), pdf});
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

    run = ctl({QStringLiteral("portal"), QStringLiteral("decision"), m_ref, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    const QString saved = m_files.filePath(QStringLiteral("beslut.pdf"));
    run = ctl({QStringLiteral("portal"), QStringLiteral("document"), m_ref, QString::number(documentId),
               QStringLiteral("--output"), saved});
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

CASEDESK_INSTANTIATE_BACKENDS(PortalCtlTest);
