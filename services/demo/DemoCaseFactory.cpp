// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoCase.h"

#include "DemoFormBuilders.h"
#include "core/Logging.h"
#include "domain/FormCanonical.h"

#include <algorithm>
#include <optional>

namespace casedesk::demo {

namespace {

QString twoDigits(int value)
{
    const char text[] = {char('0' + value / 10), char('0' + value % 10)};
    return QString::fromLatin1(text, 2);
}

} // namespace

QString formatSqlTime(Msecs msecs)
{
    Msecs rest = msecs % kDay;
    const QDate date = utcDate(msecs);
    const int hour = int(rest / kHour);
    rest %= kHour;
    const int minute = int(rest / kMinute);
    rest %= kMinute;
    const int second = int(rest / 1000);
    const int millis = int(rest % 1000);
    QString text;
    text.reserve(24);
    text += QString::number(date.year()) + QLatin1Char('-') + twoDigits(date.month()) + QLatin1Char('-') +
            twoDigits(date.day()) + QLatin1Char('T') + twoDigits(hour) + QLatin1Char(':') +
            twoDigits(minute) + QLatin1Char(':') + twoDigits(second) + QLatin1Char('.') +
            QString::number(millis).rightJustified(3, QLatin1Char('0')) + QLatin1Char('Z');
    return text;
}

quint64 demoStreamSeed(quint64 seed, qint64 number, int stream)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + quint64(number) * 0xBF58476D1CE4E5B9ull + quint64(stream);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

DemoCaseFactory::DemoCaseFactory(quint64 seed, Msecs now, double attachmentShare)
    : m_seed(seed)
    , m_now(now)
    , m_today(utcDate(now))
    , m_attachmentShare(attachmentShare)
{
    for (const DemoEServiceSpec& spec : demoCatalog())
        m_totalWeight += spec.weight;
}

DemoCase DemoCaseFactory::make(qint64 number, Msecs submittedAt, const QString& statusId)
{
    DemoCase c;
    c.number = number;
    c.submittedAt = submittedAt;
    c.statusId = statusId;
    DemoRandom people(demoStreamSeed(m_seed, number, 1));
    m_random = &people;
    int roll = int(m_random->between(0, m_totalWeight - 1));
    const QList<DemoEServiceSpec>& catalog = demoCatalog();
    for (int i = 0; i < catalog.size(); ++i) {
        if (roll < catalog.at(i).weight) {
            c.eservice = i;
            break;
        }
        roll -= catalog.at(i).weight;
    }
    const bool awaiting = makePeopleAndForm(c);
    DemoRandom workflow(demoStreamSeed(m_seed, number, 2));
    m_random = &workflow;
    makeWorkflow(c, awaiting);
    m_random = nullptr;
    return c;
}

QString DemoCaseFactory::digest(const QList<FormPage>& pages)
{
    if (!m_fastDigest)
        return pagesDigest(pages);
    QString fast = fastPagesDigest(pages);
    // Trust, but verify: the first cases of a run are checked against the reference code.
    if (m_digestChecks < 300) {
        ++m_digestChecks;
        QString reference = pagesDigest(pages);
        if (reference != fast) {
            qCWarning(lcDemo) << "the fast form digest differs from pagesDigest(); using pagesDigest()";
            m_fastDigest = false;
            return reference;
        }
    }
    return fast;
}

bool DemoCaseFactory::makePeopleAndForm(DemoCase& c)
{
    const DemoEServiceSpec& spec = demoCatalog().at(c.eservice);
    const QDateTime submitted = utcDateTime(c.submittedAt);
    const QDate day = submitted.date();

    DemoPerson main = DemoPeople::adult(*m_random, day, spec.minAge, spec.maxAge);
    if (c.number % 100 == 37) {
        // One case in a hundred concerns a person with a protected identity (skyddad
        // folkbokföring), and so does the rest of the household.
        main.protectedIdentity = true;
        main.address = {};
    }
    std::optional<DemoPerson> second;
    std::optional<DemoPerson> child;
    if (spec.signing == SigningMode::TwoGuardians) {
        second = DemoPeople::partnerOf(*m_random, main, day);
        // Mostly the younger pupils: grade 0 (förskoleklass) to 9.
        const int grade = m_random->weighted({14, 14, 13, 12, 11, 10, 8, 7, 6, 5});
        child = DemoPeople::child(*m_random, form::schoolYearStart(day) - 6 - grade, day, main);
        // The portal has the contact details of the guardian who filled in the form.
        child->email = main.email;
        child->phone = main.phone;
    } else if (spec.signing == SigningMode::ApplicantAndPartner && m_random->chance(0.35)) {
        second = DemoPeople::partnerOf(*m_random, main, day);
    } else if (spec.signing == SigningMode::None && m_random->chance(0.5)) {
        main.personalNumber.clear(); // sent without logging in
    }

    // The first case shows that every script a name comes in goes through: the case view,
    // search, exports and decisions (issue #17). The rest stay as the register makes them.
    const bool showcase = c.number == kShowcaseNumber;
    if (showcase) {
        main.firstName = QStringLiteral("Łukasz");
        main.lastName = QStringLiteral("Żółć");
        if (second) {
            second->firstName = QStringLiteral("Nguyễn Thị"); // the family name comes first
            second->lastName = QStringLiteral("Hương");
        }
    }
    const DemoPerson& applicant = child ? *child : main;
    FormContext context{*m_random, submitted, applicant, nullptr, nullptr, nullptr, false, {}, {}};
    if (child) {
        context.guardian1 = &main;
        context.guardian2 = &*second;
    } else if (second) {
        context.coApplicant = &*second;
    }
    context.withAttachments = m_random->chance(m_attachmentShare);
    c.pages = generateForm(spec, context);
    if (showcase)
        c.pages.append(showcasePage());
    c.applicant = applicant.toApplicant();
    c.contactName = main.name();
    for (const PlannedAttachment& planned : std::as_const(context.attachments))
        c.attachments.append({-1, planned.fieldKey, &DemoAssets::asset(planned.kind, planned.variant), 0});

    bool awaiting = false;
    if (spec.signing != SigningMode::None) {
        c.pagesDigest = digest(c.pages);
        const bool guardians = spec.signing == SigningMode::TwoGuardians;
        const QString role = guardians ? QStringLiteral("guardian") : QStringLiteral("applicant");
        if (second) {
            c.requiredSigners.append({role, main.personalNumber, main.name()});
            c.requiredSigners.append(
                {guardians ? role : QStringLiteral("co_applicant"), second->personalNumber, second->name()});
        }
        const auto provider = [this] {
            return m_random->chance(0.9) ? QStringLiteral("BankID") : QStringLiteral("Freja eID+");
        };
        c.signatures.append({role, main.name(), main.personalNumber,
                             c.submittedAt - m_random->between(20'000, 600'000), provider()});
        if (second) {
            if (guardians) {
                // The second guardian signs later, in the portal; one in five has not yet.
                const Msecs signedAt = c.submittedAt + m_random->between(30 * kMinute, 3 * kDay);
                awaiting = m_random->chance(0.2) || signedAt >= m_now;
                if (!awaiting)
                    c.signatures.append({role, second->name(), second->personalNumber, signedAt, provider()});
            } else {
                c.signatures.append({QStringLiteral("co_applicant"), second->name(), second->personalNumber,
                                     c.submittedAt - m_random->between(5'000, 300'000), provider()});
            }
        }
    }
    c.signatureState = awaiting ? SignatureState::Awaiting
                                : (c.signatures.isEmpty() ? SignatureState::None : SignatureState::Valid);
    return awaiting;
}

FormPage DemoCaseFactory::showcasePage()
{
    const auto text = [](const QString& id, const QString& label, const QString& value) {
        return FormField{id, label, QStringLiteral("text"), value, value, {}};
    };
    return FormPage{
        QStringLiteral("Övrigt"),
        {text(QStringLiteral("contactPerson"), QStringLiteral("Kontaktperson"),
              QStringLiteral("Nguyễn Thị Hương")),
         text(QStringLiteral("interpreter"), QStringLiteral("Tolk"), QStringLiteral("محمد الأحمد")),
         text(QStringLiteral("previousAddress"), QStringLiteral("Tidigare adress"),
              QStringLiteral("Vestergade 12, 5970 Ærøskøbing, Danmark"))}};
}

Msecs DemoCaseFactory::advance(Msecs from, Msecs step) const
{
    // Never past now: at most half of what is left.
    return std::min(from + step, from + (m_now - from) / 2);
}

Msecs DemoCaseFactory::officeTime(Msecs wanted, Msecs after)
{
    // Caseworkers work weekdays, about 08:00 to 16:30 Swedish time.
    qint64 day = wanted / kDay;
    const int weekday = QDate::fromJulianDay(day + 2440588).dayOfWeek();
    if (weekday >= 6)
        day += 8 - weekday;
    Msecs candidate = day * kDay + 7 * kHour + m_random->between(0, 8 * kHour + 30 * kMinute);
    if (candidate <= after || candidate >= m_now - kMinute)
        candidate = advance(after, m_random->between(2 * kMinute, 40 * kMinute));
    return candidate;
}

} // namespace casedesk::demo
