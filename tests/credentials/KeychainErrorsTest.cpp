// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "credentials/KeychainErrors.h"
#include "credentials/SecretStore.h"

#include <gtest/gtest.h>

namespace casedesk::keychain {
namespace {

TEST(KeychainErrors, EntryNotFoundMeansNoPassword)
{
    EXPECT_EQ(classify(QKeychain::EntryNotFound, QStringLiteral("No match")), Outcome::NotFound);
    EXPECT_EQ(classify(QKeychain::NoError, QString()), Outcome::Success);
}

TEST(KeychainErrors, NoBackendIsRetriedThenReportedAsNoKeyring)
{
    EXPECT_EQ(classify(QKeychain::NoBackendAvailable, QString()), Outcome::NotUpYet);
    const Error error = toError(Outcome::NotUpYet, QStringLiteral("No keychain service available"));
    EXPECT_EQ(error.code, ErrorCode::Unavailable);
    EXPECT_EQ(error.message(), noKeyringError().message());
}

TEST(KeychainErrors, LibsecretWithoutSecretServiceCountsAsNoKeyring)
{
    // What libsecret says (as QtKeychain's OtherError) with no bus or no org.freedesktop.secrets.
    EXPECT_EQ(classify(QKeychain::OtherError,
                       QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                                      "org.freedesktop.secrets was not provided by any .service files")),
              Outcome::NotUpYet);
    EXPECT_EQ(classify(QKeychain::OtherError, QStringLiteral("Could not connect: No such file or directory")),
              Outcome::NotUpYet);
    EXPECT_EQ(classify(QKeychain::OtherError, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")),
              Outcome::NotUpYet);
}

TEST(KeychainErrors, AccessDeniedIsUnavailableWithItsOwnMessage)
{
    EXPECT_EQ(
        classify(QKeychain::AccessDenied, QStringLiteral("Cannot create an item in a locked collection")),
        Outcome::AccessDenied);
    EXPECT_EQ(classify(QKeychain::AccessDeniedByUser, QString()), Outcome::AccessDenied);
    const Error error = toError(Outcome::AccessDenied, QString());
    EXPECT_EQ(error.code, ErrorCode::Unavailable);
    EXPECT_EQ(error.message(), keyringAccessDeniedError().message());
}

TEST(KeychainErrors, OtherFailuresAreUnavailableAndNameTheCause)
{
    EXPECT_EQ(classify(QKeychain::OtherError, QStringLiteral("Prompt dismissed")), Outcome::Failed);
    EXPECT_EQ(classify(QKeychain::CouldNotDeleteEntry, QString()), Outcome::Failed);
    EXPECT_EQ(classify(QKeychain::NotImplemented, QString()), Outcome::Failed);
    const Error error = toError(Outcome::Failed, QStringLiteral("Prompt dismissed"));
    EXPECT_EQ(error.code, ErrorCode::Unavailable);
    EXPECT_TRUE(error.message().contains(QStringLiteral("Prompt dismissed")));
}

} // namespace
} // namespace casedesk::keychain
