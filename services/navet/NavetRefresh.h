// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "NavetClient.h"
#include "core/Result.h"
#include "domain/CaseTypes.h"

#include <QObject>

#include <functional>

namespace casedesk {

class Database;

// One person of a case as Navet was asked about them.
struct NavetRefreshedPerson
{
    QString role;                      // "applicant", or the party's or signer's role ("guardian", ...)
    QString personalNumber;            // normalised
    std::optional<NavetPerson> answer; // what Navet said, stored on the case; empty on failure
    std::optional<Error> error;        // why this person has no new answer (a fault, a timeout, ...)
    bool protectedNow = false;         // this answer made the case a protected-identity case
};

// The people a case names with a personal number, each once: the applicant first, then the
// parties and signers in the case's order (CaseDetail::signatures holds both).
QList<NavetRefreshedPerson> peopleToLookUp(const CaseDetail& detail);

// Asks Navet about every person a case names and stores each answer on the case
// (RegisterRepository::record), one person at a time: a failure for one person (a fault, a
// timeout, a refused certificate) is that person's error and changes nothing, the others go on.
// Asynchronous like NavetClient; the database work runs on this object's thread, so it is for
// casedeskctl and the background service, never a GUI thread.
class NavetRefresh : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QList<NavetRefreshedPerson>>)>;

    NavetRefresh(const Database& db, NavetEndpoint endpoint, QObject* parent = nullptr);

    // Reads the case `reference` (as a script: it is not marked opened), then looks up its people,
    // or only `onlyPerson` when given (one the case names). `done` runs once, after start() has
    // returned; an error there means nobody was asked (no such case, one whose people the caller
    // may not see, nobody with a personal number, `onlyPerson` not named by the case).
    void start(const QString& reference, Callback done, const QString& onlyPerson = {});

private:
    void next();

    const Database& m_db;
    NavetClient m_client;
    QString m_reference;
    QList<NavetRefreshedPerson> m_people;
    qsizetype m_position = 0;
    Callback m_done;
};

} // namespace casedesk
