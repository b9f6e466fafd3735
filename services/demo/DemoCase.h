// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "DemoAssets.h"
#include "DemoCatalog.h"
#include "DemoRandom.h"
#include "domain/CaseTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace casedesk::demo {

// Times are milliseconds since the epoch, UTC: cheap to compare, add and format.
using Msecs = qint64;
constexpr Msecs kMinute = 60 * 1000;
constexpr Msecs kHour = 60 * kMinute;
constexpr Msecs kDay = 24 * kHour;

struct DemoEvent
{
    Msecs at = 0;
    QString actor;
    QString kind; // submitted, status_changed, assigned
    QString fromStatusId;
    QString toStatusId;
    QString detail;
};

struct DemoMessage
{
    bool incoming = false; // from the applicant
    QString author;
    QString body;
    Msecs sentAt = 0;
    Msecs readAt = -1; // -1: unread
};

struct DemoNote
{
    QString author;
    QString body;
    Msecs at = 0;
};

struct DemoAttachment
{
    int messageIndex = -1; // index into DemoCase::messages; -1: came with the form
    QString fieldKey;
    const DemoAsset* asset = nullptr;
    Msecs createdAt = 0;
};

struct DemoSignature
{
    QString role;
    QString name;
    QString personalNumber;
    Msecs signedAt = 0;
    QString provider;
};

// One generated case with everything it holds, before it has a database id or a reference.
struct DemoCase
{
    qint64 number = 0; // 1-based position in the run: the external id is demo-<seed>-<number>
    int eservice = 0;  // index into demoCatalog()
    QString statusId;
    QString assignee;
    Applicant applicant;
    QString contactName; // who writes to the caseworkers: the applicant, or a child's guardian
    Msecs submittedAt = 0;
    Msecs updatedAt = 0;
    Msecs closedAt = -1;
    Msecs lastActivityAt = 0;
    SignatureState signatureState = SignatureState::None;
    bool needsAction = false;
    int version = 1;
    QList<FormPage> pages;
    QString pagesDigest; // what every signature signed
    QList<RequiredSigner> requiredSigners;
    QList<DemoSignature> signatures;
    QList<DemoEvent> events;
    QList<DemoMessage> messages;
    QList<DemoNote> notes;
    QList<DemoAttachment> attachments;
};

// Makes cases. Each case draws from random streams of its own, seeded from the run's seed and
// the case's number: the people and form values of case n never depend on `now` or on what
// other cases drew. Not thread-safe; one per run.
class DemoCaseFactory
{
public:
    // `attachmentShare`: the fraction of cases whose applicant uploads files.
    DemoCaseFactory(quint64 seed, Msecs now, double attachmentShare);

    DemoCase make(qint64 number, Msecs submittedAt, const QString& statusId);

    // The case whose people's names come in Polish, Vietnamese and Arabic script, with a Danish
    // town in its form: the demo's first case (its reference is the run's first).
    static constexpr qint64 kShowcaseNumber = 1;

private:
    // The showcase case's extra page: a contact person, an interpreter, a former address abroad.
    static FormPage showcasePage();
    // People, form and signatures; returns whether a required signature is still missing.
    bool makePeopleAndForm(DemoCase& c);
    // Events, assignee, messages and notes consistent with the final status (DemoWorkflow.cpp).
    void makeWorkflow(DemoCase& c, bool awaitingSignature);
    // A weekday working hour near `wanted`, after `after` and before now.
    Msecs officeTime(Msecs wanted, Msecs after);
    // `step` after `from`, but never past now.
    Msecs advance(Msecs from, Msecs step) const;
    QString digest(const QList<FormPage>& pages);

    quint64 m_seed;
    DemoRandom* m_random = nullptr; // the stream of the case and phase being made
    Msecs m_now;
    QDate m_today;
    double m_attachmentShare;
    int m_totalWeight = 0;
    qint64 m_digestChecks = 0; // the fast digest is compared with pagesDigest() for the first cases
    bool m_fastDigest = true;
};

// The seed of one case's stream: splitmix64 over the run's seed, the case and the stream.
quint64 demoStreamSeed(quint64 seed, qint64 number, int stream);

// pagesDigest() without building QJsonObjects: the same compact JSON (sorted keys, Qt's
// escaping), hashed. Faster by an order of magnitude.
QString fastPagesDigest(const QList<FormPage>& pages);

// "2026-03-04T09:15:02.120Z": what toSqlTime() writes, without a QDateTime.
QString formatSqlTime(Msecs msecs);

inline QDate utcDate(Msecs msecs)
{
    return QDate::fromJulianDay(msecs / kDay + 2440588); // 2440588: 1970-01-01
}
inline QDateTime utcDateTime(Msecs msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace casedesk::demo
