#include "TestDatabase.h"

#include "admin/AdminService.h"
#include "core/Result.h"
#include "messaging/PortalService.h"

#include <QCoreApplication>
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
