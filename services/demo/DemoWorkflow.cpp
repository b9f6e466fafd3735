// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// How a demo case got to its status: the events, the caseworker, the messages and notes.
#include "DemoCase.h"

#include "DemoFormBuilders.h"

#include <algorithm>

namespace casedesk::demo {

namespace {

using form::u;
using form::us;

const QString kSubmitted = QStringLiteral("submitted");
const QString kRegistered = QStringLiteral("registered");
const QString kInProgress = QStringLiteral("in_progress");
const QString kWaiting = QStringLiteral("waiting_supplement");
const QString kSupplemented = QStringLiteral("supplemented");
const QString kClosed = QStringLiteral("closed");
const QString kSystem = QStringLiteral("intake"); // what the intake and the portal do

const QStringList& questions()
{
    static const QStringList list =
        us({"Hej! Jag undrar hur lång handläggningstiden är just nu?",
            "Hej, har ni fått alla papper ni behöver från mig?",
            "Hej! Jag har fått nytt telefonnummer: 070-555 12 34. Ring hellre det.",
            "Hej, när kan jag räkna med ett beslut?",
            "Hej! Jag skrev fel i ansökan, det ska vara lägenhet 1102."});
    return list;
}

const QStringList& answers()
{
    static const QStringList list = us(
        {"Hej! Handläggningstiden är just nu ungefär fyra veckor. Vi hör av oss om vi "
         "behöver något mer från dig.",
         "Hej! Ja, vi har fått allt vi behöver för tillfället.", "Hej! Tack, vi har noterat det i ärendet."});
    return list;
}

const QStringList& supplementReplies()
{
    static const QStringList list = us({"Hej! Här kommer kompletteringen ni bad om.",
                                        "Hej, jag skickar det ni efterfrågade. Hör av er om något saknas.",
                                        "Hej! Förlåt att det dröjde, här är uppgifterna."});
    return list;
}

const QStringList& noteTexts()
{
    static const QStringList list =
        us({"Ringde sökanden och stämde av uppgifterna i ansökan.", "Kontrollerat folkbokföringsadressen.",
            "Väntar på yttrande från annan förvaltning.",
            "Ärendet diskuterat på handläggarmötet, vi går vidare med utredning.",
            "Sökanden har haft ett liknande ärende tidigare.",
            "Påminde sökanden per telefon om kompletteringen."});
    return list;
}

QString signedBy(const QString& body, const QString& login)
{
    return body + QStringLiteral("\n\nMed vänlig hälsning\n") + caseworkerName(login);
}

// The statuses a case passed through after "submitted", ending in its current one.
QStringList pathTo(const QString& status, DemoRandom& random)
{
    if (status == kRegistered)
        return {kRegistered};
    if (status == kInProgress)
        return random.chance(0.7) ? QStringList{kRegistered, kInProgress} : QStringList{kInProgress};
    if (status == kWaiting)
        return random.chance(0.7) ? QStringList{kRegistered, kInProgress, kWaiting}
                                  : QStringList{kRegistered, kWaiting};
    if (status == kSupplemented)
        return {kRegistered, kInProgress, kWaiting, kSupplemented};
    if (status == kClosed) {
        switch (random.weighted({5, 60, 15, 10, 10})) {
        case 0:
            return {kClosed}; // a duplicate or a mistake, closed at once
        case 1:
            return {kRegistered, kInProgress, kClosed};
        case 2:
            return {kRegistered, kInProgress, kWaiting, kSupplemented, kInProgress, kClosed};
        case 3:
            return {kRegistered, kClosed};
        default:
            return {kInProgress, kClosed};
        }
    }
    return {};
}

// Typical days from the previous status to `to`.
double stepDays(const QString& from, const QString& to, DemoRandom& random)
{
    if (to == kRegistered)
        return 0.02 + random.exponential(1.2);
    if (to == kInProgress)
        return from == kSupplemented ? 0.05 + random.exponential(1.5) : 0.05 + random.exponential(4);
    if (to == kWaiting)
        return 0.1 + random.exponential(3);
    if (to == kSupplemented)
        return 0.3 + random.exponential(6);
    return 0.2 + random.exponential(10); // closed
}

} // namespace

void DemoCaseFactory::makeWorkflow(DemoCase& c, bool awaitingSignature)
{
    const DemoEServiceSpec& spec = demoCatalog().at(c.eservice);
    const Msecs received = c.submittedAt + m_random->between(5'000, 90'000);
    const QString worker = m_random->pick(spec.caseworkers);
    c.events.append({received, kSystem, kSubmitted, {}, kSubmitted, QStringLiteral("demo")});
    for (DemoAttachment& a : c.attachments)
        a.createdAt = received;

    const QStringList path = pathTo(c.statusId, *m_random);
    double unassigned = 0.1;
    if (c.statusId == kSubmitted)
        unassigned = 0.75;
    else if (c.statusId == kRegistered)
        unassigned = 0.4;
    else if (c.statusId == kClosed)
        unassigned = path.size() == 1 ? 1.0 : 0.0;
    const bool assigned = !m_random->chance(unassigned);

    // Durations, squeezed into the time between submission and now when they do not fit.
    QList<double> days;
    QString from = kSubmitted;
    for (const QString& to : path) {
        days.append(stepDays(from, to, *m_random));
        from = to;
    }
    if (path.isEmpty() && assigned)
        days.append(0.05 + m_random->exponential(1)); // taken, not yet registered
    double total = 0;
    for (double d : days)
        total += d;
    const double available = double(m_now - received - 10 * kMinute) / double(kDay);
    const double scale = total > available * 0.9 && total > 0 ? std::max(0.0, available * 0.9 / total) : 1.0;

    Msecs t = received;
    from = kSubmitted;
    bool assignmentDone = !assigned;
    const auto assign = [&](Msecs at) {
        c.events.append({at, worker, QStringLiteral("assigned"), {}, {}, worker});
        assignmentDone = true;
    };
    int replyIndex = -1;       // the applicant's supplement, read when the case moves on
    Msecs lastCaseworker = -1; // when a caseworker last acted
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString& to = path.at(i);
        const Msecs wanted = t + Msecs(days.at(i) * scale * double(kDay));
        if (to == kSupplemented) {
            // The applicant answers in the portal, which moves the case on its own.
            t = advance(t, std::max(wanted - t, kMinute));
            replyIndex = int(c.messages.size());
            c.messages.append({true, c.contactName, m_random->pick(supplementReplies()), t, -1});
            if (m_random->chance(std::min(1.0, m_attachmentShare * 2)))
                c.attachments.append(
                    {replyIndex, QString(), &DemoAssets::asset(spec.supplementAsset, m_random->index(3)), t});
            t = advance(t, 1000);
            c.events.append({t, kSystem, QStringLiteral("status_changed"), from, to, QString()});
            from = to;
            continue;
        }
        t = officeTime(wanted, t);
        const bool registration = to == kRegistered;
        if (!assignmentDone && !registration) {
            assign(t);
            t = advance(t, m_random->between(kMinute, 20 * kMinute));
        }
        const QString actor = registration || !assigned ? m_random->pick(spec.caseworkers) : worker;
        QString detail;
        if (to == kClosed) {
            if (path.size() == 1)
                detail = m_random->chance(0.5) ? u("Dubblett") : u("Felaktigt inskickad");
            else if (awaitingSignature && !spec.missingSignatureDecision.isEmpty())
                detail = spec.missingSignatureDecision;
            else
                detail = m_random->pick(spec.decisions);
        }
        if (replyIndex >= 0) {
            c.messages[replyIndex].readAt =
                std::max(c.messages.at(replyIndex).sentAt, t - m_random->between(kMinute, kHour));
            replyIndex = -1;
        }
        c.events.append({t, actor, QStringLiteral("status_changed"), from, to, detail});
        lastCaseworker = t;
        if (to == kWaiting) {
            const Msecs sent = advance(t, m_random->between(kMinute, 30 * kMinute));
            c.messages.append(
                {false, actor, signedBy(m_random->pick(spec.supplementRequests), actor), sent, -1});
        }
        if (to == kClosed && m_random->chance(0.35)) {
            const Msecs sent = advance(t, m_random->between(kMinute, 10 * kMinute));
            const QString body =
                QStringLiteral("Hej! Nu har vi fattat beslut i ditt ärende: %1. Beslutet skickas även "
                               "med post.")
                    .arg(detail.toLower());
            c.messages.append({false, actor, signedBy(body, actor), sent, -1});
        }
        from = to;
    }
    if (!assignmentDone) {
        t = officeTime(t + Msecs(days.value(0) * scale * double(kDay)), t);
        assign(t);
        lastCaseworker = t;
    }
    if (replyIndex >= 0 && m_random->chance(0.3)) // looked at, not yet handled
        c.messages[replyIndex].readAt = t + (m_now - t) / 3;

    const bool closed = c.statusId == kClosed;
    c.updatedAt = c.events.constLast().at;
    c.closedAt = closed ? c.updatedAt : -1;
    c.assignee = assigned ? worker : QString();
    for (const DemoEvent& e : std::as_const(c.events))
        if (e.kind != kSubmitted)
            ++c.version;

    // A question from the applicant somewhere along the way, answered unless it is recent.
    if (m_random->chance(0.2)) {
        const Msecs end = closed ? c.closedAt : m_now;
        const Msecs asked = received + Msecs(m_random->real() * double(end - received) * 0.9);
        const bool fresh = !closed && asked > lastCaseworker;
        if (fresh && m_random->chance(0.6)) {
            c.messages.append({true, c.contactName, m_random->pick(questions()), asked, -1});
        } else {
            const QString login = assigned ? worker : m_random->pick(spec.caseworkers);
            const Msecs answered = advance(asked, m_random->between(30 * kMinute, 2 * kDay));
            c.messages.append(
                {true, c.contactName, m_random->pick(questions()), asked, asked + (answered - asked) / 2});
            c.messages.append({false, login, signedBy(m_random->pick(answers()), login), answered, -1});
        }
    }
    if (assigned && m_random->chance(0.22)) {
        const Msecs first = c.events.at(1).at;
        const Msecs end = closed ? c.closedAt : m_now;
        c.notes.append({worker, m_random->pick(noteTexts()),
                        first + Msecs(m_random->real() * double(end - first) * 0.8)});
    }

    c.lastActivityAt = c.updatedAt;
    bool unread = false;
    for (const DemoMessage& m : std::as_const(c.messages)) {
        c.lastActivityAt = std::max(c.lastActivityAt, m.sentAt);
        unread = unread || (m.incoming && m.readAt < 0);
    }
    for (const DemoNote& n : std::as_const(c.notes))
        c.lastActivityAt = std::max(c.lastActivityAt, n.at);
    c.needsAction = c.statusId == kSubmitted || c.statusId == kSupplemented || unread;
}

} // namespace casedesk::demo
