// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "SampleSubmissions.h"

#include "db/Database.h"
#include "domain/FormCanonical.h"
#include "repositories/EServiceRepository.h"

#include <QFile>
#include <QTimeZone>

namespace casedesk::test {

QByteArray exampleSubmissionJson(const QString& externalId)
{
    QFile file(qEnvironmentVariable("CASEDESK_TESTDATA") + QStringLiteral("/intake/parkering-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray quoted = QByteArrayLiteral("\"") + externalId.toUtf8() + QByteArrayLiteral("\"");
    return file.readAll().replace(QByteArrayLiteral("\"portal-4711\""), quoted);
}

bool configureSampleEService(const Database& db, const Submission& sample)
{
    const EServiceRepository eservices(db);
    return eservices.ensure(sample.eserviceId, sample.eserviceName).ok() &&
           eservices.setMailbox(sample.eserviceId, sample.eserviceMailbox).ok();
}

QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                             "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                             "trailer<</Root 1 0 R>>\n%%EOF\n");
}

Submission sampleSubmission(const QString& externalId, const QDateTime& submittedAt)
{
    Submission s;
    s.source = SubmissionSource::CaseDeskJson;
    s.eserviceId = QStringLiteral("parkeringstillstand");
    s.eserviceName = QStringLiteral("Parkeringstillstånd för rörelsehindrade");
    s.eserviceMailbox = QStringLiteral("parkering@kommun.example.se");
    s.externalId = externalId;
    s.submittedAt =
        submittedAt.isValid() ? submittedAt : QDateTime(QDate(2026, 11, 20), QTime(10, 15), QTimeZone(3600));
    s.applicant.personalNumber = QStringLiteral("19121212-1212");
    s.applicant.name = QStringLiteral("Tolvan Tolvansson");
    s.applicant.email = QStringLiteral("tolvan@example.se");
    s.applicant.phone = QStringLiteral("070-1234567");
    s.applicant.address = {QStringLiteral("Storgatan 1"), QStringLiteral("25221"),
                           QStringLiteral("Helsingborg")};

    FormPage personal{QStringLiteral("Personuppgifter"), {}};
    personal.fields.append({QStringLiteral("street"),
                            QStringLiteral("Gatuadress"),
                            QStringLiteral("text"),
                            QStringLiteral("Storgatan 1"),
                            QStringLiteral("Storgatan 1"),
                            {}});
    personal.fields.append({QStringLiteral("hasCar"),
                            QStringLiteral("Har du bil?"),
                            QStringLiteral("choice"),
                            QStringLiteral("Ja"),
                            QStringLiteral("Ja"),
                            {}});
    personal.fields.append({QStringLiteral("regNo"), QStringLiteral("Registreringsnummer"),
                            QStringLiteral("text"), QStringLiteral("ABC123"), QStringLiteral("ABC123"),
                            QStringLiteral("hasCar == 'Ja'")});
    personal.fields.append({QStringLiteral("trailer"), QStringLiteral("Släpvagn"), QStringLiteral("text"),
                            QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("hasCar == 'Nej'")});
    FormPage need{QStringLiteral("Behov"), {}};
    need.fields.append({QStringLiteral("walk"),
                        QStringLiteral("Hur långt kan du gå?"),
                        QStringLiteral("number"),
                        150.0,
                        QStringLiteral("150"),
                        {}});
    s.pages = {personal, need};

    s.attachments.append({QStringLiteral("läkarintyg.pdf"), QStringLiteral("application/pdf"),
                          QStringLiteral("certificate"), tinyPdf()});
    const QString digest = pagesDigest(s.pages);
    s.signatures.append({QStringLiteral("applicant"), QStringLiteral("19121212-1212"),
                         QStringLiteral("Tolvan Tolvansson"), s.submittedAt.addSecs(-30),
                         QStringLiteral("BankID"), digest, SignatureKind::PagesDigest});
    s.requiredSigners.append(
        {QStringLiteral("guardian"), QStringLiteral("19121212-1212"), QStringLiteral("Tolvan Tolvansson")});
    s.requiredSigners.append(
        {QStringLiteral("guardian"), QStringLiteral("20080808-0014"), QStringLiteral("Åsa Tolvansson")});
    return s;
}

} // namespace casedesk::test
