// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoCatalog.h"

#include "DemoFormBuilders.h"
#include "domain/FormCanonical.h"

namespace casedesk::demo {

namespace {

using namespace form;

EService eservice(const char* id, const char* name, const char* mailbox, std::optional<int> retentionDays)
{
    return EService{QString::fromLatin1(id), u(name),  QString::fromLatin1(mailbox), retentionDays,
                    QStringLiteral("sv"),    QString()};
}

DemoEServiceSpec parking()
{
    DemoEServiceSpec s;
    s.eservice = eservice("parkeringstillstand", "Parkeringstillstånd för rörelsehindrade",
                          "parkering@kommun.example.se", 90);
    s.weight = 20;
    s.minAge = 45;
    s.maxAge = 95;
    s.pages = {
        {u("Ansökan"),
         {field("applicationType", "Typ av ansökan", "choice",
                choice(us({"Nyansökan", "Förnyelse"}), {60, 40})),
          field(
              "previousPermit", "Nummer på nuvarande tillstånd", "text",
              [](FormContext& c) -> QJsonValue {
                  return QStringLiteral("PT-%1-%2")
                      .arg(c.submittedAt.date().year() - c.random.between(1, 4))
                      .arg(c.random.between(1, 2400), 4, 10, QLatin1Char('0'));
              },
              "applicationType == 'Förnyelse'"),
          field("role", "Jag ansöker som", "choice", choice(us({"Förare", "Passagerare"}), {70, 30})),
          field(
              "regNo", "Registreringsnummer", "text",
              [](FormContext& c) -> QJsonValue { return registrationNumber(c.random); },
              "role == 'Förare'")}},
        {u("Funktionsnedsättning"),
         {field("walkingDistance", "Hur långt kan du gå utan att vila (meter)?", "number",
                number(0, 300, 10)),
          field("aids", "Vilka hjälpmedel använder du?", "multichoice",
                multiChoice(us({"Rullator", "Rullstol", "Käpp", "Kryckor", "Syrgas"}), 2)),
          field("duration", "Hur länge beräknas funktionsnedsättningen vara?", "choice",
                choice(us({"Mindre än 6 månader", "6 månader till 2 år", "Mer än 2 år", "Bestående"}),
                       {5, 30, 25, 40})),
          field("description", "Beskriv hur funktionsnedsättningen påverkar din förmåga att förflytta dig",
                "textarea",
                text(us({"Jag har svår artros i båda knäna och kan bara gå korta sträckor.",
                         "Efter en stroke har jag nedsatt balans och behöver rullator.",
                         "Jag har KOL och blir andfådd efter några meter.",
                         "Jag har en nervskada i benet och har mycket ont när jag går.",
                         "Jag använder rullstol och behöver parkera nära entrén för att kunna ta mig ur "
                         "bilen."})))}},
        {u("Läkarintyg"),
         {field("certificateDelivery", "Hur lämnar du läkarintyget?", "choice",
                delivery("Bifogar fil", "Skickas per post")),
          field("certificate", "Läkarintyg", "file", file(AssetKind::MedicalCertificate),
                "certificateDelivery == 'Bifogar fil'"),
          field("photo", "Foto till tillståndet", "file", file(AssetKind::PermitPhoto),
                "certificateDelivery == 'Bifogar fil' && role == 'Förare'")}}};
    s.caseworkers = us({"anna.lind", "erik.berg", "maria.holm"});
    s.supplementRequests =
        us({"Hej! Vi saknar läkarintyg för din ansökan. Skicka in det inom 14 dagar, annars kan "
            "ansökan komma att avslås.",
            "Hej! Fotot du skickade går inte att använda på tillståndet. Skicka ett nytt porträttfoto "
            "mot ljus bakgrund."});
    s.decisions = us(
        {"Beviljat", "Beviljat", "Beviljat, giltigt i tre år", "Avslag", "Avskrivet på sökandens begäran"});
    s.supplementAsset = AssetKind::MedicalCertificate;
    return s;
}

DemoEServiceSpec schoolTransport()
{
    DemoEServiceSpec s;
    s.eservice = eservice("skolskjuts", "Ansökan om skolskjuts", "skolskjuts@kommun.example.se", 365);
    s.weight = 15;
    s.signing = SigningMode::TwoGuardians;
    s.minAge = 27; // the guardians
    s.maxAge = 55;
    s.pages = {
        {u("Elev"),
         {field("school", "Skola", "choice",
                choice(us({"Centralskolan", "Västra skolan", "Ängsskolan", "Kyrkbyskolan", "Norrevångsskolan",
                           "Strandskolan"}))),
          field("grade", "Årskurs", "text",
                [](FormContext& c) -> QJsonValue {
                    // Förskoleklass the autumn a child turns six, year 1 the autumn it turns seven.
                    const int grade =
                        schoolYearStart(c.submittedAt.date()) - c.applicant.birthDate.year() - 6;
                    return grade <= 0 ? u("Förskoleklass") : QString::number(grade);
                }),
          field("schoolYear", "Läsår", "text",
                [](FormContext& c) -> QJsonValue {
                    const int start = schoolYearStart(c.submittedAt.date());
                    return QStringLiteral("%1/%2").arg(start).arg(start + 1);
                })}},
        {u("Skäl"),
         {field("reason", "Skäl för ansökan", "choice",
                choice(us({"Avstånd", "Trafikfarlig väg", "Funktionsnedsättning", "Växelvis boende"}),
                       {50, 20, 10, 20})),
          field("distanceKm", "Avstånd mellan hem och skola (km)", "number", number(2, 14),
                "reason == 'Avstånd'"),
          field(
              "otherAddress", "Adress hos den andra vårdnadshavaren", "text",
              [](FormContext& c) -> QJsonValue {
                  const Address a = DemoPeople::address(c.random);
                  return QString(a.street + QStringLiteral(", ") + a.postalCode + QLatin1Char(' ') + a.city);
              },
              "reason == 'Växelvis boende'"),
          field("needs", "Beskriv behovet", "textarea",
                text(us({"Vägen till skolan saknar gång- och cykelbana och bilarna kör fort.",
                         "Barnet behöver ha med sig hjälpmedel och kan inte åka i vanlig skolbuss.",
                         "Skolvägen går längs en väg utan belysning och med tung trafik.",
                         "Barnet har en diagnos som gör det svårt att byta buss."})),
                "reason == 'Trafikfarlig väg' || reason == 'Funktionsnedsättning'"),
          field("statementDelivery", "Intyg om funktionsnedsättning", "choice",
                delivery("Bifogar fil", "Skickas per post"), "reason == 'Funktionsnedsättning'"),
          field("statement", "Intyg", "file", file(AssetKind::DisabilityStatement),
                "reason == 'Funktionsnedsättning' && statementDelivery == 'Bifogar fil'")}},
        {u("Vårdnadshavare"),
         {field("guardian1", "Vårdnadshavare 1", "text",
                [](FormContext& c) -> QJsonValue { return c.guardian1 ? c.guardian1->name() : QString(); }),
          field("guardian2", "Vårdnadshavare 2", "text",
                [](FormContext& c) -> QJsonValue { return c.guardian2 ? c.guardian2->name() : QString(); }),
          field("contactPhone", "Telefon dagtid", "text",
                [](FormContext& c) -> QJsonValue { return DemoPeople::phone(c.random); })}}};
    s.caseworkers = us({"johan.ek", "sara.nilsson"});
    s.supplementRequests =
        us({"Hej! Vi behöver ett intyg som styrker barnets behov av anpassad skolskjuts.",
            "Hej! Vi behöver veta vilka veckor barnet bor hos respektive vårdnadshavare."});
    s.decisions =
        us({"Beviljat läsåret ut", "Beviljat", "Avslag, avståndet understiger kommunens riktlinjer"});
    s.missingSignatureDecision = u("Avskrivet, underskrift från båda vårdnadshavarna saknas");
    s.supplementAsset = AssetKind::DisabilityStatement;
    return s;
}

DemoEServiceSpec financialAid()
{
    DemoEServiceSpec s;
    s.eservice = eservice("ekonomiskt-bistand", "Ansökan om ekonomiskt bistånd",
                          "forsorjningsstod@kommun.example.se", std::nullopt);
    s.weight = 22;
    s.signing = SigningMode::ApplicantAndPartner;
    s.minAge = 19;
    s.maxAge = 66;
    s.pages = {
        {u("Hushåll"),
         {field("household", "Hushåll", "choice",
                [](FormContext& c) -> QJsonValue {
                    // The case decided whether there is a co-applicant (who must sign too).
                    if (!c.coApplicant)
                        return u("Ensamstående");
                    return c.random.chance(0.6) ? u("Sambo") : u("Gift");
                }),
          field(
              "coApplicant", "Medsökande", "text",
              [](FormContext& c) -> QJsonValue { return c.coApplicant ? c.coApplicant->name() : QString(); },
              "household != 'Ensamstående'"),
          field("children", "Antal barn i hushållet", "number", number(0, 4)),
          field("housing", "Boende", "choice",
                choice(us({"Hyresrätt", "Bostadsrätt", "Andrahandskontrakt", "Bor hos anhöriga",
                           "Saknar bostad"}),
                       {60, 8, 15, 12, 5})),
          field("rent", "Hyra per månad (kr)", "number", number(3800, 11500, 50),
                "housing == 'Hyresrätt' || housing == 'Andrahandskontrakt' || housing == 'Bostadsrätt'")}},
        {u("Inkomster"),
         {field("occupation", "Sysselsättning", "choice",
                choice(us({"Arbetssökande", "Sjukskriven", "Studerar", "Arbetar deltid", "Föräldraledig"}),
                       {45, 20, 10, 15, 10})),
          field("registeredAf", "Inskriven hos Arbetsförmedlingen", "choice", yesNo(85),
                "occupation == 'Arbetssökande'"),
          field("income", "Inkomster förra månaden (kr)", "number", number(0, 14000, 100))}},
        {u("Ansökan"),
         {field("month", "Ansökan gäller", "text",
                [](FormContext& c) -> QJsonValue { return swedishMonth(c.submittedAt.date().addMonths(1)); }),
          field("applyFor", "Jag söker bistånd till", "multichoice",
                multiChoice(
                    us({"Försörjningsstöd", "Hyra", "El", "Tandvård", "Glasögon", "Läkarvård och medicin"}),
                    3)),
          field("statementsDelivery", "Kontoutdrag", "choice", delivery("Bifogar fil", "Lämnas vid besök")),
          field("statements", "Kontoutdrag för de senaste tre månaderna", "file",
                file(AssetKind::BankStatement), "statementsDelivery == 'Bifogar fil'")}}};
    s.caseworkers = us({"karin.sjoberg", "ahmed.hassan", "lena.strom", "peter.wallin"});
    s.supplementRequests =
        us({"Hej! Vi behöver kontoutdrag för alla dina konton för de senaste tre månaderna.",
            "Hej! Skicka in ditt hyresavtal och hyresavin för nästa månad.",
            "Hej! Vi behöver beslut från Försäkringskassan om din sjukpenning."});
    s.decisions = us({"Beviljat enligt norm", "Beviljat delvis", "Avslag", "Beviljat"});
    s.supplementAsset = AssetKind::BankStatement;
    return s;
}

DemoEServiceSpec buildingQuestion()
{
    DemoEServiceSpec s;
    s.eservice =
        eservice("bygglov-forfragan", "Förhandsbesked och bygglovsfrågor", "bygglov@kommun.example.se", 180);
    s.weight = 13;
    s.minAge = 25;
    s.maxAge = 80;
    s.pages = {
        {u("Fastighet"),
         {field("property", "Fastighetsbeteckning", "text",
                [](FormContext& c) -> QJsonValue { return propertyDesignation(c.random); }),
          field("isOwner", "Är du fastighetsägare?", "choice", yesNo(80)),
          field("ownerConsent", "Har fastighetsägaren gett sitt medgivande?", "choice", yesNo(70),
                "isOwner == 'Nej'")}},
        {u("Åtgärd"),
         {field("measure", "Vad vill du göra?", "choice",
                choice(us({"Nybyggnad av enbostadshus", "Tillbyggnad", "Attefallshus", "Garage eller carport",
                           "Plank eller mur", "Fasadändring", "Inglasning av uteplats"}),
                       {10, 20, 20, 15, 15, 10, 10})),
          field("area", "Byggnadsarea (m²)", "number", number(10, 180, 5),
                "measure != 'Plank eller mur' && measure != 'Fasadändring'"),
          field("question", "Beskriv din fråga", "textarea",
                text(us({"Behöver jag bygglov för det här, eller räcker en anmälan?",
                         "Hur nära tomtgränsen får jag bygga utan grannens medgivande?",
                         "Är det möjligt att få positivt förhandsbesked för ett bostadshus på fastigheten?",
                         "Vilka handlingar behöver jag skicka in?"})))}},
        {u("Underlag"),
         {field("drawingsDelivery", "Ritningar och situationsplan", "choice",
                delivery("Bifogar filer", "Har inga ritningar ännu")),
          field("sitePlan", "Situationsplan", "file", file(AssetKind::SitePlan),
                "drawingsDelivery == 'Bifogar filer'"),
          field("photo", "Foto på fastigheten", "file", file(AssetKind::PropertyPhoto),
                "drawingsDelivery == 'Bifogar filer'")}}};
    s.caseworkers = us({"erik.berg", "asa.nyberg", "goran.lund"});
    s.supplementRequests =
        us({"Hej! Vi behöver en situationsplan där avståndet till tomtgränsen är måttsatt.",
            "Hej! Bifoga fasadritningar för alla väderstreck."});
    s.decisions = us({"Besvarat", "Besvarat, bygglov krävs", "Besvarat, åtgärden är bygglovsbefriad",
                      "Positivt förhandsbesked", "Negativt förhandsbesked"});
    s.supplementAsset = AssetKind::SitePlan;
    return s;
}

DemoEServiceSpec foodRegistration()
{
    DemoEServiceSpec s;
    s.eservice = eservice("livsmedel-registrering", "Registrering av livsmedelsanläggning",
                          "miljo@kommun.example.se", 730);
    s.weight = 8;
    s.minAge = 22;
    s.maxAge = 68;
    s.pages = {
        {u("Företag"),
         {field("company", "Företagets namn", "text",
                [](FormContext& c) -> QJsonValue {
                    static const QStringList kinds =
                        us({"Café", "Kök", "Pizzeria", "Livs", "Bageri", "Catering", "Thai", "Grill"});
                    return QString(c.applicant.lastName + QStringLiteral("s ") + c.random.pick(kinds) +
                                   QStringLiteral(" AB"));
                }),
          field("orgNumber", "Organisationsnummer", "text",
                [](FormContext& c) -> QJsonValue { return DemoPeople::organisationNumber(c.random); })}},
        {u("Anläggning"),
         {field("facilityAddress", "Anläggningens adress", "text",
                [](FormContext& c) -> QJsonValue { return DemoPeople::street(c.random); }),
          field("activity", "Verksamhet", "choice",
                choice(us({"Restaurang", "Café", "Pizzeria", "Livsmedelsbutik", "Food truck", "Catering",
                           "Hembageri"}),
                       {25, 20, 15, 10, 10, 10, 10})),
          field("vulnerableGroups",
                "Serveras mat till känsliga grupper, till exempel i förskola eller äldreboende?", "choice",
                yesNo(20)),
          field("vulnerableDescription", "Beskriv vilka grupper och hur många portioner per dag", "textarea",
                text(us({"Lunch till två förskolor, cirka 80 portioner.",
                         "Mat till ett äldreboende, 40 portioner.",
                         "Catering till skolans fritidshem, 60 portioner."})),
                "vulnerableGroups == 'Ja'"),
          field("startDate", "Planerat startdatum", "date", dateAfterSubmission(14, 90))}},
        {u("Egenkontroll"),
         {field("haccpDelivery", "Egenkontrollprogram", "choice", delivery("Bifogar fil", "Skickas senare")),
          field("haccp", "Egenkontrollprogram", "file", file(AssetKind::HaccpPlan),
                "haccpDelivery == 'Bifogar fil'")}}};
    s.caseworkers = us({"asa.nyberg", "mikael.ek"});
    s.supplementRequests =
        us({"Hej! Registreringen saknar en beskrivning av hur ni kontrollerar kyltemperaturer.",
            "Hej! Skicka in en ritning över lokalen med diskplats och handtvätt utmärkta."});
    s.decisions =
        us({"Registrerad", "Registrerad, riskklassning klar", "Avskriven, verksamheten startar inte"});
    s.supplementAsset = AssetKind::HaccpPlan;
    return s;
}

DemoEServiceSpec feedback()
{
    DemoEServiceSpec s;
    s.eservice = eservice("synpunkt", "Synpunkter och klagomål", "synpunkter@kommun.example.se", 30);
    s.weight = 22;
    s.signing = SigningMode::None;
    s.pages = {{u("Din synpunkt"),
                {field("category", "Vad gäller det?", "choice",
                       choice(us({"Gator och vägar", "Parker och grönområden", "Skola och förskola",
                                  "Äldreomsorg", "Renhållning", "Bemötande", "Övrigt"}),
                              {25, 15, 15, 10, 15, 10, 10})),
                 field("kind", "Typ", "choice",
                       choice(us({"Klagomål", "Synpunkt", "Förslag", "Beröm"}), {45, 25, 20, 10})),
                 field(
                     "place", "Var?", "text",
                     [](FormContext& c) -> QJsonValue { return DemoPeople::street(c.random); },
                     "category == 'Gator och vägar' || category == 'Parker och grönområden' || category == "
                     "'Renhållning'"),
                 field("message", "Beskriv", "textarea",
                       text(us({"Det är ett stort hål i asfalten som är farligt för cyklister.",
                                "Papperskorgarna i parken har inte tömts på länge.",
                                "Gatubelysningen är trasig sedan flera veckor.",
                                "Tack för ett fint bemötande när jag ringde kontaktcenter!",
                                "Det behövs fler cykelställ vid stationen.",
                                "Ett träd har blåst omkull över gångvägen.",
                                "Snöröjningen på vår gata fungerar dåligt."}))),
                 field("hasPicture", "Vill du skicka med en bild?", "choice", delivery("Ja", "Nej")),
                 field("picture", "Bild", "file", file(AssetKind::ComplaintPhoto), "hasPicture")}},
               {u("Kontakt"),
                {field("wantsReply", "Vill du ha svar?", "choice", yesNo(60)),
                 field("replyBy", "Hur vill du bli kontaktad?", "choice",
                       choice(us({"E-post", "Telefon", "Brev"}), {70, 20, 10}), "wantsReply == 'Ja'")}}};
    s.caseworkers = us({"maria.holm", "anna.lind"});
    s.supplementRequests = us({"Hej! Kan du beskriva närmare var det är, gärna med en närliggande adress?"});
    s.decisions = us({"Besvarad", "Vidarebefordrad till ansvarig förvaltning", "Åtgärdad", "Ingen åtgärd"});
    return s;
}

} // namespace

const QList<DemoEServiceSpec>& demoCatalog()
{
    static const QList<DemoEServiceSpec> catalog{parking(),          schoolTransport(),  financialAid(),
                                                 buildingQuestion(), foodRegistration(), feedback()};
    return catalog;
}

QList<FormPage> generateForm(const DemoEServiceSpec& spec, FormContext& context)
{
    QList<FormPage> pages;
    pages.reserve(spec.pages.size());
    for (const DemoPage& page : spec.pages) {
        FormPage out{page.title, {}};
        out.fields.reserve(page.fields.size());
        for (const DemoField& f : page.fields) {
            const bool visible = !f.condition || f.condition->evaluate(context.values);
            QJsonValue value = QString(); // the portal submits a hidden field empty
            QString valueText;
            if (visible) {
                const qsizetype attachmentsBefore = context.attachments.size();
                value = f.value(context);
                valueText = jsonValueToText(value);
                for (qsizetype i = attachmentsBefore; i < context.attachments.size(); ++i)
                    context.attachments[i].fieldKey = f.id;
            }
            context.values.insert(f.id, valueText);
            out.fields.append(FormField{f.id, f.label, f.type, value, valueText, f.visibleWhen});
        }
        pages.append(std::move(out));
    }
    return pages;
}

QString caseworkerName(const QString& login)
{
    static const QHash<QString, QString> spelled{{QStringLiteral("sjoberg"), u("Sjöberg")},
                                                 {QStringLiteral("strom"), u("Ström")},
                                                 {QStringLiteral("asa"), u("Åsa")},
                                                 {QStringLiteral("goran"), u("Göran")}};
    QStringList parts = login.split(QLatin1Char('.'));
    for (QString& part : parts) {
        if (spelled.contains(part))
            part = spelled.value(part);
        else if (!part.isEmpty())
            part[0] = part.at(0).toUpper();
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace casedesk::demo
