// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "intake/IntakeService.h"
#include "messaging/DecisionService.h"
#include "messaging/MessageService.h"
#include "repositories/CaseRepository.h"
#include "workflow/CaseService.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>

using namespace casedesk;
using namespace casedesk::test;

// The rules of working a case, once, as a table. Each rule says how the C++ workflow core
// (CaseWork, through the services) is asked and which ErrorCode it answers, and which raw SQL a
// psql user of the same role would send on PostgreSQL and what the database must do with it.
// The C++ side runs on SQLite, where it is the only guard, and on PostgreSQL; the SQL side runs
// on PostgreSQL as a real login of that role. SQLite has one user, so the rules about who may
// work a case hold there only on PostgreSQL (`sqliteToo` false).

namespace {

enum class Which
{
    Parking,   // the caseworkers work it; the reader reads it
    Protected, // parking, protected identity
    School,    // the caseworker may only read it
};

enum class Sql
{
    Accepted,     // every statement and the commit went through
    Refused,      // a statement or the commit failed
    NoRowChanged, // an UPDATE found no row it may change (row-level security, a stale version)
};

const char* sqlName(Sql s)
{
    switch (s) {
    case Sql::Accepted:
        return "accepted";
    case Sql::Refused:
        return "refused";
    case Sql::NoRowChanged:
        return "no row changed";
    }
    return "?";
}

using Step = std::function<VoidResult(const Database& db, const QString& reference)>;

struct Rule
{
    const char* name;
    const char* actor; // cw (works parking, reads school), cwp (cw + protected identity), rd (reader)
    Which which;
    bool sqliteToo;
    Step prepare; // as the owner, before the rule is tried; may be empty
    Step viaCore; // as the actor
    std::optional<ErrorCode> expected;
    QStringList sql; // as the actor, in one transaction; %1 is the case's id
    Sql database;
};

template <typename T> VoidResult voided(const Result<T>& r)
{
    if (!r.ok())
        return r.error();
    return {};
}

Step status(const char* statusId, std::optional<int> expectedVersion = std::nullopt)
{
    return [=](const Database& db, const QString& ref) {
        return voided(
            CaseService(db).changeStatus(ref, QString::fromLatin1(statusId), expectedVersion, QString()));
    };
}

Step note()
{
    return [](const Database& db, const QString& ref) {
        return voided(MessageService(db).addNote(ref, QStringLiteral("Notering")));
    };
}

Step message()
{
    return [](const Database& db, const QString& ref) {
        return voided(MessageService(db).send(ref, QStringLiteral("Hej"), {}));
    };
}

Step decide()
{
    return [](const Database& db, const QString& ref) {
        DecisionInput input;
        input.outcomeId = QStringLiteral("approved");
        input.text = QStringLiteral("Beviljas.");
        return voided(DecisionService(db).record(ref, input));
    };
}

QString statusChange(const char* from, const char* to)
{
    return QStringLiteral("INSERT INTO case_events (case_id, occurred_at, actor, kind, from_status_id, "
                          "to_status_id) VALUES (%1, now(), session_user, 'status_changed', '%2', '%3')")
        .arg(QStringLiteral("%1"), QString::fromLatin1(from), QString::fromLatin1(to));
}

const QString kNoteSql = QStringLiteral(
    "INSERT INTO notes (case_id, author, body, created_at) VALUES (%1, session_user, 'Notering', now())");
const QString kMessageSql =
    QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                   " VALUES (%1, 'out', 'message', session_user, 'Hej', now())");
const QString kDecisionMessageSql =
    QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                   " VALUES (%1, 'out', 'decision', session_user, 'Beviljas.', now())");
const QString kDecisionSql = QStringLiteral(
    "INSERT INTO decisions (case_id, outcome_id, outcome_name_sv, outcome_name_en, body, message_id,"
    " decided_by, decided_at) SELECT %1, 'approved', 'Beviljas', 'Approved', 'Beviljas.',"
    " (SELECT max(m.id) FROM messages m WHERE m.case_id = %1 AND m.kind = 'decision'), session_user, now()");

QList<Rule> rules()
{
    const QString toRegistered = QStringLiteral("UPDATE cases SET status_id = 'registered' WHERE id = %1");
    return {
        // Controls: what the rules allow goes through both guards, so a refusal below is the
        // rule's and not a mistake in the statement.
        {"a caseworker with work right moves a case along the workflow",
         "cw",
         Which::Parking,
         true,
         {},
         status("registered"),
         std::nullopt,
         {toRegistered, statusChange("submitted", "registered")},
         Sql::Accepted},
        {"a caseworker with work right writes notes and messages",
         "cw",
         Which::Parking,
         true,
         {},
         [](const Database& db, const QString& ref) {
             if (auto r = note()(db, ref); !r.ok())
                 return r;
             return message()(db, ref);
         },
         std::nullopt,
         {kNoteSql, kMessageSql},
         Sql::Accepted},
        {"a caseworker with the protected-identity right works a protected case",
         "cwp",
         Which::Protected,
         true,
         {},
         status("registered"),
         std::nullopt,
         {toRegistered, statusChange("submitted", "registered")},
         Sql::Accepted},
        {"a decision makes a case decided",
         "cw",
         Which::Parking,
         true,
         status("in_progress"),
         decide(),
         std::nullopt,
         {kDecisionMessageSql, kDecisionSql,
          QStringLiteral("UPDATE cases SET status_id = 'decided' WHERE id = %1"),
          statusChange("in_progress", "decided")},
         Sql::Accepted},

        // Who may work a case.
        {"a reader changes no status",
         "rd",
         Which::Parking,
         false,
         {},
         status("registered"),
         ErrorCode::PermissionDenied,
         {toRegistered, statusChange("submitted", "registered")},
         Sql::Refused},
        {"a caseworker without work right on the e-service changes no status",
         "cw",
         Which::School,
         false,
         {},
         status("registered"),
         ErrorCode::PermissionDenied,
         {toRegistered, statusChange("submitted", "registered")},
         Sql::NoRowChanged},
        {"a caseworker without work right on the e-service writes no note",
         "cw",
         Which::School,
         false,
         {},
         note(),
         ErrorCode::PermissionDenied,
         {kNoteSql},
         Sql::Refused},
        {"a caseworker without work right on the e-service sends no message",
         "cw",
         Which::School,
         false,
         {},
         message(),
         ErrorCode::PermissionDenied,
         {kMessageSql},
         Sql::Refused},
        {"a caseworker without the protected-identity right changes no status of a protected case",
         "cw",
         Which::Protected,
         false,
         {},
         status("registered"),
         ErrorCode::PermissionDenied,
         {toRegistered, statusChange("submitted", "registered")},
         Sql::NoRowChanged},
        {"a caseworker without the protected-identity right writes no note on a protected case",
         "cw",
         Which::Protected,
         false,
         {},
         note(),
         ErrorCode::PermissionDenied,
         {kNoteSql},
         Sql::Refused},
        {"a caseworker without the protected-identity right sends no message on a protected case",
         "cw",
         Which::Protected,
         false,
         {},
         message(),
         ErrorCode::PermissionDenied,
         {kMessageSql},
         Sql::Refused},

        // The workflow itself.
        {"a status change not in status_transitions is refused",
         "cw",
         Which::Parking,
         true,
         {},
         status("supplemented"),
         ErrorCode::InvalidInput,
         {QStringLiteral("UPDATE cases SET status_id = 'supplemented' WHERE id = %1"),
          statusChange("submitted", "supplemented")},
         Sql::Refused},
        {"a stale expected version is refused",
         "cw",
         Which::Parking,
         true,
         status("registered"),
         status("in_progress", 1),
         ErrorCode::Conflict,
         {QStringLiteral("UPDATE cases SET status_id = 'in_progress' WHERE id = %1 AND version = 1"),
          statusChange("registered", "in_progress")},
         Sql::NoRowChanged},
        {"a move to 'decided' without a decision is refused",
         "cw",
         Which::Parking,
         true,
         status("in_progress"),
         status("decided"),
         ErrorCode::InvalidInput,
         {QStringLiteral("UPDATE cases SET status_id = 'decided' WHERE id = %1"),
          statusChange("in_progress", "decided")},
         Sql::Refused},
        {"a second decision that is not a correction of the latest is refused",
         "cw",
         Which::Parking,
         true,
         decide(),
         decide(),
         ErrorCode::Conflict,
         {kDecisionMessageSql, kDecisionSql},
         Sql::Refused},
    };
}

class WorkflowRulesTest : public ::testing::Test
{
protected:
    void start(Backend backend)
    {
        static int counter = 0;
        m_prefix = QStringLiteral("w%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(backend);
        ASSERT_TRUE(m_database->ok());
        if (backend != Backend::Postgres)
            return;
        const AccessService access(owner());
        ASSERT_TRUE(access.addUser(login("cw"), QStringLiteral("caseworker"), QString(), false).ok());
        ASSERT_TRUE(access.addUser(login("cwp"), QStringLiteral("caseworker"), QString(), true).ok());
        ASSERT_TRUE(access.addUser(login("rd"), QStringLiteral("reader"), QString(), false).ok());
        const QString parking = QStringLiteral("parkeringstillstand");
        // The e-services exist once a case of each came in.
        ASSERT_FALSE(submit(Which::Parking).isEmpty());
        ASSERT_FALSE(submit(Which::School).isEmpty());
        ASSERT_TRUE(access.grant(login("cw"), parking, QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(login("cw"), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
        ASSERT_TRUE(access.grant(login("cwp"), parking, QStringLiteral("work")).ok());
        ASSERT_TRUE(access.grant(login("rd"), parking, QStringLiteral("read")).ok());
    }

    Database& owner() { return m_database->db(); }
    QString login(const char* actor) const { return m_prefix + QString::fromLatin1(actor); }

    // On PostgreSQL a connection as the actor's own login; SQLite has only its one user.
    std::unique_ptr<Database> as(const char* actor)
    {
        return m_database->url().dialect == Dialect::Postgres ? m_database->openAs(login(actor))
                                                              : m_database->openAnother();
    }

    // A fresh case for each rule, so that no rule sees another's changes.
    QString submit(Which which)
    {
        Submission s = sampleSubmission(QStringLiteral("rule-%1").arg(++m_cases));
        if (which == Which::Protected)
            s.applicant.protectedIdentity = true;
        if (which == Which::School) {
            s.eserviceId = QStringLiteral("skolskjuts");
            s.eserviceName = QStringLiteral("Skolskjuts");
        }
        auto receipt = IntakeService(owner()).submit(s);
        EXPECT_TRUE(receipt.ok()) << (receipt.ok() ? std::string()
                                                   : receipt.error().describe().toStdString());
        return receipt.ok() ? receipt->reference : QString();
    }

    // Status and version as the owner sees them.
    std::pair<QString, int> state(const QString& reference)
    {
        auto summary = CaseRepository(owner()).findSummary(reference);
        EXPECT_TRUE(summary.ok() && summary->has_value());
        return summary.ok() && summary->has_value()
                   ? std::pair<QString, int>((*summary)->statusId, (*summary)->version)
                   : std::pair<QString, int>();
    }

    QString prepared(const Rule& rule)
    {
        const QString ref = submit(rule.which);
        if (rule.prepare) {
            const VoidResult r = rule.prepare(owner(), ref);
            EXPECT_TRUE(r.ok()) << rule.name << ": "
                                << (r.ok() ? std::string() : r.error().describe().toStdString());
        }
        return ref;
    }

    // Every rule through the C++ core, as the rule's actor.
    void checkCore()
    {
        const bool postgres = m_database->url().dialect == Dialect::Postgres;
        for (const Rule& rule : rules()) {
            if (!postgres && !rule.sqliteToo)
                continue;
            SCOPED_TRACE(rule.name);
            const QString ref = prepared(rule);
            const auto before = state(ref);
            auto actor = as(rule.actor);
            ASSERT_TRUE(actor);
            const VoidResult result = rule.viaCore(*actor, ref);
            if (!rule.expected) {
                EXPECT_TRUE(result.ok()) << result.error().describe().toStdString();
                continue;
            }
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, *rule.expected) << result.error().describe().toStdString();
            EXPECT_EQ(state(ref), before);
        }
    }

    // Runs the statements in one transaction, the way psql would send them.
    static Sql attempt(Database& db, const QStringList& statements, qint64 caseId)
    {
        if (!db.exec(QStringLiteral("BEGIN")).ok())
            return Sql::Refused;
        for (const QString& statement : statements) {
            const QString sql = QString(statement).replace(QStringLiteral("%1"), QString::number(caseId));
            auto q = db.exec(sql);
            if (!q.ok()) {
                (void)db.exec(QStringLiteral("ROLLBACK"));
                return Sql::Refused;
            }
            if (sql.startsWith(QLatin1String("UPDATE")) && q->numRowsAffected() == 0) {
                (void)db.exec(QStringLiteral("ROLLBACK"));
                return Sql::NoRowChanged;
            }
        }
        if (!db.exec(QStringLiteral("COMMIT")).ok()) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            return Sql::Refused;
        }
        return Sql::Accepted;
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_prefix;
    int m_cases = 0;
};

} // namespace

TEST_F(WorkflowRulesTest, TheCoreHoldsTheRulesOnSqlite)
{
    ASSERT_NO_FATAL_FAILURE(start(Backend::Sqlite));
    checkCore();
}

TEST_F(WorkflowRulesTest, TheCoreHoldsTheRulesOnPostgres)
{
    ASSERT_NO_FATAL_FAILURE(start(Backend::Postgres));
    checkCore();
}

TEST_F(WorkflowRulesTest, TheDatabaseHoldsTheRulesAgainstRawSql)
{
    ASSERT_NO_FATAL_FAILURE(start(Backend::Postgres));
    for (const Rule& rule : rules()) {
        SCOPED_TRACE(rule.name);
        const QString ref = prepared(rule);
        const auto before = state(ref);
        const qint64 caseId = CaseRepository(owner()).findSummary(ref).value().value().id;
        auto actor = as(rule.actor);
        ASSERT_TRUE(actor);
        const Sql outcome = attempt(*actor, rule.sql, caseId);
        EXPECT_EQ(outcome, rule.database)
            << "got " << sqlName(outcome) << ", want " << sqlName(rule.database);
        if (rule.database != Sql::Accepted) {
            EXPECT_EQ(state(ref), before);
        }
    }
}
