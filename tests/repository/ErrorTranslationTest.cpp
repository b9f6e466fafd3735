// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"
#include "TestDatabase.h"

#include "access/AccessService.h"
#include "admin/AdminService.h"
#include "core/Result.h"
#include "db/DatabaseRefusals.h"
#include "intake/IntakeService.h"
#include "messaging/PortalService.h"
#include "repositories/AuditRepository.h"
#include "workflow/CaseService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace casedesk;
using namespace casedesk::test;

// An error made in a service carries its words untranslated with their arguments: it reads in
// Swedish once the Swedish catalogue is installed and in English without it, and its log form
// (describe) stays English either way.

namespace {

// Installs the catalogue the GUI and casedeskctl install for Swedish, for one test.
class SwedishTranslator
{
public:
    SwedishTranslator()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/casedesk_sv.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~SwedishTranslator()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

class ErrorTranslationTest : public BackendTest
{};

NewStatus duplicateOfSubmitted()
{
    NewStatus s;
    s.id = QStringLiteral("submitted");
    s.eserviceId = QStringLiteral("parkeringstillstand");
    s.nameSv = QStringLiteral("Inskickat igen");
    s.nameEn = QStringLiteral("Submitted again");
    return s;
}

} // namespace

TEST_P(ErrorTranslationTest, DuplicateStatusReadsInEnglishWithoutTranslator)
{
    const VoidResult added = AdminService(db()).addStatus(duplicateOfSubmitted());
    ASSERT_FALSE(added.ok());
    const Error& error = added.error();
    EXPECT_EQ(error.code, ErrorCode::Conflict);
    EXPECT_EQ(error.field, QStringLiteral("id"));
    EXPECT_EQ(error.message(), QStringLiteral("a status 'submitted' exists already"));
    EXPECT_EQ(error.explain(), QStringLiteral("Id: a status 'submitted' exists already"));
    EXPECT_EQ(error.describe(), QStringLiteral("id: a status 'submitted' exists already"));
}

TEST_P(ErrorTranslationTest, DuplicateStatusReadsInSwedishWithTheSwedishTranslator)
{
    // Made before the translator is installed: the service does not translate, showing does.
    const VoidResult added = AdminService(db()).addStatus(duplicateOfSubmitted());
    ASSERT_FALSE(added.ok());
    const Error error = added.error();

    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(error.message(), QStringLiteral("det finns redan en status med id 'submitted'"));
    EXPECT_EQ(error.explain(), QStringLiteral("Id: det finns redan en status med id 'submitted'"));
    EXPECT_EQ(error.explainWithPath(), QStringLiteral("id: det finns redan en status med id 'submitted'"));
    // Logs stay English whatever the language of the person.
    EXPECT_EQ(error.describe(), QStringLiteral("id: a status 'submitted' exists already"));
}

TEST_P(ErrorTranslationTest, StatusInUseNamesTheCountAndTheStatusInSwedish)
{
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    const VoidResult deleted = AdminService(db()).deleteStatus(QStringLiteral("closed"));
    ASSERT_FALSE(deleted.ok());
    EXPECT_EQ(deleted.error().field, QStringLiteral("status"));
    EXPECT_EQ(deleted.error().explain(),
              QStringLiteral("Status: standardstatusen 'closed' kan inte tas bort"));
}

CASEDESK_INSTANTIATE_BACKENDS(ErrorTranslationTest);

// An error that wraps another translates both, and keeps the inner argument as it came.
TEST(ErrorTranslation, NestedErrorIsTranslatedThrough)
{
    const auto identity = PortalService::normalizeIdentity(QStringLiteral("19121212-121"));
    ASSERT_FALSE(identity.ok());
    const QString english = identity.error().message();
    EXPECT_TRUE(english.startsWith(QStringLiteral("not a personal number: "))) << english.toStdString();

    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    const QString swedishText = identity.error().message();
    EXPECT_TRUE(swedishText.startsWith(QStringLiteral("inte ett personnummer: ")))
        << swedishText.toStdString();
    EXPECT_NE(swedishText.mid(23), english.mid(23)) << "the inner error stayed English";
    EXPECT_EQ(identity.error().explain().section(QLatin1Char(':'), 0, 0), QStringLiteral("Personnummer"));
}

// Words from outside go in as arguments and are never looked up as texts to translate; an
// argument holding "%2" stays as it is.
TEST(ErrorTranslation, ArgumentsFromOutsideStayAsTheyAre)
{
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    const Error error =
        makeError(ErrorCode::InvalidInput, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 is empty"),
                                            {QStringLiteral("/tmp/%2 must not be empty")}});
    EXPECT_EQ(error.message(), QStringLiteral("/tmp/%2 must not be empty är tom"));
    EXPECT_EQ(
        makeError(ErrorCode::Internal, ErrorText::verbatim(QStringLiteral("must not be empty"))).message(),
        QStringLiteral("must not be empty"));
}

// A plural source takes the Swedish plural form for its number.
TEST(ErrorTranslation, PluralFormFollowsTheNumber)
{
    const ErrorText one = ErrorText::plural(
        QT_TRANSLATE_N_NOOP("casedesk::Errors", "The keyring did not answer within %n second(s)."), 1);
    const ErrorText five = ErrorText::plural(
        QT_TRANSLATE_N_NOOP("casedesk::Errors", "The keyring did not answer within %n second(s)."), 5);
    EXPECT_EQ(five.english(), QStringLiteral("The keyring did not answer within 5 second(s)."));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(one.translated(), QStringLiteral("Nyckelringen svarade inte inom 1 sekund."));
    EXPECT_EQ(five.translated(), QStringLiteral("Nyckelringen svarade inte inom 5 sekunder."));
}

namespace {

// Every reason the database's refusals name (migrations 0019 and 0022, and SQLite's 0023): the
// coded refusals of the change functions, the DETAIL of the functions that RAISE and the write
// guards' refusals.
QSet<QString> reasonsOfTheMigrations()
{
    QString script;
    for (const char* name : {"postgresql/0019_refusal_codes.sql", "postgresql/0022_guard_refusal_codes.sql",
                             "sqlite/0023_guard_refusal_codes.sql"}) {
        QFile file(QStringLiteral(":/sql/") + QLatin1String(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "migration " << name << " is not compiled in";
        script += QString::fromUtf8(file.readAll());
    }
    QSet<QString> reasons;
    static const QRegularExpression coded(
        QStringLiteral("casedesk_coded_refusal\\(\\s*'[a-z_]+',\\s*'([a-z_]+)'"));
    static const QRegularExpression raised(QStringLiteral("casedesk:([a-z_]+):"));
    static const QRegularExpression guarded(QStringLiteral("casedesk_guard_refuse\\(\\s*'([a-z_]+)'"));
    for (const QRegularExpression* pattern : {&coded, &raised, &guarded}) {
        for (auto it = pattern->globalMatch(script); it.hasNext();)
            reasons.insert(it.next().captured(1));
    }
    return reasons;
}

} // namespace

// Each reason the database gives maps onto a text of ours: English without the catalogue,
// Swedish with it, English in the log form either way.
TEST(ErrorTranslation, EveryDatabaseRefusalReasonReadsInSwedish)
{
    const QSet<QString> reasons = reasonsOfTheMigrations();
    // 9 reasons of the change functions, 11 more of the functions that raise (0019), 25 of the
    // write guards (0022; their transition refusal is the change functions' transition_not_allowed)
    // and 6 more of the embedded file's guards (0023; append_only is PostgreSQL's too).
    ASSERT_EQ(reasons.size(), 51) << QStringList(reasons.values()).join(QLatin1Char(' ')).toStdString();
    const QJsonArray args{7, QStringLiteral("status_changed"), QStringLiteral("registered"),
                          QStringLiteral("anna"), QStringLiteral("2024-05-02T10:00:00Z")};
    QHash<QString, QString> english;
    for (const QString& reason : reasons) {
        const std::optional<ErrorText> text = refusalText(reason, args);
        ASSERT_TRUE(text.has_value()) << "no text for the reason " << reason.toStdString();
        EXPECT_EQ(text->translated(), text->english()) << reason.toStdString();
        english.insert(reason, text->english());
    }
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    for (const QString& reason : reasons) {
        const ErrorText text = *refusalText(reason, args);
        EXPECT_NE(text.translated(), english.value(reason))
            << reason.toStdString() << " stays English: " << english.value(reason).toStdString();
        EXPECT_EQ(text.english(), english.value(reason)) << reason.toStdString();
    }
    EXPECT_FALSE(refusalText(QStringLiteral("no_such_reason"), args).has_value());
}

// A transition with no allowed status says "none" in the person's language, not the database's.
TEST(ErrorTranslation, NoAllowedStatusReadsInSwedish)
{
    const std::optional<ErrorText> text =
        refusalText(QStringLiteral("transition_not_allowed"),
                    QJsonArray{QStringLiteral("closed"), QStringLiteral("registered"), QJsonValue()});
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(text->english(),
              QStringLiteral("a case in 'closed' cannot move to 'registered'; allowed: none"));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_FALSE(text->translated().contains(QLatin1String("none"))) << text->translated().toStdString();
    EXPECT_TRUE(text->translated().endsWith(QCoreApplication::translate(kErrorContext, "none")));
}

// The database's refusals reach a caseworker through the service calls the UI and casedeskctl
// make, in Swedish under the Swedish catalogue: a change refused by casedesk_change_status, a
// user refused by casedesk_user_add, an identity refused by a portal function's RAISE.
class DatabaseRefusalTranslationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int counter = 0;
        m_prefix = QStringLiteral("errtr%1_").arg(++counter);
        m_database = std::make_unique<TestDatabase>(Backend::Postgres);
        ASSERT_TRUE(m_database->ok());
        Database& owner = m_database->db();
        Submission school = sampleSubmission(QStringLiteral("tr-1"));
        school.eserviceId = QStringLiteral("skolskjuts");
        school.eserviceName = QStringLiteral("Skolskjuts");
        auto receipt = IntakeService(owner).submit(school);
        ASSERT_TRUE(receipt.ok()) << receipt.error().describe().toStdString();
        m_schoolRef = receipt->reference;
        const AccessService access(owner);
        ASSERT_TRUE(access.addUser(caseworker(), QStringLiteral("caseworker"), QString(), false).ok());
        // Reads the e-service's cases but may not work them.
        ASSERT_TRUE(access.grant(caseworker(), QStringLiteral("skolskjuts"), QStringLiteral("read")).ok());
        m_caseworker = m_database->openAs(caseworker());
        ASSERT_TRUE(m_caseworker);
    }

    QString caseworker() const { return m_prefix + QStringLiteral("cw"); }

    QString m_prefix;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_caseworker;
    QString m_schoolRef;
};

TEST_F(DatabaseRefusalTranslationTest, StatusChangeRefusedByTheDatabaseReadsInSwedish)
{
    auto changed =
        CaseService(*m_caseworker).changeStatus(m_schoolRef, QStringLiteral("registered"), std::nullopt, {});
    ASSERT_FALSE(changed.ok());
    const Error error = changed.error();
    EXPECT_EQ(error.code, ErrorCode::PermissionDenied);
    EXPECT_EQ(error.message(), QStringLiteral("you may not work cases of the e-service 'Skolskjuts'"));

    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(error.message(), QStringLiteral("du får inte handlägga ärenden i e-tjänsten 'Skolskjuts'"));
    EXPECT_EQ(error.describe(), QStringLiteral("you may not work cases of the e-service 'Skolskjuts'"));

    auto missing =
        CaseService(*m_caseworker)
            .changeStatus(QStringLiteral("X-0000-1"), QStringLiteral("registered"), std::nullopt, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().field, QStringLiteral("reference"));
    EXPECT_EQ(missing.error().message(), QStringLiteral("inget ärende med ärendenummer X-0000-1"));
}

TEST_F(DatabaseRefusalTranslationTest, StatusOutOfOrderRefusedByTheDatabaseReadsInSwedish)
{
    // The owner works every case; the database refuses the transition and names the allowed ones.
    auto changed = CaseService(m_database->db())
                       .changeStatus(m_schoolRef, QStringLiteral("closed_no_such"), std::nullopt, {});
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(changed.error().field, QStringLiteral("status"));
    EXPECT_EQ(changed.error().describe(), QStringLiteral("status: no status 'closed_no_such'"));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(changed.error().explainWithPath(), QStringLiteral("status: ingen status 'closed_no_such'"));
}

TEST_F(DatabaseRefusalTranslationTest, UserRefusedByTheDatabaseReadsInSwedish)
{
    // The name passes the client's check of its form; casedesk_user_add keeps casedesk_* to itself.
    const VoidResult added =
        AccessService(m_database->db())
            .addUser(QStringLiteral("casedesk_") + m_prefix, QStringLiteral("reader"), {}, false);
    ASSERT_FALSE(added.ok());
    const QString english = QStringLiteral("the user name 'casedesk_%1' is reserved").arg(m_prefix);
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(added.error().field, QStringLiteral("name"));
    EXPECT_EQ(added.error().message(), english);
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(added.error().message(),
              QStringLiteral("användarnamnet 'casedesk_%1' är reserverat").arg(m_prefix));
    EXPECT_EQ(added.error().describe(), QStringLiteral("name: ") + english);
}

TEST_F(DatabaseRefusalTranslationTest, PortalFunctionRaiseReadsInSwedish)
{
    auto replied = m_database->db().exec(QStringLiteral("SELECT casedesk_portal_reply(?, ?, ?)"),
                                         {QStringLiteral("123"), m_schoolRef, QStringLiteral("hej")});
    ASSERT_FALSE(replied.ok());
    EXPECT_EQ(replied.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(replied.error().field, QStringLiteral("identity"));
    EXPECT_EQ(replied.error().message(),
              QStringLiteral("identity: expected a personal number of 12 digits (YYYYMMDDNNNN)"));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(replied.error().message(),
              QStringLiteral("identitet: väntade ett personnummer med 12 siffror (ÅÅÅÅMMDDNNNN)"));
}

// The write guards' refusals (0022) reach a caseworker who writes with raw SQL in Swedish, with
// the kind their SQLSTATE says; the log form stays English.
TEST_F(DatabaseRefusalTranslationTest, WriteGuardRefusalsReadInSwedish)
{
    const QString worker = m_prefix + QStringLiteral("worker");
    const AccessService access(m_database->db());
    ASSERT_TRUE(access.addUser(worker, QStringLiteral("caseworker"), QString(), false).ok());
    ASSERT_TRUE(access.grant(worker, QStringLiteral("skolskjuts"), QStringLiteral("work")).ok());
    auto db = m_database->openAs(worker);
    ASSERT_TRUE(db);
    struct Refused
    {
        QString sql;
        ErrorCode code;
        QString english;
        QString swedish;
    };
    const QList<Refused> refusals{
        {QStringLiteral("UPDATE cases SET version = version + 7 WHERE reference = ?"),
         ErrorCode::PermissionDenied, QStringLiteral("version: the version only ever grows by one"),
         QStringLiteral("version: versionen växer bara med ett i taget")},
        {QStringLiteral("UPDATE cases SET unread_count = unread_count + 5 WHERE reference = ?"),
         ErrorCode::PermissionDenied, QStringLiteral("unread messages come only from the applicant"),
         QStringLiteral("olästa meddelanden kommer bara från sökanden")},
        {QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                        " SELECT id, 'in', 'message', 'x', 'Hej', now() FROM cases WHERE reference = ?"),
         ErrorCode::PermissionDenied,
         QStringLiteral("messages from the applicant come only through the portal"),
         QStringLiteral("meddelanden från sökanden kommer bara via portalen")},
        {QStringLiteral("UPDATE cases SET status_id = 'no_such_status_x' WHERE reference = ?"),
         ErrorCode::InvalidInput, QStringLiteral("status: a case in '"),
         QStringLiteral("status: ett ärende i '")},
    };
    for (const Refused& refused : refusals) {
        auto attempt = db->exec(refused.sql, {m_schoolRef});
        ASSERT_FALSE(attempt.ok()) << refused.sql.toStdString();
        const Error error = attempt.error();
        EXPECT_EQ(error.code, refused.code) << refused.sql.toStdString();
        EXPECT_TRUE(error.explainWithPath().startsWith(refused.english))
            << error.explainWithPath().toStdString();
        const SwedishTranslator swedish;
        ASSERT_TRUE(swedish.loaded());
        EXPECT_TRUE(error.explainWithPath().startsWith(refused.swedish))
            << error.explainWithPath().toStdString();
        EXPECT_TRUE(error.describe().startsWith(refused.english)) << error.describe().toStdString();
    }
    // The logs are append-only even for the owner, named in the person's language.
    Database& owner = m_database->db();
    ASSERT_TRUE(AuditRepository(owner)
                    .append(owner.currentUser(), QStringLiteral("test.row"), 0, QString(), QString())
                    .ok());
    auto rewritten = owner.exec(QStringLiteral("UPDATE audit_log SET action = action"));
    ASSERT_FALSE(rewritten.ok());
    EXPECT_EQ(rewritten.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rewritten.error().explainWithPath(), QStringLiteral("audit_log is append-only"));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(rewritten.error().explainWithPath(), QStringLiteral("i audit_log kan rader bara läggas till"));
}

// The embedded file's guards (SQLite 0023) name their refusal too: a rewrite of a log, a decision
// changed or deleted, a row pointing into another case, each in the person's language.
TEST(ErrorTranslation, EmbeddedFileGuardRefusalsReadInSwedish)
{
    TestDatabase database(Backend::Sqlite);
    ASSERT_TRUE(database.ok());
    Database& db = database.db();
    const IntakeService intake(db);
    const auto first = intake.submit(sampleSubmission(QStringLiteral("guard-1")));
    const auto second = intake.submit(sampleSubmission(QStringLiteral("guard-2")));
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(AuditRepository(db)
                    .append(QStringLiteral("anna"), QStringLiteral("test.row"), 0, QString(), QString())
                    .ok());
    ASSERT_TRUE(
        db.exec(QStringLiteral("INSERT INTO messages (case_id, direction, kind, author, body, sent_at)"
                               " SELECT id, 'out', 'message', 'anna', 'Hej', '2026-01-01T00:00:00.000Z'"
                               " FROM cases WHERE reference = ?"),
                {first->reference})
            .ok());
    struct Refused
    {
        QString sql;
        QString english;
        QString swedish;
    };
    const QList<Refused> refusals{
        {QStringLiteral("UPDATE audit_log SET action = action"), QStringLiteral("audit_log is append-only"),
         QStringLiteral("i audit_log kan rader bara läggas till")},
        {QStringLiteral("INSERT INTO attachments (case_id, message_id, file_name, mime_type, size_bytes, "
                        "sha256, content,"
                        " created_at) SELECT c.id, m.id, 'a.pdf', 'application/pdf', 1, 'x', x'00',"
                        " '2026-01-01T00:00:00.000Z' FROM cases c, messages m WHERE c.reference = ?"),
         QStringLiteral("an attachment belongs to a message of the same case"),
         QStringLiteral("en bilaga hör till ett meddelande i samma ärende")},
    };
    for (const Refused& refused : refusals) {
        const QVariantList params =
            refused.sql.contains(QLatin1Char('?')) ? QVariantList{second->reference} : QVariantList{};
        auto attempt = db.exec(refused.sql, params);
        ASSERT_FALSE(attempt.ok()) << refused.sql.toStdString();
        EXPECT_EQ(attempt.error().code, ErrorCode::InvalidInput) << refused.sql.toStdString();
        EXPECT_EQ(attempt.error().explainWithPath(), refused.english)
            << attempt.error().describe().toStdString();
        const SwedishTranslator swedish;
        ASSERT_TRUE(swedish.loaded());
        EXPECT_EQ(attempt.error().explainWithPath(), refused.swedish);
    }
}

// A missing folder is named in the person's language with the sentence it completes.
TEST(ErrorTranslation, MissingFolderOfAnEmbeddedDatabaseReadsInSwedish)
{
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/nonexistent-casedesk-folder/case.db"));
    ASSERT_TRUE(url.ok()) << url.error().describe().toStdString();
    const auto opened = Database::open(*url, OpenMode::ExistingOnly);
    ASSERT_FALSE(opened.ok());
    const Error error = opened.error();
    EXPECT_EQ(error.message(),
              QStringLiteral("no database at /nonexistent-casedesk-folder/case.db (the folder "
                             "/nonexistent-casedesk-folder does not exist); create one with "
                             "'casedeskctl init'"));
    const SwedishTranslator swedish;
    ASSERT_TRUE(swedish.loaded());
    EXPECT_EQ(error.message(), QStringLiteral("ingen databas i /nonexistent-casedesk-folder/case.db (mappen "
                                              "/nonexistent-casedesk-folder finns inte); skapa en med "
                                              "'casedeskctl init'"));
    EXPECT_TRUE(error.describe().contains(QLatin1String("does not exist"))) << error.describe().toStdString();
}
