// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PostgresCluster.h"
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "db/TransactionGuard.h"
#include "domain/FormCanonical.h"
#include "intake/IntakeService.h"
#include "messaging/DecisionService.h"
#include "messaging/SupplementService.h"
#include "presence/PresenceService.h"
#include "repositories/ArchiveExportRepository.h"
#include "repositories/EServiceRepository.h"
#include "repositories/RegisterRepository.h"
#include "repositories/SettingsRepository.h"
#include "retention/RetentionService.h"
#include "retention/RetentionTask.h"
#include "workflow/CaseMarks.h"
#include "workflow/CaseService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QUuid>

#include <gtest/gtest.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kParking = QStringLiteral("parkeringstillstand");
const QString kSecretName = QStringLiteral("Quintessa Zyxwvutsson");
const QString kSecretAnswer = QStringLiteral("Xylofonvägen 7");
const QDateTime kNow(QDate(2027, 3, 1), QTime(2, 30), Qt::UTC);

std::string text(const Error& e)
{
    return e.describe().toStdString();
}

qint64 scalar(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error()));
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

bool run(const Database& db, const QString& sql, const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : text(q.error()));
    return q.ok();
}

bool close(const Database& db, qint64 caseId, int daysAgo, const QDateTime& now = kNow)
{
    return run(db, QStringLiteral("UPDATE cases SET status_id = 'closed', closed_at = ? WHERE id = ?"),
               {toSqlTime(now.addDays(-daysAgo)), caseId});
}

QStringList tables(const Database& db, bool withCaseIdOnly)
{
    const QString sql =
        db.dialect() == Dialect::Sqlite
            ? (withCaseIdOnly
                   ? QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p"
                                    " WHERE m.type = 'table' AND p.name = 'case_id' ORDER BY 1")
                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"))
            : QStringLiteral("SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = "
                             "current_schema()"
                             " AND t.table_type = 'BASE TABLE' AND (? = 0 OR EXISTS (SELECT 1 FROM "
                             "information_schema.columns c"
                             " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND "
                             "c.column_name = 'case_id'))"
                             " ORDER BY 1");
    auto q = db.dialect() == Dialect::Sqlite ? db.exec(sql) : db.exec(sql, {withCaseIdOnly ? 1 : 0});
    QStringList names;
    while (q.ok() && q->next())
        names << q->value(0).toString();
    return names;
}

QMap<QString, qint64> rowCounts(const Database& db)
{
    QMap<QString, qint64> counts;
    for (const QString& table : tables(db, false))
        counts.insert(table, scalar(db, QStringLiteral("SELECT count(*) FROM ") + table));
    return counts;
}

} // namespace

class RetentionTest : public BackendTest
{
protected:
    // A case as the portal sends it, closed `daysAgo` days before kNow (negative: still open).
    qint64 closedCase(const QString& externalId, int daysAgo, const QString& eservice = kParking,
                      const QString& name = QStringLiteral("Tolvan Tolvansson"))
    {
        Submission s = sampleSubmission(externalId);
        s.applicant.name = name;
        s.signatures[0].name = name;
        if (eservice != kParking) {
            s.eserviceId = eservice;
            s.eserviceName = QStringLiteral("Skolskjuts");
        }
        auto receipt = IntakeService(db()).submit(s);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string() : text(receipt.error()));
        if (!receipt.ok())
            return 0;
        m_refs.insert(receipt->caseId, receipt->reference);
        const qint64 id = receipt->caseId;
        if (daysAgo >= 0) {
            // A supplement request and the decision that closed the case: both are purged with it.
            const QString reference = receipt->reference;
            auto request = SupplementService(db()).request(reference, QStringLiteral("Intyg saknas."),
                                                           QDate::currentDate().addDays(14));
            EXPECT_TRUE(request.ok()) << (request.ok() ? std::string() : text(request.error()));
            auto decision = DecisionService(db()).record(
                reference,
                {QStringLiteral("approved"), QStringLiteral("Beviljas."), std::nullopt, std::nullopt});
            EXPECT_TRUE(decision.ok()) << (decision.ok() ? std::string() : text(decision.error()));
            close(db(), id, daysAgo);
        }
        // What casework adds: a message with an attachment of its own, and a note.
        const QString time = toSqlTime(kNow.addDays(-40)).toString();
        auto message =
            db().exec(QStringLiteral("INSERT INTO messages (case_id, direction, author, body, sent_at)"
                                     " VALUES (?, 'in', ?, ?, ?) RETURNING id"),
                      {id, name, QString(QStringLiteral("Hej, här är ") + name), time});
        EXPECT_TRUE(message.ok() && message->next());
        const qint64 messageId = message.ok() ? message->value(0).toLongLong() : 0;
        run(db(),
            QStringLiteral("INSERT INTO attachments (case_id, message_id, file_name, mime_type, size_bytes,"
                           " sha256, content, created_at) VALUES (?, ?, 'intyg.pdf', 'application/pdf', ?,"
                           " 'x', ?, ?)"),
            {id, messageId, qint64(tinyPdf().size()), tinyPdf(), time});
        run(db(),
            QStringLiteral("INSERT INTO notes (case_id, author, body, created_at) VALUES (?, 'h', ?, ?)"),
            {id, QString(QStringLiteral("Ringde ") + name), time});
        return id;
    }

    bool exists(qint64 caseId)
    {
        return scalar(db(), QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {caseId}) == 1;
    }
    qint64 purgeLogRows() { return scalar(db(), QStringLiteral("SELECT count(*) FROM purge_log")); }

    PurgeReport purge(const PurgeOptions& options = {}, const QDateTime& now = kNow)
    {
        auto report = RetentionService(db()).purge(now, options);
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : text(report.error()));
        return report.ok() ? *report : PurgeReport{};
    }

    QHash<qint64, QString> m_refs;
};

TEST_P(RetentionTest, PurgesOnlyCasesWhoseRetentionTimeHasRunOut)
{
    const qint64 day29 = closedCase(QStringLiteral("r-29"), 29);
    const qint64 day30 = closedCase(QStringLiteral("r-30"), 30);
    const qint64 day31 = closedCase(QStringLiteral("r-31"), 31);
    const qint64 open = closedCase(QStringLiteral("r-open"), -1);
    const qint64 never = closedCase(QStringLiteral("r-never"), 3650, QStringLiteral("skolskjuts"));
    ASSERT_TRUE(EServiceRepository(db()).setRetention(kParking, 30).ok());
    ASSERT_TRUE(EServiceRepository(db()).setRetention(QStringLiteral("skolskjuts"), std::nullopt).ok());
    const qint64 fields =
        scalar(db(), QStringLiteral("SELECT count(*) FROM form_fields WHERE case_id = ?"), {day31});
    const qint64 mails =
        scalar(db(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE case_id = ?"), {day31});
    const qint64 events =
        scalar(db(), QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ?"), {day31});

    auto preview = RetentionService(db()).preview(kNow);
    ASSERT_TRUE(preview.ok()) << text(preview.error());
    EXPECT_EQ(preview->dueNow, 1);
    EXPECT_EQ(preview->dueNextWeek, 2); // 30 days ago is due exactly now, which is not before now
    ASSERT_EQ(preview->cases.size(), 3);
    EXPECT_EQ(preview->cases[0].reference, m_refs.value(day31));
    EXPECT_EQ(preview->cases[0].dueAt(), kNow.addDays(-1));
    EXPECT_EQ(preview->cases[2].reference, m_refs.value(day29));

    const PurgeReport report = purge();
    EXPECT_EQ(report.purged, 1);
    EXPECT_EQ(report.logged, 1);
    EXPECT_TRUE(report.complete);
    EXPECT_FALSE(exists(day31));
    for (qint64 id : {day29, day30, open, never})
        EXPECT_TRUE(exists(id)) << id;

    auto row = db().exec(QStringLiteral(
        "SELECT reference, eservice_id, field_count, attachment_count, message_count, note_count,"
        " signature_count, event_count, mail_count, closed_at FROM purge_log"));
    ASSERT_TRUE(row.ok() && row->next());
    EXPECT_EQ(row->value(0).toString(), m_refs.value(day31));
    EXPECT_EQ(row->value(1).toString(), kParking);
    EXPECT_EQ(row->value(2).toLongLong(), fields);
    EXPECT_GT(fields, 0);
    EXPECT_EQ(row->value(3).toInt(), 3); // the submission's, the message's and the decision document
    EXPECT_EQ(row->value(4).toInt(), 3); // the applicant's, the supplement request and the decision
    EXPECT_EQ(row->value(5).toInt(), 1);
    EXPECT_EQ(row->value(6).toInt(), 1);
    EXPECT_EQ(row->value(7).toLongLong(), events);
    EXPECT_EQ(row->value(8).toLongLong(), mails);
    EXPECT_EQ(fromSqlTime(row->value(9)), kNow.addDays(-31));
    EXPECT_EQ(
        scalar(db(),
               QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE action = 'retention.purged' AND detail = '1'")),
        1);

    // Nothing more is due: a second run purges nothing and still leaves its audit row.
    EXPECT_EQ(purge().purged, 0);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.purged'")), 2);
}

TEST_P(RetentionTest, ACaseReopenedAfterTheDryRunStays)
{
    const qint64 a = closedCase(QStringLiteral("r-a"), 40);
    const qint64 b = closedCase(QStringLiteral("r-b"), 40);
    auto preview = RetentionService(db()).preview(kNow);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->dueNow, 2);
    ASSERT_TRUE(CaseService(db())
                    .changeStatus(m_refs.value(a), QStringLiteral("in_progress"), std::nullopt, {})
                    .ok());
    EXPECT_EQ(purge().purged, 1);
    EXPECT_TRUE(exists(a));
    EXPECT_FALSE(exists(b));
}

TEST_P(RetentionTest, TheDeleteChecksEligibilityAgain)
{
    // Selected while due, reopened before the DELETE (another caseworker, on PostgreSQL): stays.
    const qint64 a = closedCase(QStringLiteral("r-a"), 40);
    const qint64 b = closedCase(QStringLiteral("r-b"), 40);
    ASSERT_TRUE(
        run(db(), QStringLiteral("UPDATE cases SET status_id = 'in_progress', closed_at = NULL WHERE id = ?"),
            {a}));
    TransactionGuard transaction(db());
    auto deleted = RetentionRepository(db()).deleteDue({a, b}, kNow);
    ASSERT_TRUE(deleted.ok()) << text(deleted.error());
    EXPECT_EQ(*deleted, QList<qint64>{b});
    // A status of the closed kind alone is not enough either: closed_at must be set.
    ASSERT_TRUE(run(db(), QStringLiteral("UPDATE cases SET status_id = 'closed' WHERE id = ?"), {a}));
    EXPECT_TRUE(RetentionRepository(db()).deleteDue({a}, kNow)->isEmpty());
    ASSERT_TRUE(transaction.commit().ok());
}

TEST_P(RetentionTest, AnInterruptedRunResumesAndPurgesEachCaseOnce)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << closedCase(QStringLiteral("r-%1").arg(i), 40 + i);
    PurgeOptions options;
    options.batchSize = 2;
    options.maxBatches = 1;
    PurgeReport first = purge(options);
    EXPECT_EQ(first.purged, 2);
    EXPECT_FALSE(first.complete);

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    options.maxBatches = -1;
    options.cancel = &cancel;
    options.progress = [&](const PurgeProgress& p) {
        ++progressCalls;
        EXPECT_EQ(p.expected, 3);
        cancel.store(true); // Ctrl+C after the first batch
    };
    PurgeReport second = purge(options);
    EXPECT_EQ(second.purged, 2);
    EXPECT_FALSE(second.complete);
    EXPECT_EQ(progressCalls, 1);

    PurgeReport third = purge();
    EXPECT_EQ(third.purged, 1);
    EXPECT_TRUE(third.complete);
    for (qint64 id : ids)
        EXPECT_FALSE(exists(id));
    EXPECT_EQ(purgeLogRows(), 5);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(DISTINCT reference) FROM purge_log")), 5);
    EXPECT_EQ(purge().purged, 0);
    EXPECT_EQ(purgeLogRows(), 5);
}

TEST_P(RetentionTest, NothingOfAPurgedCaseIsLeftAndTheLogHoldsNoPersonalData)
{
    const qint64 gone = closedCase(QStringLiteral("r-gone"), 45, kParking, kSecretName);
    const qint64 kept = closedCase(QStringLiteral("r-kept"), 5);
    // What Navet said of the applicant, and a lookup asked, on both (0024, 0025).
    for (const qint64 id : {gone, kept}) {
        NavetPerson person;
        person.personalNumber = sampleApplicant();
        person.name = NavetName{QStringLiteral("Tolvan"), QString(), QStringLiteral("Tolvansson"), QString()};
        person.fetchedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(RegisterRepository(db()).record(m_refs.value(id), person).ok());
        ASSERT_TRUE(RegisterRepository(db()).requestLookup(m_refs.value(id)).ok());
        // Someone's flag on it (0033), a notification about it (0034), someone having it open (0035).
        ASSERT_TRUE(CaseMarkService(db()).setFlagged(m_refs.value(id), true).ok());
        ASSERT_TRUE(
            db().exec(QStringLiteral("INSERT INTO notifications (recipient, kind, case_id, reference,"
                                     " eservice_id, actor) VALUES ('kollega', 'mention', ?, ?, ?, 'x')"),
                      {id, m_refs.value(id), kParking})
                .ok());
        ASSERT_TRUE(PresenceService(db()).beat(m_refs.value(id)).ok());
        // An archive export of it (0038): an e-service need not wait for it to purge it.
        ASSERT_TRUE(ArchiveExportRepository(db()).record(id, QString(64, QLatin1Char('a'))).ok());
    }
    ASSERT_TRUE(CaseService(db()).open(m_refs.value(gone), false).ok()); // an audit row about the case
    EXPECT_EQ(purge().purged, 1);

    const QStringList withCaseId = tables(db(), true);
    for (const char* expected :
         {"form_pages", "form_fields", "case_parties", "signatures", "messages", "attachments", "notes",
          "case_events", "mail_outbox", "audit_log", "supplement_requests", "decisions", "case_marks",
          "notifications", "case_presence", "case_archive_exports"})
        EXPECT_TRUE(withCaseId.contains(QString::fromLatin1(expected))) << expected;
    for (const QString& table : withCaseId) {
        const QString sql =
            QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE case_id = ?");
        const qint64 left = scalar(db(), sql, {gone});
        if (table == QLatin1String("audit_log")) {
            // case.opened, case.register_fetched, case.register_requested, and on PostgreSQL the
            // database's own case.personal_data_read
            EXPECT_EQ(left, db().dialect() == Dialect::Postgres ? 4 : 3)
                << "audit rows keep id and reference for accountability until they expire";
            continue;
        }
        if (table == QLatin1String("case_changes")) {
            EXPECT_EQ(left, 1) << "one change-log row announces the purge; trimmed after a day";
            continue;
        }
        EXPECT_EQ(left, 0) << table.toStdString();
        EXPECT_GT(scalar(db(), sql, {kept}), 0)
            << table.toStdString() << " (the check must see the other case)";
    }

    // Every column of the purge log and the audit log, as text: no name, personal number or e-mail.
    for (const QString& table : {QStringLiteral("purge_log"), QStringLiteral("audit_log")}) {
        auto q = db().exec(QStringLiteral("SELECT * FROM ") + table);
        ASSERT_TRUE(q.ok());
        int rows = 0;
        while (q->next()) {
            ++rows;
            for (int column = 0; column < q->record().count(); ++column) {
                const QString value = q->value(column).toString();
                for (const QString& secret :
                     {kSecretName, QStringLiteral("Zyxwvutsson"), QStringLiteral("19121212-1212"),
                      QStringLiteral("121212-1212"), QStringLiteral("tolvan@example.se")})
                    EXPECT_FALSE(value.contains(secret))
                        << table.toStdString() << ": " << value.toStdString();
            }
        }
        EXPECT_GT(rows, 0) << table.toStdString();
    }
}

TEST_P(RetentionTest, ADryRunChangesNothing)
{
    closedCase(QStringLiteral("r-1"), 45);
    closedCase(QStringLiteral("r-2"), 25);
    const auto before = rowCounts(db());
    ASSERT_GT(before.size(), 10);
    auto preview = RetentionService(db()).preview(kNow);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->dueNow, 1);
    EXPECT_EQ(preview->dueNextWeek, 1);
    EXPECT_EQ(rowCounts(db()), before);
}

TEST_P(RetentionTest, AuditRowsExpireAfterTheConfiguredTime)
{
    const QString insert =
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES (?, 'someone', ?)");
    ASSERT_TRUE(run(db(), insert, {toSqlTime(kNow.addDays(-731)), QStringLiteral("old")}));
    ASSERT_TRUE(run(db(), insert, {toSqlTime(kNow.addDays(-729)), QStringLiteral("recent")}));
    PurgeReport report = purge();
    EXPECT_EQ(report.auditRowsExpired, 1);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('old', 'recent')")), 1);

    ASSERT_TRUE(
        SettingsRepository(db()).set(QStringLiteral("audit.retention_days"), QStringLiteral("soon")).ok());
    report = purge();
    EXPECT_EQ(report.auditNote.code, QStringLiteral("audit_retention_invalid"));
    EXPECT_EQ(report.auditNote.args, QStringList{QStringLiteral("36500")});
    EXPECT_EQ(
        report.auditNote.text.english(),
        QStringLiteral("audit.retention_days is not a number of days from 1 to 36500; the audit log is left "
                       "as is"));
    EXPECT_EQ(report.auditRowsExpired, 0);
    ASSERT_TRUE(
        SettingsRepository(db()).set(QStringLiteral("audit.retention_days"), QStringLiteral("100")).ok());
    EXPECT_EQ(purge().auditRowsExpired, 1);
    EXPECT_EQ(
        scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('old', 'recent')")), 0);
}

TEST_P(RetentionTest, TheDailyTimeComesFromTheOptionTheSettingsOrTheDefault)
{
    EXPECT_EQ(RetentionTask(db(), std::nullopt).runAt(), QTime(2, 30));
    ASSERT_TRUE(
        SettingsRepository(db()).set(QStringLiteral("retention.run_at"), QStringLiteral("04:15")).ok());
    EXPECT_EQ(RetentionTask(db(), std::nullopt).runAt(), QTime(4, 15));
    EXPECT_EQ(RetentionTask(db(), QTime(23, 5)).runAt(), QTime(23, 5));
    ASSERT_TRUE(
        SettingsRepository(db()).set(QStringLiteral("retention.run_at"), QStringLiteral("25:00")).ok());
    EXPECT_EQ(RetentionTask(db(), std::nullopt).runAt(), QTime(2, 30));
}

CASEDESK_INSTANTIATE_BACKENDS(RetentionTest);

// SQLite only: secure_delete, the checkpoint and the vacuum leave no trace in the files.
TEST(RetentionFilesTest, APurgedApplicantIsGoneFromTheDatabaseFiles)
{
    TestDatabase database(Backend::Sqlite);
    ASSERT_TRUE(database.ok());
    Database& db = database.db();
    Submission s = sampleSubmission(QStringLiteral("secret-1"));
    s.applicant.name = kSecretName;
    s.signatures[0].name = kSecretName;
    // A form answer that only this case holds; its first letter starts no other word in the
    // index, so FTS5's prefix compression stores the whole word.
    s.pages[0].fields[0].value = kSecretAnswer;
    s.pages[0].fields[0].valueText = kSecretAnswer;
    s.signatures[0].signedDigest = pagesDigest(s.pages);
    auto receipt = IntakeService(db).submit(s);
    ASSERT_TRUE(receipt.ok());
    ASSERT_TRUE(IntakeService(db).submit(sampleSubmission(QStringLiteral("other-1"))).ok());
    ASSERT_TRUE(close(db, receipt->caseId, 60));
    ASSERT_TRUE(
        run(db, QStringLiteral("INSERT INTO notes (case_id, author, body, created_at) VALUES (?, 'h', ?, ?)"),
            {receipt->caseId, QString(QStringLiteral("Samtal med ") + kSecretName), toSqlTime(kNow)}));

    const QFileInfo main(database.url().sqlitePath);
    auto fileBytes = [&]() {
        QByteArray all;
        for (const QString& name : main.dir().entryList({main.fileName() + QLatin1Char('*')}, QDir::Files)) {
            QFile file(main.dir().filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly));
            all += file.readAll();
        }
        return all;
    };
    auto oneFile = [&](const QString& suffix) {
        QFile file(main.filePath() + suffix);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray needle = kSecretName.toUtf8();
    // The full-text index keeps words lower-cased, each on its own: those are residue too.
    const QList<QByteArray> words{needle,
                                  QByteArrayLiteral("Zyxwvutsson"),
                                  kSecretAnswer.toUtf8(),
                                  QByteArrayLiteral("quintessa"),
                                  QByteArrayLiteral("zyxwvutsson"),
                                  QString(QStringLiteral("xylofonvägen")).toUtf8()};
    for (const QByteArray& word : words)
        ASSERT_TRUE(fileBytes().contains(word)) << "the check must see " << word.toStdString() << " first";
    auto report = RetentionService(db).purge(kNow);
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_EQ(report->purged, 1);
    ASSERT_FALSE(report->maintenance.isEmpty());
    EXPECT_FALSE(fileBytes().contains(needle))
        << report->maintenance.constFirst().text.english().toStdString();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QByteArray bytes = oneFile(suffix);
        for (const QByteArray& word : words)
            EXPECT_FALSE(bytes.contains(word))
                << word.toStdString() << " left in the file" << suffix.toStdString();
    }
    // The other case is still found: the index was rebuilt, not dropped.
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'tolvansson'")),
        1);
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'quintessa'")),
        0);

    // Space: new files start with incremental auto-vacuum; a file made by an older CaseDesk
    // (auto_vacuum NONE) is converted by the first big purge, and later runs use that.
    ASSERT_EQ(scalar(db, QStringLiteral("PRAGMA auto_vacuum")), 2);
    ASSERT_TRUE(run(db, QStringLiteral("PRAGMA auto_vacuum = NONE")));
    ASSERT_TRUE(run(db, QStringLiteral("VACUUM")));
    ASSERT_EQ(scalar(db, QStringLiteral("PRAGMA auto_vacuum")), 0);
    const auto bigCase = [&](const QString& externalId) {
        auto big = IntakeService(db).submit(sampleSubmission(externalId));
        EXPECT_TRUE(big.ok());
        QByteArray content(4 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char((i * 7919 + i / 4096 * 104729) % 251);
        run(db,
            QStringLiteral(
                "INSERT INTO attachments (case_id, file_name, mime_type, size_bytes, sha256, content,"
                " created_at) VALUES (?, 'big.bin', 'application/pdf', ?, 'x', ?, ?)"),
            {big->caseId, qint64(content.size()), content, toSqlTime(kNow)});
        close(db, big->caseId, 60);
    };
    for (const char* id : {"big-1", "big-2"}) {
        bigCase(QString::fromLatin1(id));
        auto run = RetentionService(db).purge(kNow);
        ASSERT_TRUE(run.ok()) << text(run.error());
        EXPECT_EQ(run->purged, 1);
        ASSERT_FALSE(run->maintenance.isEmpty());
        EXPECT_EQ(run->maintenance.constFirst().code, QString::fromLatin1(id) == QLatin1String("big-1")
                                                          ? QStringLiteral("sqlite_vacuum")
                                                          : QStringLiteral("sqlite_incremental_vacuum"))
            << run->maintenance.constFirst().text.english().toStdString();
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA auto_vacuum")), 2);
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA freelist_count")), 0);
        EXPECT_LT(QFileInfo(main.filePath()).size(), 2 * 1024 * 1024);
    }
}

// PostgreSQL decides who purges: a caseworker cannot, even around the client; the service role
// and administrators can; only the service (and the owner) expire the audit log.
TEST(RetentionAccessTest, OnlyTheServiceRoleAndAdministratorsPurge)
{
    TestDatabase database(Backend::Postgres);
    ASSERT_TRUE(database.ok());
    Database& owner = database.db();
    // Roles purge by the database's clock, whatever time the client names: this test uses now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto receipt = IntakeService(owner).submit(sampleSubmission(QStringLiteral("acl-%1").arg(i)));
        ASSERT_TRUE(receipt.ok());
        ASSERT_TRUE(close(owner, receipt->caseId, 40, now));
        ids << receipt->caseId;
    }
    ASSERT_TRUE(run(
        owner, QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES (?, 'x', 'old')"),
        {toSqlTime(now.addDays(-800))}));
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString cw = QStringLiteral("ret_cw_") + suffix;
    const QString admin = QStringLiteral("ret_admin_") + suffix;
    const QString service = QStringLiteral("ret_svc_") + suffix;
    ASSERT_TRUE(AccessService(owner).addUser(cw, QStringLiteral("caseworker"), {}, true).ok());
    ASSERT_TRUE(AccessService(owner).grant(cw, kParking, QStringLiteral("work")).ok());
    ASSERT_TRUE(AccessService(owner).addUser(admin, QStringLiteral("admin"), {}, false).ok());
    QString error;
    PostgresCluster* cluster = PostgresCluster::shared(&error);
    ASSERT_TRUE(cluster) << error.toStdString();
    ASSERT_TRUE(cluster->execAsSuperuser(
        database.url().databaseName,
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE casedesk_service").arg(service), &error))
        << error.toStdString();
    auto as = [&](const QString& login) { return database.openAs(login); };
    auto asCaseworker = as(cw);
    auto asAdmin = as(admin);
    auto asService = as(service);
    ASSERT_TRUE(asCaseworker && asAdmin && asService);

    auto denied = RetentionService(*asCaseworker).purge(now);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    {
        TransactionGuard transaction(*asCaseworker);
        auto raw = RetentionRepository(*asCaseworker).deleteDue(ids, now);
        ASSERT_FALSE(raw.ok());
        EXPECT_EQ(raw.error().code, ErrorCode::PermissionDenied);
    }
    auto rawAudit = RetentionRepository(*asCaseworker).expireAudit(now, 10);
    ASSERT_FALSE(rawAudit.ok());
    EXPECT_EQ(rawAudit.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(scalar(owner, QStringLiteral("SELECT count(*) FROM cases")), 3);

    PurgeOptions oneBatch;
    oneBatch.batchSize = 2;
    oneBatch.maxBatches = 1;
    auto byService = RetentionService(*asService).purge(now, oneBatch);
    ASSERT_TRUE(byService.ok()) << text(byService.error());
    EXPECT_EQ(byService->purged, 2);
    EXPECT_EQ(byService->auditRowsExpired, 1);
    ASSERT_EQ(byService->maintenance.size(), 1);
    EXPECT_EQ(byService->maintenance.constFirst().code,
              QStringLiteral("postgresql_vacuum_left_to_autovacuum"));
    EXPECT_TRUE(byService->maintenance.constFirst().text.english().contains(QStringLiteral("autovacuum")));

    auto byAdmin = RetentionService(*asAdmin).purge(now);
    ASSERT_TRUE(byAdmin.ok()) << text(byAdmin.error());
    EXPECT_EQ(byAdmin->purged, 1);
    EXPECT_EQ(byAdmin->auditNote.code, QStringLiteral("audit_left_to_service"));
    EXPECT_EQ(scalar(owner, QStringLiteral("SELECT count(*) FROM cases")), 0);
    EXPECT_EQ(scalar(owner, QStringLiteral("SELECT count(*) FROM purge_log")), 3);
    EXPECT_EQ(scalar(owner,
                     QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'retention.purged' AND actor = ?"),
                     {service}),
              1);
}
