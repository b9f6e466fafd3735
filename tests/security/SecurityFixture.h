// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "TestDatabase.h"

#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>

namespace casedesk::test {

// A fresh PostgreSQL database (casedeskctl init) with three cases from intake and one login per
// role: an administrator, a caseworker who works the parking e-service and reads the school
// one, a reader of the parking e-service, the background service and the citizen portal. Every
// attack in tests/security runs as raw SQL under one of these logins, the way psql would send
// it, and checks what the database holds afterwards as the owner: the row unchanged, the case
// still there, the mail not queued. (SQLite has one user and no roles: see SqliteFileTest.)
class SecurityTest : public ::testing::Test
{
protected:
    void SetUp() override;

    // The login names of the roles above.
    QString login(const char* role) const;
    // A new connection as that login.
    std::unique_ptr<Database> as(const char* role) const;
    Database& owner() { return m_database->db(); }

    // Runs one statement as `db`; true when the database accepted it.
    static bool attempt(Database& db, const QString& sql, const QVariantList& params = {});
    // Runs several statements in one transaction as `db`; true when all of them and the commit
    // were accepted (the deferred checks run at the commit).
    static bool attemptTransaction(Database& db, const QStringList& statements,
                                   const QVariantList& params = {});
    // One value read as the owner, who sees everything.
    QVariant ownerValue(const QString& sql, const QVariantList& params = {});
    qint64 ownerCount(const QString& sql, const QVariantList& params = {});

    qint64 caseId(const QString& reference);

    // Gives the parking case a conversation, written through CaseDesk's services: as the
    // caseworker a message with a PDF, a note, a supplement request and a decision (which closes
    // the case as "decided" and sends its document); as the administrator a message template.
    void addParkingConversation();

    QString m_parkingRef;           // worked by the caseworker; applicant has an e-mail address
    QString m_protectedRef;         // parking, protected identity
    QString m_schoolRef;            // read-only for the caseworker
    qint64 m_incomingMessageId = 0; // a message from the parking case's applicant

private:
    std::unique_ptr<TestDatabase> m_database;
    QString m_prefix;
};

} // namespace casedesk::test
