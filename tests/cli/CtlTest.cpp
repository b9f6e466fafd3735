// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CtlProcess.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString oepExport()
{
    return qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/oep/sundsvall-sick-leave-235212.xml");
}

// The references a `list --json` run printed, in order.
QStringList referencesOf(const CtlRun& run)
{
    QStringList refs;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    EXPECT_TRUE(doc.isArray()) << run.out.toStdString();
    for (const QJsonValue& row : doc.array())
        refs << row.toObject().value(QStringLiteral("reference")).toString();
    return refs;
}

// Every case's reference in the list's order (newest submission first, then highest id), read
// from the database itself rather than from casedeskctl.
QStringList referencesInListOrder(Database& db, const QString& where = {}, const QVariantList& params = {})
{
    QStringList refs;
    auto q = db.exec(QStringLiteral("SELECT c.reference FROM cases c") +
                         (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                         QStringLiteral(" ORDER BY c.submitted_at DESC, c.id DESC"),
                     params);
    EXPECT_TRUE(q.ok());
    while (q.ok() && q->next())
        refs << q->value(0).toString();
    return refs;
}

} // namespace

// casedeskctl as a script or the portal uses it: the real program, its output and exit status.
class CtlTest : public BackendTest
{
protected:
    CtlRun ctl(const QStringList& arguments) { return runCtlOn(testDatabase().urlString(), arguments); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // Pages of `pageSize` with --after the last reference of each, until a page comes back empty.
    QStringList walk(const QStringList& filters, int pageSize, int* pages)
    {
        QStringList all;
        QString last;
        *pages = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            QStringList arguments = {QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QString::number(pageSize)};
            arguments << filters;
            if (!last.isEmpty())
                arguments << QStringLiteral("--after") << last;
            const CtlRun run = ctl(arguments);
            EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
            if (run.exitCode != 0)
                break;
            const QStringList page = referencesOf(run);
            if (page.isEmpty())
                break;
            EXPECT_LE(page.size(), pageSize);
            ++*pages;
            all << page;
            last = page.last(); // the JSON's last element is where the next page continues
        }
        return all;
    }

    int caseCount()
    {
        auto q = db().exec(QStringLiteral("SELECT count(*) FROM cases"));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    }

    QTemporaryDir m_files;
};

TEST_P(CtlTest, HelpUsageAndUnknownCommands)
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "submit", "list", "show", "set-status", "demo-data"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    const CtlRun submitHelp = ctl({QStringLiteral("submit"), QStringLiteral("--help")});
    EXPECT_EQ(submitHelp.exitCode, 0);
    EXPECT_TRUE(submitHelp.out.contains(QStringLiteral("Open ePlatform")));
    EXPECT_EQ(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
}

// Errors follow the system's language (issue #13 §4): Swedish under a Swedish locale, English
// under C (as every other test here runs); the field's path stays for scripts.
TEST(CtlLanguage, ErrorsFollowTheSystemLocale)
{
    const QStringList badUrl{QStringLiteral("--db"), QStringLiteral("nonsense:x"), QStringLiteral("list")};
    QProcessEnvironment swedish = ctlEnvironment();
    swedish.insert(QStringLiteral("LC_ALL"), QStringLiteral("sv_SE.UTF-8"));
    const CtlRun inSwedish = runCtl(badUrl, swedish);
    EXPECT_EQ(inSwedish.exitCode, 3);
    EXPECT_TRUE(
        inSwedish.err.contains(QStringLiteral("casedeskctl: --db: väntade sqlite:/sökväg/till/fil.db")))
        << inSwedish.err.toStdString();
    const CtlRun inEnglish = runCtl(badUrl);
    EXPECT_EQ(inEnglish.exitCode, 3);
    EXPECT_TRUE(inEnglish.err.contains(QStringLiteral("casedeskctl: --db: expected sqlite:/path/to/file.db")))
        << inEnglish.err.toStdString();
}

TEST_P(CtlTest, InitIsIdempotent)
{
    const CtlRun first = ctl({QStringLiteral("init")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("up to date"))) << first.out.toStdString();
    EXPECT_EQ(ctl({QStringLiteral("init")}).exitCode, 0);
}

TEST_P(CtlTest, SubmitsTheOpenEPlatformExportOnceAndReportsTheDuplicate)
{
    const CtlRun first = ctl({QStringLiteral("submit"), oepExport()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("stored as CD-2024-000001"))) << first.out.toStdString();
    const CtlRun again = ctl({QStringLiteral("submit"), oepExport()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("duplicate"))) << again.out.toStdString();
    EXPECT_EQ(caseCount(), 1);

    const CtlRun shown =
        ctl({QStringLiteral("show"), QStringLiteral("CD-2024-000001"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("eserviceName")).toString(),
              QStringLiteral("Anmälan om sjukfrånvaro"));
    int fields = 0;
    for (const QJsonValue& page : json.value(QStringLiteral("pages")).toArray())
        fields += int(page.toObject().value(QStringLiteral("fields")).toArray().size());
    // Values has 12 children: the 11 questions and the reporter's contact block (Anmälare).
    EXPECT_EQ(fields, 12);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Biståndshandläggare")));
}

TEST_P(CtlTest, ABadFileIsRefusedWithItsNameFieldAndReasonWhileTheOthersGoIn)
{
    const QString bad =
        writeFile(QStringLiteral("bad.json"), QByteArrayLiteral("{\"format\": \"casedesk.submission/1\", "));
    const QString hostile = writeFile(
        QStringLiteral("xxe.xml"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
            "<FlowInstance "
            "xmlns=\"http://www.oeplatform.org/version/2.0/schemas/flowinstance\">&e;</FlowInstance>\n"));
    const CtlRun run = ctl({QStringLiteral("submit"), bad, oepExport(), hostile});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(bad + QStringLiteral(": "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(hostile + QStringLiteral(": "))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("root:"))) << "entity content leaked";
    EXPECT_TRUE(run.out.contains(QStringLiteral("stored as"))) << run.out.toStdString();
    EXPECT_EQ(caseCount(), 1);
}

// Files go in in batches (one transaction each, a savepoint per file): within one batch a file the
// database refuses (here an attachment type off the e-service's list) and a file that is not a
// submission are each reported with the file, the field and the reason, a copy of a file stored
// earlier in the same batch is a duplicate, and the other files are stored.
TEST_P(CtlTest, InABatchEachBadFileIsRefusedWithItsReasonAndTheOthersAreStored)
{
    const QString first =
        writeFile(QStringLiteral("first.json"), test::exampleSubmissionJson(QStringLiteral("b-1")));
    QJsonObject gif = QJsonDocument::fromJson(test::exampleSubmissionJson(QStringLiteral("b-gif"))).object();
    QJsonArray attachments = gif.value(QStringLiteral("attachments")).toArray();
    QJsonObject attachment = attachments.at(0).toObject();
    attachment.insert(QStringLiteral("fileName"), QStringLiteral("karta.gif"));
    attachment.insert(QStringLiteral("mimeType"), QStringLiteral("image/gif"));
    attachment.insert(
        QStringLiteral("contentBase64"),
        QString::fromLatin1(QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xFF\xFF\xFF!\xF9\x04\x01\0\0\0\0,"
                                       "\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;",
                                       43)
                                .toBase64()));
    attachments[0] = attachment;
    gif.insert(QStringLiteral("attachments"), attachments);
    const QString offList = writeFile(QStringLiteral("gif.json"), QJsonDocument(gif).toJson());
    const QString broken = writeFile(QStringLiteral("broken.json"), QByteArrayLiteral("{\"format\": "));
    const QString second =
        writeFile(QStringLiteral("second.json"), test::exampleSubmissionJson(QStringLiteral("b-2")));
    const QString copy =
        writeFile(QStringLiteral("copy.json"), test::exampleSubmissionJson(QStringLiteral("b-1")));

    const CtlRun run = ctl({QStringLiteral("submit"), first, offList, broken, second, copy});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(first + QStringLiteral(": stored as CD-"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(second + QStringLiteral(": stored as CD-"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(copy + QStringLiteral(": duplicate, already stored as CD-")))
        << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(
        offList + QStringLiteral(": attachments[0].fileName: type gif is not allowed for e-service")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(broken + QStringLiteral(": "))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 stored, 1 duplicates, 2 refused")))
        << run.out.toStdString();
    EXPECT_EQ(caseCount(), 2);

    // --batch 1 stores file by file, with the same outcome for each file.
    const CtlRun alone = ctl(
        {QStringLiteral("submit"), QStringLiteral("--batch"), QStringLiteral("1"), first, offList, second});
    EXPECT_EQ(alone.exitCode, 3) << alone.err.toStdString();
    EXPECT_TRUE(alone.out.contains(QStringLiteral("0 stored, 2 duplicates, 1 refused")))
        << alone.out.toStdString();
    for (const char* bad : {"0", "51", "x"})
        EXPECT_EQ(ctl({QStringLiteral("submit"), QStringLiteral("--batch"), QString::fromLatin1(bad), first})
                      .exitCode,
                  2)
            << bad;
    EXPECT_EQ(caseCount(), 2);
}

TEST_P(CtlTest, ListShowAndSetStatusWithConflictDetection)
{
    ASSERT_EQ(ctl({QStringLiteral("submit"), oepExport()}).exitCode, 0);
    const QString ref = QStringLiteral("CD-2024-000001");
    const CtlRun listed = ctl({QStringLiteral("list"), QStringLiteral("--status"),
                               QStringLiteral("submitted"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("reference")).toString(), ref);
    EXPECT_TRUE(
        ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed")}).out.isEmpty());

    const CtlRun moved = ctl({QStringLiteral("set-status"), ref, QStringLiteral("registered"),
                              QStringLiteral("--note"), QStringLiteral("Diarieförd")});
    EXPECT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    const CtlRun notAllowed = ctl({QStringLiteral("set-status"), ref, QStringLiteral("supplemented")});
    EXPECT_EQ(notAllowed.exitCode, 3);
    EXPECT_TRUE(notAllowed.err.contains(QStringLiteral("cannot move"))) << notAllowed.err.toStdString();
    const CtlRun stale = ctl({QStringLiteral("set-status"), ref, QStringLiteral("in_progress"),
                              QStringLiteral("--expect-version"), QStringLiteral("1")});
    EXPECT_EQ(stale.exitCode, 4) << stale.err.toStdString();
    const CtlRun missing = ctl({QStringLiteral("show"), QStringLiteral("CD-1999-999999")});
    EXPECT_EQ(missing.exitCode, 3);

    const CtlRun history = ctl({QStringLiteral("show"), ref});
    EXPECT_TRUE(history.out.contains(QStringLiteral("-> registered  (Diarieförd)")))
        << history.out.toStdString();
}

TEST_P(CtlTest, AnOlderProgramRefusesANewerSchema)
{
    ASSERT_TRUE(
        db().exec(QStringLiteral(
                      "INSERT INTO schema_version (version, description, applied_at) VALUES (4242, 'x', ?)"),
                  {toSqlTime(QDateTime::currentDateTimeUtc())})
            .ok());
    const CtlRun run = ctl({QStringLiteral("list")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("4242"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer CaseDesk"))) << run.err.toStdString();
    EXPECT_NE(ctl({QStringLiteral("init")}).exitCode, 0);
}

TEST_P(CtlTest, ListWalksEveryCaseExactlyOnceInOrderWithAfter)
{
    const CtlRun demo = ctl({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("23")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QStringList expected = referencesInListOrder(db());
    ASSERT_EQ(expected.size(), 23);

    int pages = 0;
    const QStringList walked = walk({}, 5, &pages);
    EXPECT_EQ(walked, expected);
    EXPECT_EQ(pages, 5); // 5 + 5 + 5 + 5 + 3
    EXPECT_EQ(QSet<QString>(walked.begin(), walked.end()).size(), 23);
    // The same walk as one page.
    EXPECT_EQ(referencesOf(ctl({QStringLiteral("list"), QStringLiteral("--json")})), expected);

    // With a filter, across pages of 2.
    auto biggest = db().exec(QStringLiteral(
        "SELECT eservice_id FROM cases GROUP BY eservice_id ORDER BY count(*) DESC, eservice_id LIMIT 1"));
    ASSERT_TRUE(biggest.ok() && biggest->next());
    const QString busiest = biggest->value(0).toString();
    const QStringList expectedOfEService =
        referencesInListOrder(db(), QStringLiteral("c.eservice_id = ?"), {busiest});
    ASSERT_GE(expectedOfEService.size(), 5) << busiest.toStdString();
    EXPECT_EQ(walk({QStringLiteral("--eservice"), busiest}, 2, &pages), expectedOfEService);
    EXPECT_EQ(pages, (expectedOfEService.size() + 1) / 2);

    // Text output continues the same way: the first column of the last line.
    const CtlRun first = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("20")});
    ASSERT_EQ(first.exitCode, 0);
    const QString lastLine = first.out.trimmed().section(QLatin1Char('\n'), -1);
    const CtlRun rest =
        ctl({QStringLiteral("list"), QStringLiteral("--after"), lastLine.section(QLatin1Char(' '), 0, 0)});
    ASSERT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    QStringList restRefs;
    for (const QString& line : rest.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        restRefs << line.section(QLatin1Char(' '), 0, 0);
    EXPECT_EQ(restRefs, expected.mid(20));
}

TEST_P(CtlTest, ListAfterAnUnknownReferenceIsAnInputErrorNamingIt)
{
    ASSERT_EQ(ctl({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("3")}).exitCode, 0);
    const CtlRun run =
        ctl({QStringLiteral("list"), QStringLiteral("--after"), QStringLiteral("CD-1999-999999")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--after"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("CD-1999-999999"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(caseCount(), 3);
    // --count counts everything: a page's options make no sense with it.
    EXPECT_EQ(ctl({QStringLiteral("list"), QStringLiteral("--count"), QStringLiteral("--limit"),
                   QStringLiteral("5")})
                  .exitCode,
              2);
    EXPECT_EQ(ctl({QStringLiteral("list"), QStringLiteral("--after"), QString()}).exitCode, 2);
}

TEST_P(CtlTest, ListCountIsTheNumberOfCasesTheListShows)
{
    ASSERT_EQ(ctl({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("40")}).exitCode,
              0);
    const auto countOf = [&](const QStringList& filters) {
        const CtlRun run = ctl(QStringList{QStringLiteral("list"), QStringLiteral("--count")} + filters);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        bool ok = false;
        const int n = run.out.trimmed().toInt(&ok);
        EXPECT_TRUE(ok) << run.out.toStdString();
        return n;
    };
    const auto listed = [&](const QStringList& filters) {
        return int(referencesOf(ctl(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                                QStringLiteral("--limit"), QStringLiteral("10000")} +
                                    filters))
                       .size());
    };
    EXPECT_EQ(countOf({}), 40);
    EXPECT_EQ(listed({}), 40);
    const CtlRun asJson = ctl({QStringLiteral("list"), QStringLiteral("--count"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(asJson.out.toUtf8()).object().value(QStringLiteral("count")).toInt(),
              40)
        << asJson.out.toStdString();

    // Every status and e-service present, and each pair: the count, the list and the table agree.
    auto pairs = db().exec(QStringLiteral(
        "SELECT eservice_id, status_id, count(*) FROM cases GROUP BY eservice_id, status_id ORDER BY 1, 2"));
    ASSERT_TRUE(pairs.ok());
    QHash<QString, int> byStatus;
    QHash<QString, int> byEService;
    int checkedPairs = 0;
    while (pairs->next()) {
        const QString eservice = pairs->value(0).toString();
        const QString status = pairs->value(1).toString();
        const int n = pairs->value(2).toInt();
        byStatus[status] += n;
        byEService[eservice] += n;
        if (checkedPairs++ < 4) { // a few pairs keep the test quick
            const QStringList filters = {QStringLiteral("--eservice"), eservice, QStringLiteral("--status"),
                                         status};
            EXPECT_EQ(countOf(filters), n) << eservice.toStdString() << " " << status.toStdString();
            EXPECT_EQ(listed(filters), n) << eservice.toStdString() << " " << status.toStdString();
        }
    }
    ASSERT_GE(byStatus.size(), 3);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        EXPECT_EQ(countOf({QStringLiteral("--status"), it.key()}), it.value()) << it.key().toStdString();
        EXPECT_EQ(listed({QStringLiteral("--status"), it.key()}), it.value()) << it.key().toStdString();
    }
    for (auto it = byEService.cbegin(); it != byEService.cend(); ++it) {
        EXPECT_EQ(countOf({QStringLiteral("--eservice"), it.key()}), it.value()) << it.key().toStdString();
        EXPECT_EQ(listed({QStringLiteral("--eservice"), it.key()}), it.value()) << it.key().toStdString();
    }
    EXPECT_EQ(countOf({QStringLiteral("--status"), QStringLiteral("no_such_status")}), 0);

    // The counters follow a change: one case more in registered, one fewer in submitted.
    const QStringList submitted = referencesInListOrder(db(), QStringLiteral("c.status_id = 'submitted'"));
    ASSERT_FALSE(submitted.isEmpty());
    const int registeredBefore = countOf({QStringLiteral("--status"), QStringLiteral("registered")});
    const CtlRun moved = ctl({QStringLiteral("set-status"), submitted.first(), QStringLiteral("registered")});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(countOf({QStringLiteral("--status"), QStringLiteral("submitted")}), submitted.size() - 1);
    EXPECT_EQ(countOf({QStringLiteral("--status"), QStringLiteral("registered")}), registeredBefore + 1);
    EXPECT_EQ(listed({QStringLiteral("--status"), QStringLiteral("registered")}), registeredBefore + 1);
}

CASEDESK_INSTANTIATE_BACKENDS(CtlTest);

// PostgreSQL only: a caseworker's list and count hold only the e-services they were granted
// (row-level security on the cases and on the counters), protected identities included.
TEST(CtlCaseworkerTest, ListAndCountAreWhatTheCaseworkerMaySee)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    const QString ownerUrl = database.urlString();
    ASSERT_EQ(
        runCtlOn(ownerUrl, {QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("40")})
            .exitCode,
        0);
    // Logins are cluster-wide: a name of this database's own.
    const QString login =
        QStringLiteral("cw_") + database.url().databaseName.toLower().remove(QLatin1Char('-'));
    const CtlRun added = runCtlOn(ownerUrl, {QStringLiteral("user"), QStringLiteral("add"), login,
                                             QStringLiteral("--role"), QStringLiteral("caseworker")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto busiest = database.db().exec(QStringLiteral(
        "SELECT eservice_id, count(*), sum(CASE WHEN protected_identity THEN 1 ELSE 0 END) FROM cases"
        " GROUP BY eservice_id ORDER BY count(*) DESC, eservice_id"));
    ASSERT_TRUE(busiest.ok());
    QStringList granted;
    int visible = 0;
    int total = 0;
    while (busiest->next()) {
        total += busiest->value(1).toInt();
        if (granted.size() < 2) {
            granted << busiest->value(0).toString();
            visible += busiest->value(1).toInt();
        }
    }
    ASSERT_EQ(total, 40);
    ASSERT_LT(visible, total);
    for (const QString& eservice : granted)
        ASSERT_EQ(runCtlOn(ownerUrl, {QStringLiteral("user"), QStringLiteral("grant"), login, eservice,
                                      QStringLiteral("work")})
                      .exitCode,
                  0);

    DatabaseUrl url = database.url();
    const QString caseworkerUrl =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(login, url.host).arg(url.port).arg(url.databaseName);
    const CtlRun count = runCtlOn(caseworkerUrl, {QStringLiteral("list"), QStringLiteral("--count")});
    ASSERT_EQ(count.exitCode, 0) << count.err.toStdString();
    EXPECT_EQ(count.out.trimmed().toInt(), visible) << count.out.toStdString();
    const CtlRun listed = runCtlOn(caseworkerUrl, {QStringLiteral("list"), QStringLiteral("--json"),
                                                   QStringLiteral("--limit"), QStringLiteral("10000")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QStringList refs = referencesOf(listed);
    EXPECT_EQ(refs.size(), visible);
    // Exactly the granted e-services' cases, in the list's order.
    QStringList placeholders;
    for (qsizetype i = 0; i < granted.size(); ++i)
        placeholders << QStringLiteral("?");
    EXPECT_EQ(refs, referencesInListOrder(
                        database.db(), QStringLiteral("c.eservice_id IN (%1)").arg(placeholders.join(u',')),
                        QVariantList(granted.begin(), granted.end())));
    // An e-service they were not granted counts nothing; the owner still counts everything.
    auto other = database.db().exec(
        QStringLiteral("SELECT eservice_id FROM cases WHERE eservice_id NOT IN (?, ?) LIMIT 1"),
        {granted.value(0), granted.value(1)});
    ASSERT_TRUE(other.ok() && other->next());
    const QString hidden = other->value(0).toString();
    EXPECT_EQ(runCtlOn(caseworkerUrl, {QStringLiteral("list"), QStringLiteral("--count"),
                                       QStringLiteral("--eservice"), hidden})
                  .out.trimmed(),
              QStringLiteral("0"));
    EXPECT_EQ(runCtlOn(ownerUrl, {QStringLiteral("list"), QStringLiteral("--count")}).out.trimmed(),
              QString::number(total));
    // A case they may not read is as unknown to --after as a missing one.
    auto hiddenCase = database.db().exec(
        QStringLiteral("SELECT reference FROM cases WHERE eservice_id = ? LIMIT 1"), {hidden});
    ASSERT_TRUE(hiddenCase.ok() && hiddenCase->next());
    const CtlRun afterHidden = runCtlOn(
        caseworkerUrl, {QStringLiteral("list"), QStringLiteral("--after"), hiddenCase->value(0).toString()});
    EXPECT_EQ(afterHidden.exitCode, 3) << afterHidden.err.toStdString();
    EXPECT_TRUE(afterHidden.out.isEmpty());
}
