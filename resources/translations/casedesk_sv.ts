<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditText</name>
    <message>
        <source>Case opened</source>
        <translation>Ärende öppnat</translation>
    </message>
    <message>
        <source>Personal data read</source>
        <translation>Personuppgifter lästa</translation>
    </message>
    <message>
        <source>Conversation read</source>
        <translation>Konversation läst</translation>
    </message>
    <message>
        <source>Personal numbers shown</source>
        <translation>Personnummer visade</translation>
    </message>
    <message>
        <source>Protected identity shown</source>
        <translation>Skyddad identitet visad</translation>
    </message>
    <message>
        <source>Protected by the population register</source>
        <translation>Skyddad enligt folkbokföringen</translation>
    </message>
    <message>
        <source>Fetched from the population register</source>
        <translation>Hämtat från folkbokföringen</translation>
    </message>
    <message>
        <source>Population register lookup asked for</source>
        <translation>Uppslag i folkbokföringen begärt</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Behörighet given</translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation>Behörighet återkallad</translation>
    </message>
    <message>
        <source>Closing announcement changed</source>
        <translation>Avslutsmeddelande ändrat</translation>
    </message>
    <message>
        <source>E-service changed</source>
        <translation>E-tjänst ändrad</translation>
    </message>
    <message>
        <source>E-service&apos;s file types changed</source>
        <translation>E-tjänstens filtyper ändrade</translation>
    </message>
    <message>
        <source>Lookups at intake changed</source>
        <translation>Uppslag vid inkomst ändrat</translation>
    </message>
    <message>
        <source>Mail template changed</source>
        <translation>E-postmall ändrad</translation>
    </message>
    <message>
        <source>Mail template reset</source>
        <translation>E-postmall återställd</translation>
    </message>
    <message>
        <source>Message template changed</source>
        <translation>Meddelandemall ändrad</translation>
    </message>
    <message>
        <source>Message template removed</source>
        <translation>Meddelandemall borttagen</translation>
    </message>
    <message>
        <source>Decision outcome changed</source>
        <translation>Beslutsutfall ändrat</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Inställning ändrad</translation>
    </message>
    <message>
        <source>Status added</source>
        <translation>Status tillagd</translation>
    </message>
    <message>
        <source>Status deleted</source>
        <translation>Status borttagen</translation>
    </message>
    <message>
        <source>Status renamed</source>
        <translation>Status omdöpt</translation>
    </message>
    <message>
        <source>Status transitions changed</source>
        <translation>Statusövergångar ändrade</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Användare ändrad</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) within a few minutes</source>
        <translation>
            <numerusform>%n gång inom några minuter</numerusform>
            <numerusform>%n gånger inom några minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time set</source>
        <translation>Handläggningstid satt</translation>
    </message>
    <message>
        <source>Handling time removed</source>
        <translation>Handläggningstid borttagen</translation>
    </message>
    <message>
        <source>View published</source>
        <translation>Vy publicerad</translation>
    </message>
    <message>
        <source>Published view removed</source>
        <translation>Publicerad vy borttagen</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Attachment renamed to match its content: %1</source>
        <translation>Bilagan har bytt namn efter sitt innehåll: %1</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ej signerad</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Stämmer inte</translation>
    </message>
    <message>
        <source>Signed in Open ePlatform</source>
        <translation>Signerad i Open ePlatform</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Väntar på signatur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Does not match the data</source>
        <translation>Stämmer inte med uppgifterna</translation>
    </message>
    <message>
        <source>Signed in Open ePlatform (not verifiable here)</source>
        <translation>Signerad i Open ePlatform (kan inte kontrolleras här)</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>Inskickat (%1)</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status ändrad från %1 till %2</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2: %3</source>
        <translation>Status ändrad från %1 till %2: %3</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tilldelat %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Co-applicant</source>
        <translation>Medsökande</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>Message sent to the applicant</source>
        <translation>Meddelande skickat till sökande</translation>
    </message>
    <message>
        <source>Message from the applicant</source>
        <translation>Meddelande från sökande</translation>
    </message>
    <message>
        <source>The applicant read the messages</source>
        <translation>Sökande har läst meddelandena</translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation>Intern anteckning tillagd</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Komplettering begärd</translation>
    </message>
    <message>
        <source>Supplement received from the applicant</source>
        <translation>Komplettering inkommen från sökande</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Beslut registrerat</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>Beslut rättat</translation>
    </message>
    <message>
        <source>From the applicant</source>
        <translation>Från sökande</translation>
    </message>
    <message>
        <source>To the applicant</source>
        <translation>Till sökande</translation>
    </message>
    <message>
        <source>Supplement request</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Komplettering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Not read yet by the applicant</source>
        <translation>Ännu inte läst av sökande</translation>
    </message>
    <message>
        <source>Read by the applicant %1</source>
        <translation>Läst av sökande %1</translation>
    </message>
    <message>
        <source>Internal note — not visible to the applicant</source>
        <translation>Intern anteckning – visas inte för sökande</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) from the applicant</source>
        <translation>
            <numerusform>%n oläst meddelande från sökande</numerusform>
            <numerusform>%n olästa meddelanden från sökande</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement overdue since %1</source>
        <translation>Kompletteringen är försenad sedan %1</translation>
    </message>
    <message>
        <source>Supplement due %1</source>
        <translation>Komplettering senast %1</translation>
    </message>
    <message>
        <source>Decision (corrected): %1, %2 by %3</source>
        <translation>Beslut (rättat): %1, %2 av %3</translation>
    </message>
    <message>
        <source>Decision: %1, %2 by %3</source>
        <translation>Beslut: %1, %2 av %3</translation>
    </message>
    <message>
        <source>Confirmation to the applicant</source>
        <translation>Bekräftelse till sökande</translation>
    </message>
    <message>
        <source>Notice to the functional mailbox</source>
        <translation>Avisering till funktionsbrevlådan</translation>
    </message>
    <message>
        <source>New message available</source>
        <translation>Nytt meddelande finns</translation>
    </message>
    <message>
        <source>Decision available</source>
        <translation>Beslut finns</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Ärendet avslutat</translation>
    </message>
    <message>
        <source>{reference} — the case&apos;s reference number
{eservice} — the e-service&apos;s name
{caseworker} — your login (message templates only; never in e-mails)
{due_date} — the due date of the open supplement request (YYYY-MM-DD)</source>
        <translation>{reference} – ärendets ärendenummer
{eservice} – e-tjänstens namn
{caseworker} – ditt användarnamn (bara i meddelandemallar, aldrig i e-post)
{due_date} – sista dag för den öppna begäran om komplettering (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n bilaga</numerusform>
            <numerusform>%n bilagor</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>sista dag %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n meddelande</numerusform>
            <numerusform>%n meddelanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenat</numerusform>
            <numerusform>%n dagar försenat</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>sista dag i dag</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>sista dag i morgon</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last day %2)</source>
        <translation>%1 (sista dag %2)</translation>
    </message>
    <message>
        <source>Flagged by you</source>
        <translation>Flaggat av dig</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hög prioritet</translation>
    </message>
</context>
<context>
    <name>PartyText</name>
    <message>
        <source>no personal number</source>
        <translation>inget personnummer</translation>
    </message>
    <message>
        <source>Skyddad folkbokföring in the population register: no address is given</source>
        <translation>Skyddad folkbokföring i folkbokföringen: ingen adress lämnas ut</translation>
    </message>
    <message>
        <source>Sekretessmarkering in the population register</source>
        <translation>Sekretessmarkering i folkbokföringen</translation>
    </message>
    <message>
        <source>Registered address: %1 (differs from what the applicant wrote)</source>
        <translation>Folkbokföringsadress: %1 (skiljer sig från det sökanden skrev)</translation>
    </message>
    <message>
        <source>Registered address: %1</source>
        <translation>Folkbokföringsadress: %1</translation>
    </message>
    <message>
        <source>Special postal address: %1</source>
        <translation>Särskild postadress: %1</translation>
    </message>
    <message>
        <source>Deceased (%1)</source>
        <translation>Avliden (%1)</translation>
    </message>
    <message>
        <source>Deregistered from the population register (cause %1)</source>
        <translation>Avregistrerad från folkbokföringen (orsak %1)</translation>
    </message>
    <message>
        <source>From Navet %1, asked by %2</source>
        <translation>Från Navet %1, hämtat av %2</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Väntar på signatur</translation>
    </message>
    <message>
        <source>Signed %1 (%2), but the form changed after signing</source>
        <translation>Undertecknat %1 (%2), men formuläret ändrades efter underskriften</translation>
    </message>
    <message>
        <source>Signed %1 (%2)</source>
        <translation>Undertecknat %1 (%2)</translation>
    </message>
    <message>
        <source>Registered guardian according to the population register</source>
        <translation>Registrerad vårdnadshavare enligt folkbokföringen</translation>
    </message>
    <message>
        <source>NOT a registered guardian according to the population register</source>
        <translation>INTE registrerad vårdnadshavare enligt folkbokföringen</translation>
    </message>
    <message>
        <source>org. no. %1</source>
        <translation>org.nr %1</translation>
    </message>
    <message>
        <source>Personal number of %1</source>
        <translation>Personnummer för %1</translation>
    </message>
    <message>
        <source>Organisation number of %1</source>
        <translation>Organisationsnummer för %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk: case handling for municipal e-services.</source>
        <translation>CaseDesk: ärendehantering för kommunens e-tjänster.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path or postgresql://...).</source>
        <translation>Databasens adress (sqlite:/sökväg eller postgresql://...).</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data.</source>
        <translation>Fyll en tom databas med demodata.</translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation>Språk i gränssnittet: sv eller en.</translation>
    </message>
    <message>
        <source>Opening the database and making demo cases…</source>
        <translation>Öppnar databasen och skapar demoärenden…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Starting CaseDesk</source>
        <translation>CaseDesk startar</translation>
    </message>
    <message>
        <source>Chart; the table beside it has the same numbers.</source>
        <translation>Diagram; tabellen bredvid har samma siffror.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>SavedViewText</name>
    <message>
        <source>All open</source>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Behöver åtgärd</translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation>Väntar på sökande</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Förfaller inom 3 dagar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggade</translation>
    </message>
</context>
<context>
    <name>casedesk::AccessPage</name>
    <message>
        <source>&lt;b&gt;This is an embedded SQLite database for one person.&lt;/b&gt; It does not enforce any of these settings: anyone who can open the file can read every case. Use a shared PostgreSQL database when several people work cases.</source>
        <translation>&lt;b&gt;Det här är en inbyggd SQLite-databas för en person.&lt;/b&gt; Den upprätthåller inga av de här inställningarna: den som kan öppna filen kan läsa alla ärenden. Använd en delad PostgreSQL-databas när flera personer handlägger ärenden.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>May see &amp;protected identities</source>
        <translation>Får se &amp;skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Add or &amp;update user</source>
        <translation>Lägg till eller &amp;uppdatera användare</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Handlägga</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läsa</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Ge behörighet</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Ta bort behörighet</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>E-&amp;service:</source>
        <translation>E-t&amp;jänst:</translation>
    </message>
    <message>
        <source>A user is a PostgreSQL login role. Set its password with psql: \password NAME.</source>
        <translation>En användare är en inloggningsroll i PostgreSQL. Ange lösenordet med psql: \password NAMN.</translation>
    </message>
    <message>
        <source>Cannot save the user</source>
        <translation>Användaren kunde inte sparas</translation>
    </message>
    <message>
        <source>Cannot grant access</source>
        <translation>Behörigheten kunde inte ges</translation>
    </message>
    <message>
        <source>Cannot revoke access</source>
        <translation>Behörigheten kunde inte tas bort</translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation>E-tjänsterna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Användarna kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::AttachmentListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>casedesk::AttachmentPane</name>
    <message>
        <source>This type of file can only be saved (Save as…), not opened from CaseDesk.</source>
        <translation>Den här typen av fil kan bara sparas (Spara som…), inte öppnas från CaseDesk.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Ingen förhandsvisning för den här filtypen.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Bilagan kunde inte sparas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Bilagan kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>casedesk::AuditPage</name>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrera på användare</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Filter by case</source>
        <translation>Filtrera på ärende</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Cases opened and changed</source>
        <translation>Ärenden som öppnats och ändrats</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Loggbok</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Loggboken kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>casedesk::BulkChange</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseActionsBar</name>
    <message>
        <source>Request s&amp;upplement…</source>
        <translation>Begär &amp;komplettering…</translation>
    </message>
    <message>
        <source>Record decisi&amp;on…</source>
        <translation>Registrera besl&amp;ut…</translation>
    </message>
    <message>
        <source>Co&amp;rrect decision…</source>
        <translation>Rätta be&amp;slut…</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Ärendet är avslutat.</translation>
    </message>
    <message>
        <source>A supplement request is already open (%1).</source>
        <translation>Det finns redan en öppen begäran om komplettering (%1).</translation>
    </message>
    <message>
        <source>A case in status %1 cannot wait for a supplement; move it on first.</source>
        <translation>Ett ärende med status %1 kan inte vänta på komplettering; flytta det vidare först.</translation>
    </message>
    <message>
        <source>Ask the applicant to send in what is missing, by a due date</source>
        <translation>Be sökande att skicka in det som saknas senast ett visst datum</translation>
    </message>
    <message>
        <source>The case already has a decision; use &quot;Correct decision…&quot; to correct it.</source>
        <translation>Ärendet har redan ett beslut; använd ”Rätta beslut…” för att rätta det.</translation>
    </message>
    <message>
        <source>Record the decision, close the case and tell the applicant</source>
        <translation>Registrera beslutet, avsluta ärendet och meddela sökande</translation>
    </message>
    <message>
        <source>Record a correction as a new decision linked to this one</source>
        <translation>Registrera en rättelse som ett nytt beslut kopplat till det här</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseExportActions</name>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xportera som PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Export archive &amp;package…</source>
        <translation>Exportera &amp;arkivpaket…</translation>
    </message>
    <message>
        <source>The whole case as one PDF/A document for the records</source>
        <translation>Hela ärendet som ett PDF/A-dokument för diariet och arkivet</translation>
    </message>
    <message>
        <source>Print the whole case, as the PDF export lays it out</source>
        <translation>Skriv ut hela ärendet, så som PDF-exporten ställer upp det</translation>
    </message>
    <message>
        <source>The case PDF and every attachment in an archive package (E-ARK, FGS) for the e-archive</source>
        <translation>Ärendets PDF och varje bilaga i ett arkivpaket (E-ARK, FGS) för e-arkivet</translation>
    </message>
    <message>
        <source>Without internal notes</source>
        <translation>Utan interna anteckningar</translation>
    </message>
    <message>
        <source>With internal notes (every page marked as internal)</source>
        <translation>Med interna anteckningar (varje sida märks som intern)</translation>
    </message>
    <message>
        <source>Internal notes are never shown to the applicant.</source>
        <translation>Interna anteckningar visas aldrig för sökanden.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporterar %1…</translation>
    </message>
    <message>
        <source>Cannot export the case</source>
        <translation>Ärendet kan inte exporteras</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exporterat till %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Preparing %1 for printing…</source>
        <translation>Förbereder %1 för utskrift…</translation>
    </message>
    <message>
        <source>Cannot print the case</source>
        <translation>Ärendet kan inte skrivas ut</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation>%1 skickat till skrivaren</translation>
    </message>
    <message>
        <source>Export archive package into</source>
        <translation>Exportera arkivpaket till</translation>
    </message>
    <message numerus="yes">
        <source>Archive package of %1 written to %2 (%n file(s))</source>
        <translation>
            <numerusform>Arkivpaketet för %1 skrevs till %2 (%n fil)</numerusform>
            <numerusform>Arkivpaketet för %1 skrevs till %2 (%n filer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senaste händelse</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Oläst</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturer</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>Komplettera senast</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Inkom %1</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Senaste händelse %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sista dag</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseView</name>
    <message>
        <source>Select a case in the list to open it.</source>
        <translation>Välj ett ärende i listan för att öppna det.</translation>
    </message>
    <message>
        <source>&amp;Take case</source>
        <translation>&amp;Ta ärendet</translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation>T&amp;illdela…</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Flytta till:</translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation>Anteckning till historiken (valfri)</translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation>Anteckning till statusändringen</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulär</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Bilagor</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturer</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>Si&amp;gnaturer</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Meddelanden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation>Ärendet kunde inte öppnas</translation>
    </message>
    <message>
        <source>The case is shown, but opening it was not recorded: %1</source>
        <translation>Ärendet visas, men att det öppnades kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Inkom %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterat %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avslutat %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Inte tilldelat</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tilldelat %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Flytta till %1</translation>
    </message>
    <message>
        <source>The case was changed by someone else</source>
        <translation>Ärendet har ändrats av någon annan</translation>
    </message>
    <message>
        <source>Your change was not saved, because the case changed after you opened it.

%1

The case has been reloaded; check it and try again.</source>
        <translation>Din ändring sparades inte, eftersom ärendet ändrades efter att du öppnade det.

%1

Ärendet har lästs in på nytt; kontrollera det och försök igen.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärende</translation>
    </message>
    <message>
        <source>Close case %1? Closing starts the retention period after which the case is purged.</source>
        <translation>Avsluta ärende %1? När ärendet avslutas börjar tiden löpa fram till gallring.</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Statusen kunde inte ändras</translation>
    </message>
    <message>
        <source>Cannot take the case</source>
        <translation>Ärendet kunde inte tas</translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation>Tilldela ärende</translation>
    </message>
    <message>
        <source>Assign %1 to (login name, empty to unassign):</source>
        <translation>Tilldela %1 till (användarnamn, tomt för att ta bort):</translation>
    </message>
    <message>
        <source>Cannot assign the case</source>
        <translation>Ärendet kunde inte tilldelas</translation>
    </message>
    <message>
        <source>You do not have the right to see protected identities: the content of this case is not shown.</source>
        <translation>Du har inte behörighet att se skyddade personuppgifter: ärendets innehåll visas inte.</translation>
    </message>
    <message>
        <source>The case has a protected identity that you may not see, so it cannot be worked here.</source>
        <translation>Ärendet gäller en person med skyddad identitet som du inte får se, så det kan inte handläggas här.</translation>
    </message>
    <message>
        <source>You have read-only access (reader): ask an administrator for work access to change cases.</source>
        <translation>Du har bara läsbehörighet (läsare): be en administratör om behörighet att handlägga för att kunna ändra ärenden.</translation>
    </message>
    <message>
        <source>Your access could not be checked: %1</source>
        <translation>Din behörighet kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>You may read the cases of %1 but not work them: ask an administrator for work access.</source>
        <translation>Du får läsa ärendena i %1 men inte handlägga dem: be en administratör om behörighet att handlägga.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>Cannot show the personal numbers</source>
        <translation>Personnumren kan inte visas</translation>
    </message>
    <message>
        <source>Cannot ask Navet</source>
        <translation>Navet kan inte tillfrågas</translation>
    </message>
    <message>
        <source>The case is in this status.</source>
        <translation>Ärendet har den här statusen.</translation>
    </message>
    <message>
        <source>A case in status %1 cannot move to %2.</source>
        <translation>Ett ärende med status %1 kan inte flyttas till %2.</translation>
    </message>
    <message>
        <source>A case in status %1 cannot move to %2; it can move to: %3.</source>
        <translation>Ett ärende med status %1 kan inte flyttas till %2; det kan flyttas till: %3.</translation>
    </message>
    <message>
        <source>Move the case to %1</source>
        <translation>Flytta ärendet till %1</translation>
    </message>
    <message>
        <source>Take over the case</source>
        <translation>Ta över ärendet</translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2. Take it over, so that it is assigned to you?</source>
        <translation>Ärende %1 är tilldelat %2. Vill du ta över det, så att det tilldelas dig?</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation>Öppnat även av: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::ComposeBox</name>
    <message>
        <source>Files to attach</source>
        <translation>Filer att bifoga</translation>
    </message>
    <message>
        <source>Attach fi&amp;le…</source>
        <translation>Bif&amp;oga fil…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>Insert tem&amp;plate</source>
        <translation>Infoga ma&amp;ll</translation>
    </message>
    <message>
        <source>Insert a message template at the cursor</source>
        <translation>Infoga en meddelandemall vid markören</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Skicka (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>casedesk::DateField</name>
    <message>
        <source>e.g. 2027-01-15, 15 jan or +14</source>
        <translation>t.ex. 2027-01-15, 15 jan eller +14</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Välj datum i en kalender</translation>
    </message>
    <message>
        <source>Write a date, e.g. 2027-01-15.</source>
        <translation>Skriv ett datum, t.ex. 2027-01-15.</translation>
    </message>
    <message>
        <source>Not a date: write e.g. 2027-01-15, 15/1 2027 or 15 jan 2027.</source>
        <translation>Inget datum: skriv t.ex. 2027-01-15, 15/1 2027 eller 15 jan 2027.</translation>
    </message>
    <message>
        <source>The date cannot have passed.</source>
        <translation>Datumet kan inte ha passerat.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Datumet kan inte vara före %1.</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>Datumet kan inte vara efter %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::DecisionDialog</name>
    <message>
        <source>Correct decision — %1</source>
        <translation>Rätta beslut – %1</translation>
    </message>
    <message>
        <source>Record decision — %1</source>
        <translation>Registrera beslut – %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Beslutstext</translation>
    </message>
    <message>
        <source>&amp;Create the PDF from the text</source>
        <translation>&amp;Skapa PDF:en från texten</translation>
    </message>
    <message>
        <source>Attach a &amp;PDF:</source>
        <translation>Bifoga en &amp;PDF:</translation>
    </message>
    <message>
        <source>C&amp;hoose PDF…</source>
        <translation>&amp;Välj PDF…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>The correction is recorded as a new decision linked to the old one, which stays in the history. The applicant is told by e-mail that a decision is available on Min sida.</source>
        <translation>Rättelsen registreras som ett nytt beslut kopplat till det gamla, som finns kvar i historiken. Sökande får besked via e-post om att det finns ett beslut på Min sida.</translation>
    </message>
    <message>
        <source>Recording the decision closes the case (its retention period starts) and tells the applicant by e-mail that a decision is available on Min sida. It cannot be edited afterwards, only corrected.</source>
        <translation>När beslutet registreras avslutas ärendet (tiden fram till gallring börjar löpa) och sökande får besked via e-post om att det finns ett beslut på Min sida. Beslutet kan inte ändras i efterhand, bara rättas.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Decision &amp;text:</source>
        <translation>Besluts&amp;text:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>&amp;Record correction</source>
        <translation>&amp;Registrera rättelse</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrera beslut</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>Beslutsdokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF to attach, or let CaseDesk create one from the text.</source>
        <translation>Välj den PDF som ska bifogas, eller låt CaseDesk skapa en från texten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Record the correction of the decision on %1? The applicant is told that a decision is available.</source>
        <translation>Registrera rättelsen av beslutet i ärende %1? Sökande får besked om att det finns ett beslut.</translation>
    </message>
    <message>
        <source>Record the decision &quot;%1&quot; on %2? The case will be closed and the applicant told that a decision is available.</source>
        <translation>Registrera beslutet ”%1” i ärende %2? Ärendet avslutas och sökande får besked om att det finns ett beslut.</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Rätta beslut</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrera beslut</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Beslutet registrerades inte: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>(outcomes unavailable)</source>
        <translation>(beslutsutfallen kan inte läsas)</translation>
    </message>
    <message>
        <source>The outcomes cannot be read: %1</source>
        <translation>Beslutsutfallen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Välj utfall</translation>
    </message>
    <message>
        <source>Choose the outcome of the decision.</source>
        <translation>Välj beslutets utfall.</translation>
    </message>
    <message>
        <source>Write the decision text: the applicant reads it with the decision.</source>
        <translation>Skriv beslutstexten: sökanden läser den med beslutet.</translation>
    </message>
</context>
<context>
    <name>casedesk::DesktopNotifier</name>
    <message>
        <source>Open case</source>
        <translation>Öppna ärendet</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
</context>
<context>
    <name>casedesk::DialogPrompts</name>
    <message>
        <source>This file cannot be used</source>
        <translation>Filen kan inte användas</translation>
    </message>
    <message>
        <source>“%1” is CaseDesk’s own database or one of its working files. CaseDesk does not open, attach or save over it, because that could make the database lose changes. Choose another file.</source>
        <translation>”%1” är CaseDesks egen databas eller en av dess arbetsfiler. CaseDesk öppnar, bifogar eller skriver inte över den, eftersom databasen då kan förlora ändringar. Välj en annan fil.</translation>
    </message>
</context>
<context>
    <name>casedesk::EServiceTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation>Funktionsbrevlåda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Purged after closing</source>
        <translation>Gallras efter avslut</translation>
    </message>
</context>
<context>
    <name>casedesk::EServicesPage</name>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Functional &amp;mailbox:</source>
        <translation>Funktions&amp;brevlåda:</translation>
    </message>
    <message>
        <source>Language of &amp;e-mails:</source>
        <translation>Språk i &amp;e-post:</translation>
    </message>
    <message>
        <source>Cannot save the e-service</source>
        <translation>E-tjänsten kunde inte sparas</translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation>E-tjänsterna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Look up every new case&apos;s people in Navet (the population register)</source>
        <translation>Slå upp varje nytt ärendes personer i Navet (folkbokföringen)</translation>
    </message>
    <message>
        <source>The background service asks Navet about the applicant and the signers of each new case of this e-service; a protected identity protects the case at once. Needs the Navet settings and the service&apos;s certificate.</source>
        <translation>Bakgrundstjänsten frågar Navet om sökanden och undertecknarna i varje nytt ärende i den här e-tjänsten; en skyddad identitet skyddar ärendet direkt. Kräver Navet-inställningarna och tjänstens certifikat.</translation>
    </message>
</context>
<context>
    <name>casedesk::Errors</name>
    <message>
        <source>no case %1</source>
        <translation>inget ärende %1</translation>
    </message>
    <message>
        <source>must be 1 to 12 capital letters or digits, starting with a letter</source>
        <translation>ska vara 1 till 12 versaler eller siffror och börja med en bokstav</translation>
    </message>
    <message>
        <source>must be a time of day HH:MM</source>
        <translation>ska vara en tid på dygnet TT:MM</translation>
    </message>
    <message>
        <source>must be a number of days from 1 to 36500</source>
        <translation>ska vara ett antal dagar från 1 till 36500</translation>
    </message>
    <message>
        <source>unknown setting; see &apos;casedeskctl settings --help&apos; (--force sets it anyway)</source>
        <translation>okänd inställning; se &apos;casedeskctl settings --help&apos; (--force sätter den ändå)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>unknown mail kind</source>
        <translation>okänd sorts e-post</translation>
    </message>
    <message>
        <source>no decision yet on %1</source>
        <translation>inget beslut ännu i %1</translation>
    </message>
    <message>
        <source>no e-service &apos;%1&apos;</source>
        <translation>ingen e-tjänst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to %1, or never</source>
        <translation>ska vara ett helt antal dagar från 0 till %1, eller never</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>a purge cannot run as at a future moment: it would delete cases before their time (use --dry-run to look ahead)</source>
        <translation>en gallring kan inte köras som vid en framtida tidpunkt: den skulle radera ärenden i förtid (använd --dry-run för att se framåt)</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, &apos;_&apos; or &apos;.&apos;, at most 63, starting with a letter</source>
        <translation>ska vara gemena bokstäver, siffror, &apos;_&apos; eller &apos;.&apos;, högst 63 tecken, och börja med en bokstav</translation>
    </message>
    <message>
        <source>must be admin, caseworker or reader</source>
        <translation>ska vara admin, caseworker eller reader</translation>
    </message>
    <message>
        <source>must be read or work</source>
        <translation>ska vara read eller work</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos; (add it with &apos;user add&apos;)</source>
        <translation>ingen användare &apos;%1&apos; (lägg till den med &apos;user add&apos;)</translation>
    </message>
    <message>
        <source>a reader can only be granted read</source>
        <translation>en läsare kan bara få läsbehörighet</translation>
    </message>
    <message>
        <source>must be between 0 and 36500 days, or never</source>
        <translation>ska vara mellan 0 och 36500 dagar, eller never</translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos;</source>
        <translation>okänd filtyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 2-40 lower-case letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation>ska vara 2–40 gemena bokstäver, siffror eller &apos;_&apos; och börja med en bokstav</translation>
    </message>
    <message>
        <source>a status &apos;%1&apos; exists already</source>
        <translation>det finns redan en status med id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no status &apos;%1&apos;</source>
        <translation>ingen status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the built-in status &apos;%1&apos; cannot be deleted</source>
        <translation>standardstatusen &apos;%1&apos; kan inte tas bort</translation>
    </message>
    <message>
        <source>%1 cases are in the status &apos;%2&apos;; move them first</source>
        <translation>%1 ärenden har statusen &apos;%2&apos;; flytta dem först</translation>
    </message>
    <message>
        <source>must look like section.name</source>
        <translation>ska se ut som avsnitt.namn</translation>
    </message>
    <message>
        <source>readSecretBlocking needs a QCoreApplication</source>
        <translation>readSecretBlocking behöver en QCoreApplication</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Nyckelringen svarade inte inom %n sekund.</numerusform>
            <numerusform>Nyckelringen svarade inte inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a non-empty PostgreSQL password can be remembered.</source>
        <translation>Bara ett PostgreSQL-lösenord som inte är tomt kan sparas.</translation>
    </message>
    <message>
        <source>No keyring is running (gnome-keyring, KWallet or the Windows Credential Manager); the password cannot be remembered.</source>
        <translation>Ingen nyckelring är igång (gnome-keyring, KWallet eller Windows autentiseringshanterare); lösenordet kan inte sparas.</translation>
    </message>
    <message>
        <source>The keyring refused access (it may be locked); the password cannot be remembered.</source>
        <translation>Nyckelringen nekade åtkomst (den kan vara låst); lösenordet kan inte sparas.</translation>
    </message>
    <message>
        <source>The keyring failed; the password cannot be remembered.</source>
        <translation>Nyckelringen fungerade inte; lösenordet kan inte sparas.</translation>
    </message>
    <message>
        <source>The keyring failed (%1); the password cannot be remembered.</source>
        <translation>Nyckelringen fungerade inte (%1); lösenordet kan inte sparas.</translation>
    </message>
    <message>
        <source>A secret needs a key.</source>
        <translation>En hemlighet behöver en nyckel.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation>anslutningen till databasen bröts</translation>
    </message>
    <message>
        <source>the database is not available</source>
        <translation>databasen är inte tillgänglig</translation>
    </message>
    <message>
        <source>the database refused it as a conflict with another change</source>
        <translation>databasen avvisade ändringen eftersom den krockar med en annan ändring</translation>
    </message>
    <message>
        <source>the database refused it: permission denied</source>
        <translation>databasen avvisade ändringen: behörighet saknas</translation>
    </message>
    <message>
        <source>the database refused the data as invalid</source>
        <translation>databasen avvisade uppgifterna som ogiltiga</translation>
    </message>
    <message>
        <source>the database reported an error without a description</source>
        <translation>databasen rapporterade ett fel utan beskrivning</translation>
    </message>
    <message>
        <source>the connection to the database was lost: %1</source>
        <translation>anslutningen till databasen bröts: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>prepare failed</source>
        <translation>förberedelsen av frågan misslyckades</translation>
    </message>
    <message>
        <source>statement failed</source>
        <translation>frågan misslyckades</translation>
    </message>
    <message>
        <source>%1 in: %2</source>
        <translation>%1 i: %2</translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/casedesk.db</source>
        <translation>sqlite: behöver en sökväg till en fil, t.ex. sqlite:/home/jag/casedesk.db</translation>
    </message>
    <message>
        <source>expected sqlite:/path/to/file.db or postgresql://user@host:port/dbname</source>
        <translation>väntade sqlite:/sökväg/till/fil.db eller postgresql://användare@värd:port/databas</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>inte en giltig URL: %1</translation>
    </message>
    <message>
        <source>the URL must name one database, e.g. postgresql://user@host/casedesk</source>
        <translation>URL:en ska ange en databas, t.ex. postgresql://användare@värd/casedesk</translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos;</source>
        <translation>okänt anslutningsalternativ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connection option &apos;%1&apos; contains &apos;;&apos;</source>
        <translation>anslutningsalternativet &apos;%1&apos; innehåller &apos;;&apos;</translation>
    </message>
    <message>
        <source>the database has schema version %1, but this CaseDesk only knows up to version %2; install a newer CaseDesk</source>
        <translation>databasen har schemaversion %1, men den här versionen av CaseDesk känner bara till versioner upp till %2; installera en nyare CaseDesk</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>kan inte läsa migrering %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migrering %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1 and needs version %2: run &apos;casedeskctl init&apos; first</source>
        <translation>databasen har schemaversion %1 och behöver version %2: kör &apos;casedeskctl init&apos; först</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>kan inte skapa mappen %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file of that name is in the way</source>
        <translation>kan inte skapa mappen %1: en fil med samma namn är i vägen</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner: %2</source>
        <translation>kan inte göra %1 privat för ägaren: %2</translation>
    </message>
    <message>
        <source>the SQLite database path is empty</source>
        <translation>sökvägen till SQLite-databasen är tom</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied on a folder on the way to it</source>
        <translation>kan inte öppna %1: behörighet saknas till en mapp på vägen dit</translation>
    </message>
    <message>
        <source>no database at %1%2; create one with &apos;casedeskctl init&apos;</source>
        <translation>ingen databas i %1%2; skapa en med &apos;casedeskctl init&apos;</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 är en mapp, inte en databasfil</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database</source>
        <translation>%1 är inte en vanlig fil och kan därför inte vara en databas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>no database at %1; create one with &apos;casedeskctl init&apos;</source>
        <translation>ingen databas i %1; skapa en med &apos;casedeskctl init&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan inte skapa mappen %1</translation>
    </message>
    <message>
        <source>disk full: %1 cannot grow, nothing was changed (free space on its disk: &apos;casedeskctl purge&apos; deletes the cases that are due and may use CaseDesk&apos;s reserve next to the file to do it)%2</source>
        <translation>disken är full: %1 kan inte växa, inget ändrades (frigör utrymme på disken: &apos;casedeskctl purge&apos; raderar de ärenden som ska gallras och kan använda CaseDesks reserv bredvid filen för det)%2</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing was changed (CaseDesk needs write permission on the file and its folder to change it)%2</source>
        <translation>%1 är skrivskyddad: inget ändrades (CaseDesk behöver skrivbehörighet till filen och dess mapp för att ändra den)%2</translation>
    </message>
    <message>
        <source>disk full or over a size limit: cannot write %1, nothing was changed (free space on its disk, for example with &apos;casedeskctl purge&apos;, or check quotas and the disk)%2</source>
        <translation>disken är full eller en storleksgräns är nådd: kan inte skriva %1, inget ändrades (frigör utrymme på disken, till exempel med &apos;casedeskctl purge&apos;, eller kontrollera kvoter och disken)%2</translation>
    </message>
    <message>
        <source>input/output error on %1%2</source>
        <translation>in-/utmatningsfel på %1%2</translation>
    </message>
    <message>
        <source>%1 is not a database file%2</source>
        <translation>%1 är inte en databasfil%2</translation>
    </message>
    <message>
        <source>%1 is damaged%2</source>
        <translation>%1 är skadad%2</translation>
    </message>
    <message>
        <source>cannot open %1%2</source>
        <translation>kan inte öppna %1%2</translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while CaseDesk had the database open; CaseDesk has stopped writing to the database to protect the data. Restart CaseDesk.</source>
        <translation>ett annat program tog bort eller ersatte %1 medan CaseDesk hade databasen öppen; CaseDesk har slutat skriva till databasen för att skydda uppgifterna. Starta om CaseDesk.</translation>
    </message>
    <message>
        <source>%1 is not being watched</source>
        <translation>%1 bevakas inte</translation>
    </message>
    <message>
        <source>cannot tell the free space for %1: %2</source>
        <translation>kan inte avgöra det lediga utrymmet för %1: %2</translation>
    </message>
    <message>
        <source>not enough free space for %1 (%2 KiB free, %3 KiB wanted and as much again left free)</source>
        <translation>inte tillräckligt med ledigt utrymme för %1 (%2 KiB ledigt, %3 KiB behövs och lika mycket till ska lämnas ledigt)</translation>
    </message>
    <message>
        <source>cannot reserve space in %1: %2</source>
        <translation>kan inte reservera utrymme i %1: %2</translation>
    </message>
    <message>
        <source>the connection broke during COMMIT, so whether the change was stored is not known: %1</source>
        <translation>anslutningen bröts under COMMIT, så det är okänt om ändringen sparades: %1</translation>
    </message>
    <message>
        <source>transaction already ended</source>
        <translation>transaktionen är redan avslutad</translation>
    </message>
    <message>
        <source>the last change may not have been saved: %1</source>
        <translation>den senaste ändringen kanske inte sparades: %1</translation>
    </message>
    <message>
        <source>the %1 sequence gave too few ids</source>
        <translation>sekvensen %1 gav för få id:n</translation>
    </message>
    <message>
        <source>the reference counter returned nothing</source>
        <translation>ärendenummerräknaren gav inget värde</translation>
    </message>
    <message>
        <source>inserting demo %1</source>
        <translation>när demo-%1 lades in</translation>
    </message>
    <message>
        <source>demo data with seed %1 is already in the database (%2 cases); nothing added. Use another --seed for more cases.</source>
        <translation>demodata med frö %1 finns redan i databasen (%2 ärenden); inget lades till. Använd ett annat --seed för fler ärenden.</translation>
    </message>
    <message>
        <source>demo data with seed %1 is already in the database (%2 of %3 cases); nothing added. Use another --seed for more cases.</source>
        <translation>demodata med frö %1 finns redan i databasen (%2 av %3 ärenden); inget lades till. Använd ett annat --seed för fler ärenden.</translation>
    </message>
    <message>
        <source>demo data with seed %1 was started with --cases %2 (%3 stored); nothing added. Run it with --cases %2 to complete it, or use another --seed.</source>
        <translation>demodata med frö %1 startades med --cases %2 (%3 sparade); inget lades till. Kör med --cases %2 för att slutföra, eller använd ett annat --seed.</translation>
    </message>
    <message>
        <source>the number of cases must be 1 to %1</source>
        <translation>antalet ärenden ska vara 1 till %1</translation>
    </message>
    <message>
        <source>%1 (%2 demo cases were stored before the error)</source>
        <translation>%1 (%2 demoärenden sparades före felet)</translation>
    </message>
    <message>
        <source>the setting %1 is not a demo-data run record: %2</source>
        <translation>inställningen %1 är ingen logg över en demodatakörning: %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>tomt uttryck</translation>
    </message>
    <message>
        <source>single &apos;%1&apos; at %2; use &apos;%1%1&apos;</source>
        <translation>ensamt &apos;%1&apos; vid %2; använd &apos;%1%1&apos;</translation>
    </message>
    <message>
        <source>nested too deeply at %1</source>
        <translation>för djupt nästlat vid %1</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>uttrycket tar slut för tidigt</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; at the end</source>
        <translation>&apos;)&apos; saknas i slutet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at %1</source>
        <translation>väntade &apos;)&apos; vid %1</translation>
    </message>
    <message>
        <source>expected a field name but found &apos;%1&apos; at %2</source>
        <translation>väntade ett fältnamn men hittade &apos;%1&apos; vid %2</translation>
    </message>
    <message>
        <source>expected a value at the end</source>
        <translation>väntade ett värde i slutet</translation>
    </message>
    <message>
        <source>unterminated string at %1</source>
        <translation>oavslutad sträng vid %1</translation>
    </message>
    <message>
        <source>not a valid number at %1</source>
        <translation>inte ett giltigt tal vid %1</translation>
    </message>
    <message>
        <source>expected a quoted string, a number, true or false at %1</source>
        <translation>väntade en sträng inom citattecken, ett tal, true eller false vid %1</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; at %1</source>
        <translation>oväntat &apos;)&apos; vid %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at %2</source>
        <translation>oväntat tecken &apos;%1&apos; vid %2</translation>
    </message>
    <message>
        <source>unexpected character U+%1 at %2</source>
        <translation>oväntat tecken U+%1 vid %2</translation>
    </message>
    <message>
        <source>not a valid MIME type</source>
        <translation>inte en giltig MIME-typ</translation>
    </message>
    <message>
        <source>executable content is not accepted</source>
        <translation>körbart innehåll tas inte emot</translation>
    </message>
    <message>
        <source>the content does not look like %1</source>
        <translation>innehållet ser inte ut som %1</translation>
    </message>
    <message>
        <source>declared as %1 but the content is %2</source>
        <translation>angiven som %1 men innehållet är %2</translation>
    </message>
    <message>
        <source>a comma-separated list of file types, or default</source>
        <translation>en kommaseparerad lista med filtyper, eller default</translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos; (known: %2)</source>
        <translation>okänd filtyp &apos;%1&apos; (kända: %2)</translation>
    </message>
    <message>
        <source>type %1 is not allowed for e-service %2</source>
        <translation>typen %1 är inte tillåten för e-tjänsten %2</translation>
    </message>
    <message>
        <source>already stored as %1 (external id %2)</source>
        <translation>redan sparat som %1 (externt id %2)</translation>
    </message>
    <message>
        <source>at most %1 submissions in one batch, not %2</source>
        <translation>högst %1 inskick i en omgång, inte %2</translation>
    </message>
    <message>
        <source>attachment is %1 bytes, over the limit of %2</source>
        <translation>bilagan är %1 byte, över gränsen %2</translation>
    </message>
    <message>
        <source>attachments total %1 bytes, over the limit of %2</source>
        <translation>bilagorna är sammanlagt %1 byte, över gränsen %2</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>inte giltig base64</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with a UTC offset, e.g. 2026-11-20T10:15:00+01:00</source>
        <translation>väntade datum och tid enligt ISO 8601 med UTC-förskjutning, t.ex. 2026-11-20T10:15:00+01:00</translation>
    </message>
    <message>
        <source>not a valid date and time</source>
        <translation>inte ett giltigt datum och en giltig tid</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ligger i framtiden</translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation>är före 1900</translation>
    </message>
    <message>
        <source>%1 items, over the limit of %2</source>
        <translation>%1 poster, över gränsen %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>väntade en sträng</translation>
    </message>
    <message>
        <source>expected a string, number, boolean, array of strings or null</source>
        <translation>väntade en sträng, ett tal, ett sanningsvärde, en lista med strängar eller null</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>väntade ett objekt</translation>
    </message>
    <message>
        <source>not a valid field id (a letter or &apos;_&apos;, then letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;)</source>
        <translation>inte ett giltigt fält-id (en bokstav eller &apos;_&apos;, sedan bokstäver, siffror, &apos;_&apos;, &apos;-&apos; eller &apos;.&apos;)</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>krävs men saknas</translation>
    </message>
    <message>
        <source>required but missing (use null for no value)</source>
        <translation>krävs men saknas (använd null för inget värde)</translation>
    </message>
    <message>
        <source>must not be empty; leave the key out instead</source>
        <translation>får inte vara tom; utelämna nyckeln i stället</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>väntade en lista</translation>
    </message>
    <message>
        <source>%1 fields, over the limit of %2</source>
        <translation>%1 fält, över gränsen %2</translation>
    </message>
    <message>
        <source>must have at least one page</source>
        <translation>måste ha minst en sida</translation>
    </message>
    <message>
        <source>%1 pages, over the limit of %2</source>
        <translation>%1 sidor, över gränsen %2</translation>
    </message>
    <message>
        <source>duplicate field id &apos;%1&apos; (also at %2)</source>
        <translation>fält-id &apos;%1&apos; förekommer två gånger (även vid %2)</translation>
    </message>
    <message>
        <source>refers to unknown field &apos;%1&apos;</source>
        <translation>hänvisar till okänt fält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected lowercase letters a-z, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>väntade gemena bokstäver a–z, siffror, &apos;_&apos; och &apos;-&apos; (högst 64)</translation>
    </message>
    <message>
        <source>%1 attachments, over the limit of %2</source>
        <translation>%1 bilagor, över gränsen %2</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>längre än %1 tecken</translation>
    </message>
    <message>
        <source>%1 signatures, over the limit of %2</source>
        <translation>%1 underskrifter, över gränsen %2</translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lowercase hexadecimal digits</source>
        <translation>väntade &quot;sha256:&quot; och 64 hexadecimala siffror med gemener</translation>
    </message>
    <message>
        <source>%1 signers, over the limit of %2</source>
        <translation>%1 undertecknare, över gränsen %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>inte giltig JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>väntade ett JSON-objekt på översta nivån</translation>
    </message>
    <message>
        <source>key appears more than once</source>
        <translation>nyckeln förekommer mer än en gång</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>väntade &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key (not shown: long or with control characters)</source>
        <translation>okänd nyckel (visas inte: lång eller med styrtecken)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>väntade ett sanningsvärde</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>väntade ett tal</translation>
    </message>
    <message>
        <source>required but missing (nor is there an Owner)</source>
        <translation>krävs men saknas (det finns inte heller någon Owner)</translation>
    </message>
    <message>
        <source>more than %1 attachments</source>
        <translation>fler än %1 bilagor</translation>
    </message>
    <message>
        <source>%1 questions, over the limit of %2</source>
        <translation>%1 frågor, över gränsen %2</translation>
    </message>
    <message>
        <source>the root element is not FlowInstance in the Open ePlatform namespace %1</source>
        <translation>rotelementet är inte FlowInstance i Open ePlatforms namnrymd %1</translation>
    </message>
    <message>
        <source>expected 10 or 12 digits</source>
        <translation>väntade 10 eller 12 siffror</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>inte ett giltigt datum</translation>
    </message>
    <message>
        <source>birth date in the future</source>
        <translation>födelsedatum i framtiden</translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used from the age of 100</source>
        <translation>&apos;+&apos; används bara från 100 års ålder</translation>
    </message>
    <message>
        <source>invalid check digit</source>
        <translation>felaktig kontrollsiffra</translation>
    </message>
    <message>
        <source>submission is %1 bytes, over the limit of %2</source>
        <translation>inskickningen är %1 byte, över gränsen %2</translation>
    </message>
    <message>
        <source>not a CaseDesk submission or Open ePlatform export</source>
        <translation>varken en inskickning till CaseDesk eller en export från Open ePlatform</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>file is %1 bytes, over the limit of %2</source>
        <translation>filen är %1 byte, över gränsen %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>file is over the limit of %1 bytes</source>
        <translation>filen är över gränsen %1 byte</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>innehåller styrtecken</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>inte en giltig e-postadress</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (rad %2, kolumn %3)</translation>
    </message>
    <message>
        <source>DTD declarations are not accepted</source>
        <translation>DTD-deklarationer tas inte emot</translation>
    </message>
    <message>
        <source>entity references are not accepted</source>
        <translation>entitetsreferenser tas inte emot</translation>
    </message>
    <message>
        <source>content after the root element</source>
        <translation>innehåll efter rotelementet</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>element nästlade mer än %1 nivåer</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>fler än %1 element</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2: %3</source>
        <translation>inte välformad XML på rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>inget rotelement</translation>
    </message>
    <message>
        <source>the part before @ is not ASCII, which needs SMTPUTF8 (not supported)</source>
        <translation>delen före @ är inte ASCII, vilket kräver SMTPUTF8 (stöds inte)</translation>
    </message>
    <message>
        <source>the domain is not a valid host name</source>
        <translation>domänen är inte ett giltigt värdnamn</translation>
    </message>
    <message>
        <source>malformed Message-ID</source>
        <translation>felformaterat Message-ID</translation>
    </message>
    <message>
        <source>the SMTP password is never stored in the database: give it to the service in a file named by CASEDESK_SMTP_PASSWORD_FILE (mode 0600) or in CASEDESK_SMTP_PASSWORD</source>
        <translation>SMTP-lösenordet sparas aldrig i databasen: ge det till tjänsten i en fil som anges med CASEDESK_SMTP_PASSWORD_FILE (läge 0600) eller i CASEDESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>not an SMTP setting</source>
        <translation>inte en SMTP-inställning</translation>
    </message>
    <message>
        <source>must be a host name or an IP address</source>
        <translation>ska vara ett värdnamn eller en IP-adress</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535</source>
        <translation>ska vara ett portnummer från 1 till 65535</translation>
    </message>
    <message>
        <source>must be none, starttls or tls</source>
        <translation>ska vara none, starttls eller tls</translation>
    </message>
    <message>
        <source>must be an ASCII address (the part before @)</source>
        <translation>ska vara en ASCII-adress (delen före @)</translation>
    </message>
    <message>
        <source>must be a number of seconds from 5 to 600</source>
        <translation>ska vara ett antal sekunder från 5 till 600</translation>
    </message>
    <message>
        <source>SMTP is not configured: set smtp.host and smtp.from (casedeskctl settings set smtp.host HOST)</source>
        <translation>SMTP är inte inställt: ange smtp.host och smtp.from (casedeskctl settings set smtp.host VÄRD)</translation>
    </message>
    <message>
        <source>no sender address: casedeskctl settings set smtp.from noreply@example.se</source>
        <translation>ingen avsändaradress: casedeskctl settings set smtp.from noreply@example.se</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 är inte en vanlig fil</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>kan inte läsa %1</translation>
    </message>
    <message>
        <source>%1 is too long for a password</source>
        <translation>%1 är för lång för att vara ett lösenord</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 är tom</translation>
    </message>
    <message>
        <source>smtp.user is set but there is no password: set CASEDESK_SMTP_PASSWORD_FILE (a file of mode 0600) or CASEDESK_SMTP_PASSWORD for the service</source>
        <translation>smtp.user är angiven men det finns inget lösenord: ange CASEDESK_SMTP_PASSWORD_FILE (en fil med läge 0600) eller CASEDESK_SMTP_PASSWORD för tjänsten</translation>
    </message>
    <message>
        <source>refusing to send the SMTP password unencrypted to %1: set smtp.security to starttls or tls</source>
        <translation>skickar inte SMTP-lösenordet okrypterat till %1: sätt smtp.security till starttls eller tls</translation>
    </message>
    <message>
        <source>at most %1 attachments</source>
        <translation>högst %1 bilagor</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>större än %1 byte</translation>
    </message>
    <message>
        <source>attachments larger than %1 bytes together</source>
        <translation>bilagorna är tillsammans större än %1 byte</translation>
    </message>
    <message>
        <source>not a MIME type</source>
        <translation>inte en MIME-typ</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: inte en läsbar fil</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1: större än %2 byte</translation>
    </message>
    <message>
        <source>names no decision</source>
        <translation>anger inget beslut</translation>
    </message>
    <message>
        <source>the decision document must be a PDF</source>
        <translation>beslutsdokumentet måste vara en PDF</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;; known: %2</source>
        <translation>okänt utfall &apos;%1&apos;; kända: %2</translation>
    </message>
    <message>
        <source>the case already has a decision; record a correction instead</source>
        <translation>ärendet har redan ett beslut; registrera en rättelse i stället</translation>
    </message>
    <message>
        <source>only the case&apos;s latest decision (%1) can be corrected</source>
        <translation>bara ärendets senaste beslut (%1) kan rättas</translation>
    </message>
    <message>
        <source>storing %1 returned no id</source>
        <translation>när %1 sparades kom inget id tillbaka</translation>
    </message>
    <message>
        <source>the case was changed by someone else</source>
        <translation>ärendet ändrades av någon annan</translation>
    </message>
    <message>
        <source>identity: expected a personal number of 12 digits (YYYYMMDDNNNN)</source>
        <translation>identitet: väntade ett personnummer med 12 siffror (ÅÅÅÅMMDDNNNN)</translation>
    </message>
    <message>
        <source>no case with reference %1</source>
        <translation>inget ärende med ärendenummer %1</translation>
    </message>
    <message>
        <source>the portal function returned nothing</source>
        <translation>portalfunktionen returnerade inget</translation>
    </message>
    <message>
        <source>the case has no open supplement request</source>
        <translation>ärendet har ingen öppen begäran om komplettering</translation>
    </message>
    <message>
        <source>storing the message returned no id</source>
        <translation>när meddelandet sparades kom inget id tillbaka</translation>
    </message>
    <message>
        <source>attachments go with the applicant&apos;s own message</source>
        <translation>bilagor hör till den sökandes eget meddelande</translation>
    </message>
    <message>
        <source>not a personal number: %1</source>
        <translation>inte ett personnummer: %1</translation>
    </message>
    <message>
        <source>a supplement needs a text or an attachment</source>
        <translation>en komplettering behöver en text eller en bilaga</translation>
    </message>
    <message>
        <source>no document %1 on case %2</source>
        <translation>inget dokument %1 i ärende %2</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>ska vara ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>must be today or later</source>
        <translation>ska vara i dag eller senare</translation>
    </message>
    <message>
        <source>must be within a year</source>
        <translation>ska vara inom ett år</translation>
    </message>
    <message>
        <source>a supplement request (due %1) is still open</source>
        <translation>en begäran om komplettering (senast %1) är fortfarande öppen</translation>
    </message>
    <message>
        <source>&apos;}&apos; at position %1 closes no placeholder</source>
        <translation>&apos;}&apos; vid position %1 avslutar ingen platshållare</translation>
    </message>
    <message>
        <source>the placeholder at position %1 is not closed with &apos;}&apos;</source>
        <translation>platshållaren vid position %1 avslutas inte med &apos;}&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder %1; known: %2</source>
        <translation>okänd platshållare %1; kända: %2</translation>
    </message>
    <message>
        <source>only administrators change templates and outcomes</source>
        <translation>bara administratörer ändrar mallar och utfall</translation>
    </message>
    <message>
        <source>no message template &apos;%1&apos;</source>
        <translation>ingen meddelandemall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be sv or en</source>
        <translation>ska vara sv eller en</translation>
    </message>
    <message>
        <source>{caseworker} is not allowed in e-mails (no names in e-mail)</source>
        <translation>{caseworker} är inte tillåtet i e-post (inga namn i e-post)</translation>
    </message>
    <message>
        <source>1-40 characters a-z, 0-9 or _</source>
        <translation>1–40 tecken a–z, 0–9 eller _</translation>
    </message>
    <message>
        <source>no outcome &apos;%1&apos;</source>
        <translation>inget utfall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing the attachment returned no id</source>
        <translation>när bilagan sparades kom inget id tillbaka</translation>
    </message>
    <message>
        <source>no attachment %1 on this case</source>
        <translation>ingen bilaga %1 i det här ärendet</translation>
    </message>
    <message>
        <source>no case with id %1</source>
        <translation>inget ärende med id %1</translation>
    </message>
    <message>
        <source>already stored (external id %1)</source>
        <translation>redan sparat (externt id %1)</translation>
    </message>
    <message>
        <source>counting cases returned no row</source>
        <translation>räkningen av ärenden gav ingen rad</translation>
    </message>
    <message>
        <source>explain: too few parameters</source>
        <translation>explain: för få parametrar</translation>
    </message>
    <message>
        <source>explaining a case query</source>
        <translation>när en ärendefråga förklarades</translation>
    </message>
    <message>
        <source>the case was changed by someone else meanwhile</source>
        <translation>ärendet ändrades av någon annan under tiden</translation>
    </message>
    <message>
        <source>retention days cannot be negative</source>
        <translation>antalet dagar för gallring kan inte vara negativt</translation>
    </message>
    <message>
        <source>language must be sv or en</source>
        <translation>språket ska vara sv eller en</translation>
    </message>
    <message>
        <source>queueing the mail returned no id</source>
        <translation>när e-posten köades kom inget id tillbaka</translation>
    </message>
    <message>
        <source>mail %1 is no longer claimed by this delivery run (its lease ran out)</source>
        <translation>e-post %1 hör inte längre till den här utskickskörningen (dess tid gick ut)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; had no access to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hade ingen behörighet till &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no connection to the database</source>
        <translation>ingen anslutning till databasen</translation>
    </message>
    <message>
        <source>no connection to the database: %1</source>
        <translation>ingen anslutning till databasen: %1</translation>
    </message>
    <message>
        <source>SQLite refused secure_delete; nothing was purged</source>
        <translation>SQLite vägrade secure_delete; inget gallrades</translation>
    </message>
    <message>
        <source>only the background service (casedesk_service) and administrators purge cases</source>
        <translation>bara bakgrundstjänsten (casedesk_service) och administratörer gallrar ärenden</translation>
    </message>
    <message>
        <source>the purge log took %1 rows for %2 purged cases</source>
        <translation>gallringsloggen fick %1 rader för %2 gallrade ärenden</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>ska vara från 1 till %1</translation>
    </message>
    <message>
        <source>%1 (%2 cases were purged before this; the next run continues)</source>
        <translation>%1 (%2 ärenden gallrades innan dess; nästa körning fortsätter)</translation>
    </message>
    <message>
        <source>%1; there is no reserve at %2 to purge on, so free space on the disk by other means</source>
        <translation>%1; det finns ingen reserv i %2 att gallra med, så frigör utrymme på disken på annat sätt</translation>
    </message>
    <message>
        <source>A private in-memory database cannot be shared with the database worker.</source>
        <translation>En privat databas i minnet kan inte delas med databasarbetaren.</translation>
    </message>
    <message>
        <source>%1 returned no case</source>
        <translation>%1 returnerade inget ärende</translation>
    </message>
    <message>
        <source>you may not work cases of the e-service &apos;%1&apos;</source>
        <translation>du får inte handlägga ärenden i e-tjänsten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the case has a protected identity, which you may not see</source>
        <translation>ärendet har skyddad identitet, som du inte får se</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>the case was changed by someone else since you opened it (version %1); last change: %2 by %3 at %4</source>
        <translation>ärendet har ändrats av någon annan sedan du öppnade det (version %1); senaste ändring: %2 av %3 %4</translation>
    </message>
    <message>
        <source>the case was changed by someone else since you opened it (version %1)</source>
        <translation>ärendet har ändrats av någon annan sedan du öppnade det (version %1)</translation>
    </message>
    <message>
        <source>a case becomes &apos;decided&apos; by recording a decision (casedeskctl decide)</source>
        <translation>ett ärende blir &apos;decided&apos; genom att ett beslut registreras (casedeskctl decide)</translation>
    </message>
    <message>
        <source>a case in &apos;%1&apos; cannot move to &apos;%2&apos;; allowed: %3</source>
        <translation>ett ärende i &apos;%1&apos; kan inte flyttas till &apos;%2&apos;; tillåtna: %3</translation>
    </message>
    <message>
        <source>the work on the case was not begun</source>
        <translation>arbetet med ärendet påbörjades inte</translation>
    </message>
    <message>
        <source>a status change needs its history event</source>
        <translation>en statusändring behöver sin händelse i historiken</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: %2)</source>
        <translation>Qt:s SQL-drivrutin %1 är inte installerad (Debian: %2)</translation>
    </message>
    <message>
        <source>the database returned no case document: %1</source>
        <translation>databasen returnerade inget ärendedokument: %1</translation>
    </message>
    <message>
        <source>missing (use an empty text for files only)</source>
        <translation>saknas (använd en tom text för bara filer)</translation>
    </message>
    <message>
        <source>attachments go with a message written in the same transaction</source>
        <translation>bilagor hör till ett meddelande som skrivs i samma transaktion</translation>
    </message>
    <message>
        <source>the database refused the attachment: its name, type or size is not allowed</source>
        <translation>databasen tog inte emot bilagan: dess namn, typ eller storlek är inte tillåten</translation>
    </message>
    <message>
        <source>only administrators manage users</source>
        <translation>bara administratörer hanterar användare</translation>
    </message>
    <message>
        <source>the user name &apos;%1&apos; is reserved</source>
        <translation>användarnamnet &apos;%1&apos; är reserverat</translation>
    </message>
    <message>
        <source>only administrators change the attachment types of an e-service</source>
        <translation>bara administratörer ändrar en e-tjänsts bilagetyper</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source> (the folder %1 does not exist)</source>
        <translation> (mappen %1 finns inte)</translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation>kan inte lyssna efter ändringar: %1</translation>
    </message>
    <message>
        <source>%1 is accessible by group or others (mode %2); a password file must be readable only by its owner: chmod 600 %1</source>
        <translation>%1 är åtkomlig för grupp eller andra (läge %2); en lösenordsfil får bara kunna läsas av sin ägare: chmod 600 %1</translation>
    </message>
    <message>
        <source>Navet (%1) did not answer within %2 seconds</source>
        <translation>Navet (%1) svarade inte inom %2 sekunder</translation>
    </message>
    <message>
        <source>Navet&apos;s answer cannot be used: %1</source>
        <translation>Navets svar kan inte användas: %1</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>det är större än %1 byte</translation>
    </message>
    <message>
        <source>Navet&apos;s server %1 is not trusted: %2 (is the right authority in navet.ca_certificates?)</source>
        <translation>Navets server %1 är inte betrodd: %2 (finns rätt utfärdare i navet.ca_certificates?)</translation>
    </message>
    <message>
        <source>the TLS connection to Navet (%1) failed: %2 (does Navet accept the certificate in navet.certificate?)</source>
        <translation>TLS-anslutningen till Navet (%1) misslyckades: %2 (godtar Navet certifikatet i navet.certificate?)</translation>
    </message>
    <message>
        <source>cannot reach Navet at %1: %2</source>
        <translation>kan inte nå Navet på %1: %2</translation>
    </message>
    <message>
        <source>Navet answered with HTTP status %1 and content type &apos;%2&apos;, not XML</source>
        <translation>Navet svarade med HTTP-status %1 och innehållstypen &apos;%2&apos;, inte XML</translation>
    </message>
    <message>
        <source>Navet answered with HTTP status %1</source>
        <translation>Navet svarade med HTTP-status %1</translation>
    </message>
    <message>
        <source>only the background service (casedesk_service) and administrators look people up in Navet directly</source>
        <translation>bara bakgrundstjänsten (casedesk_service) och administratörer slår upp personer direkt i Navet</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <source>Navet refused the lookup: %1 (fault %2, Navet error %3: %4)</source>
        <translation>Navet avvisade uppslaget: %1 (fel %2, Navet-fel %3: %4)</translation>
    </message>
    <message>
        <source>Navet refused the lookup: %1 (fault %2)</source>
        <translation>Navet avvisade uppslaget: %1 (fel %2)</translation>
    </message>
    <message>
        <source>%1 must be J or N, not &apos;%2&apos;</source>
        <translation>%1 ska vara J eller N, inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not a valid personal number: %2</source>
        <translation>%1 är inte ett giltigt personnummer: %2</translation>
    </message>
    <message>
        <source>it is about another person than the one asked for</source>
        <translation>det gäller en annan person än den som efterfrågades</translation>
    </message>
    <message>
        <source>it is not a SOAP 1.1 envelope</source>
        <translation>det är inget SOAP 1.1-kuvert</translation>
    </message>
    <message>
        <source>it holds %1 persons instead of one</source>
        <translation>det innehåller %1 personer i stället för en</translation>
    </message>
    <message>
        <source>Navet is not configured: set %1 (casedeskctl settings set %1 VALUE)</source>
        <translation>Navet är inte inställt: ange %1 (casedeskctl settings set %1 VÄRDE)</translation>
    </message>
    <message>
        <source>the certificate&apos;s password is never stored in the database: give it to the program that makes lookups in a file named by CASEDESK_NAVET_PASSWORD_FILE (mode 0600) or in CASEDESK_NAVET_PASSWORD</source>
        <translation>certifikatets lösenord lagras aldrig i databasen: ge det till programmet som gör uppslagen i en fil som CASEDESK_NAVET_PASSWORD_FILE anger (läge 0600) eller i CASEDESK_NAVET_PASSWORD</translation>
    </message>
    <message>
        <source>not a Navet setting</source>
        <translation>ingen Navet-inställning</translation>
    </message>
    <message>
        <source>must be an https address, e.g. https://navet.example.se/path</source>
        <translation>ska vara en https-adress, t.ex. https://navet.example.se/sökväg</translation>
    </message>
    <message>
        <source>must be an organisation number of 10 digits with a valid check digit</source>
        <translation>ska vara ett organisationsnummer med 10 siffror och giltig kontrollsiffra</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits and hyphens</source>
        <translation>ska vara 1 till 64 bokstäver, siffror och bindestreck</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>ska vara en absolut sökväg</translation>
    </message>
    <message>
        <source>must be a number of seconds from 1 to 300</source>
        <translation>ska vara ett antal sekunder från 1 till 300</translation>
    </message>
    <message>
        <source>no password for the certificate: set CASEDESK_NAVET_PASSWORD_FILE (a file of mode 0600) or CASEDESK_NAVET_PASSWORD</source>
        <translation>inget lösenord för certifikatet: ange CASEDESK_NAVET_PASSWORD_FILE (en fil med läge 0600) eller CASEDESK_NAVET_PASSWORD</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate file</source>
        <translation>%1 är för stor för en certifikatfil</translation>
    </message>
    <message>
        <source>this program has no TLS support (OpenSSL)</source>
        <translation>programmet saknar stöd för TLS (OpenSSL)</translation>
    </message>
    <message>
        <source>cannot read %1: the password is wrong or it is not a PKCS#12 file</source>
        <translation>kan inte läsa %1: lösenordet är fel eller så är det ingen PKCS#12-fil</translation>
    </message>
    <message>
        <source>%1 does not hold both a certificate and its private key</source>
        <translation>%1 innehåller inte både ett certifikat och dess privata nyckel</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2</source>
        <translation>certifikatet i %1 gick ut %2</translation>
    </message>
    <message>
        <source>the certificate in %1 is not valid before %2</source>
        <translation>certifikatet i %1 gäller inte före %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 innehåller inget PEM-certifikat</translation>
    </message>
    <message>
        <source>storing the submission returned no case</source>
        <translation>när inlämningen sparades kom inget ärende tillbaka</translation>
    </message>
    <message>
        <source>storing the submission returned nothing</source>
        <translation>när inlämningen sparades kom inget svar tillbaka</translation>
    </message>
    <message>
        <source>storing the submissions returned %1 outcomes for %2</source>
        <translation>när inlämningarna sparades kom %1 utfall tillbaka för %2</translation>
    </message>
    <message>
        <source>a new case starts in a submitted status</source>
        <translation>ett nytt ärende börjar i en inskickad status</translation>
    </message>
    <message>
        <source>what the applicant submitted cannot be changed</source>
        <translation>det sökanden skickade in kan inte ändras</translation>
    </message>
    <message>
        <source>the version only ever grows by one</source>
        <translation>versionen växer bara med ett i taget</translation>
    </message>
    <message>
        <source>a case is assigned only to someone who may work its e-service</source>
        <translation>ett ärende tilldelas bara någon som får handlägga dess e-tjänst</translation>
    </message>
    <message>
        <source>unread messages come only from the applicant</source>
        <translation>olästa meddelanden kommer bara från sökanden</translation>
    </message>
    <message>
        <source>a status change is recorded in the case&apos;s history</source>
        <translation>en statusändring förs in i ärendets historik</translation>
    </message>
    <message>
        <source>a case becomes decided only by recording a decision</source>
        <translation>ett ärende blir beslutat bara genom att ett beslut registreras</translation>
    </message>
    <message>
        <source>an assignment is recorded in the case&apos;s history</source>
        <translation>en tilldelning förs in i ärendets historik</translation>
    </message>
    <message>
        <source>%1 are written only with a new submission</source>
        <translation>%1 skrivs bara med en ny ansökan</translation>
    </message>
    <message>
        <source>%1 cannot be changed</source>
        <translation>%1 kan inte ändras</translation>
    </message>
    <message>
        <source>messages from the applicant come only through the portal</source>
        <translation>meddelanden från sökanden kommer bara via portalen</translation>
    </message>
    <message>
        <source>unknown message kind %1</source>
        <translation>okänd meddelandetyp %1</translation>
    </message>
    <message>
        <source>a message cannot be changed; an incoming one can only be marked read</source>
        <translation>ett meddelande kan inte ändras; ett inkommande kan bara markeras som läst</translation>
    </message>
    <message>
        <source>a file goes with a message or with a new submission</source>
        <translation>en fil hör till ett meddelande eller till en ny ansökan</translation>
    </message>
    <message>
        <source>a file goes with an outgoing message written in the same transaction</source>
        <translation>en fil hör till ett utgående meddelande som skrivs i samma transaktion</translation>
    </message>
    <message>
        <source>a supplement request goes with its message to the applicant</source>
        <translation>en begäran om komplettering skickas med sitt meddelande till sökanden</translation>
    </message>
    <message>
        <source>unknown outcome %1</source>
        <translation>okänt utfall %1</translation>
    </message>
    <message>
        <source>a decision goes to the applicant with its message</source>
        <translation>ett beslut skickas till sökanden med sitt meddelande</translation>
    </message>
    <message>
        <source>a case has one decision; later ones correct the latest</source>
        <translation>ett ärende har ett beslut; senare beslut rättar det senaste</translation>
    </message>
    <message>
        <source>a mail that is not about a case is a test mail, sent by an administrator to the sender address or a functional mailbox</source>
        <translation>ett e-postmeddelande som inte gäller ett ärende är ett provmeddelande, som en administratör skickar till avsändaradressen eller en funktionsbrevlåda</translation>
    </message>
    <message>
        <source>a mail about a case goes to its applicant or its e-service&apos;s mailbox</source>
        <translation>e-post om ett ärende går till dess sökande eller till e-tjänstens funktionsbrevlåda</translation>
    </message>
    <message>
        <source>a mail about a case is queued with the change it announces</source>
        <translation>e-post om ett ärende köas tillsammans med ändringen som den meddelar</translation>
    </message>
    <message>
        <source>a queued mail cannot be changed</source>
        <translation>ett köat e-postmeddelande kan inte ändras</translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation>i %1 kan rader bara läggas till</translation>
    </message>
    <message>
        <source>only the background service expires the audit log</source>
        <translation>bara bakgrundstjänsten gallrar granskningsloggen</translation>
    </message>
    <message>
        <source>audit.retention_days is not a number of days from 1 to %1; the audit log is left as is</source>
        <translation>audit.retention_days är inte ett antal dagar från 1 till %1; granskningsloggen lämnas som den är</translation>
    </message>
    <message>
        <source>the audit log is expired by the background service, not by administrators</source>
        <translation>granskningsloggen gallras av bakgrundstjänsten, inte av administratörer</translation>
    </message>
    <message>
        <source>the disk was full: purged on CaseDesk&apos;s reserve, which is back</source>
        <translation>disken var full: gallrade med CaseDesks reserv, som är tillbaka</translation>
    </message>
    <message>
        <source>the disk was full: purged on CaseDesk&apos;s reserve, which is made again once there is room for it (%1)</source>
        <translation>disken var full: gallrade med CaseDesks reserv, som skapas igen när det finns plats för den (%1)</translation>
    </message>
    <message>
        <source>SQLite, little room: incremental vacuum and checkpoint after every batch; reclaimed %1 MiB</source>
        <translation>SQLite, lite utrymme: stegvis VACUUM och checkpoint efter varje omgång; återvann %1 MiB</translation>
    </message>
    <message>
        <source>space not reclaimed: %1</source>
        <translation>utrymmet återvanns inte: %1</translation>
    </message>
    <message>
        <source>SQLite: %1 free inside the file, reused by new cases (no room for VACUUM)</source>
        <translation>SQLite: %1 ledigt i filen, återanvänds av nya ärenden (inget utrymme för VACUUM)</translation>
    </message>
    <message>
        <source>SQLite: VACUUM not possible now (%1); free space is reused by new cases</source>
        <translation>SQLite: VACUUM går inte nu (%1); ledigt utrymme återanvänds av nya ärenden</translation>
    </message>
    <message>
        <source>SQLite: %1 free inside the file, reused by new cases</source>
        <translation>SQLite: %1 ledigt i filen, återanvänds av nya ärenden</translation>
    </message>
    <message>
        <source>SQLite: incremental vacuum; reclaimed %1</source>
        <translation>SQLite: stegvis VACUUM; återvann %1</translation>
    </message>
    <message>
        <source>SQLite: VACUUM, from now on incremental; reclaimed %1</source>
        <translation>SQLite: VACUUM, från och med nu stegvis; återvann %1</translation>
    </message>
    <message>
        <source>another program is reading, so the write-ahead log is emptied at its next checkpoint</source>
        <translation>ett annat program läser, så att skrivloggen (WAL) töms vid nästa checkpoint</translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM left to autovacuum (only the database owner may vacuum)</source>
        <translation>PostgreSQL: VACUUM lämnas åt autovacuum (bara databasens ägare får köra VACUUM)</translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM (ANALYZE) on the case tables except %1 (failed; left to autovacuum)</source>
        <translation>PostgreSQL: VACUUM (ANALYZE) på ärendetabellerna utom %1 (misslyckades; lämnas åt autovacuum)</translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM (ANALYZE) on the case tables</source>
        <translation>PostgreSQL: VACUUM (ANALYZE) på ärendetabellerna</translation>
    </message>
    <message>
        <source>an attachment belongs to a message of the same case</source>
        <translation>en bilaga hör till ett meddelande i samma ärende</translation>
    </message>
    <message>
        <source>a supplement request belongs to a message of the same case</source>
        <translation>en begäran om komplettering hör till ett meddelande i samma ärende</translation>
    </message>
    <message>
        <source>a supplement answer belongs to a message of the same case</source>
        <translation>ett svar på en komplettering hör till ett meddelande i samma ärende</translation>
    </message>
    <message>
        <source>a decision points only into its own case</source>
        <translation>ett beslut pekar bara in i sitt eget ärende</translation>
    </message>
    <message>
        <source>a decision cannot be changed: record a correction</source>
        <translation>ett beslut kan inte ändras: registrera en rättelse</translation>
    </message>
    <message>
        <source>%1 cannot be deleted</source>
        <translation>%1 kan inte tas bort</translation>
    </message>
    <message>
        <source>birth number 000 is never issued</source>
        <translation>födelsenummer 000 tilldelas aldrig</translation>
    </message>
    <message>
        <source>only the background service and administrators record what Navet answered</source>
        <translation>bara bakgrundstjänsten och administratörer registrerar vad Navet svarade</translation>
    </message>
    <message>
        <source>a register entry names its person by a personal number YYYYMMDD-XXXX</source>
        <translation>en uppgift från folkbokföringen anger sin person med ett personnummer ÅÅÅÅMMDD-XXXX</translation>
    </message>
    <message>
        <source>the person is not named in case %1</source>
        <translation>personen finns inte med i ärende %1</translation>
    </message>
    <message>
        <source>case %1 names nobody with a personal number to look up</source>
        <translation>ärende %1 nämner ingen med personnummer att slå upp</translation>
    </message>
    <message>
        <source>you may not work this case</source>
        <translation>du får inte handlägga det här ärendet</translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation>ska vara on eller off</translation>
    </message>
    <message>
        <source>only administrators choose which e-services look applicants up at intake</source>
        <translation>bara administratörer väljer vilka e-tjänster som slår upp sökande när ärendet kommer in</translation>
    </message>
    <message>
        <source>give either a personal number or an organisation number, not both (a person acting for the organisation is a party)</source>
        <translation>ange antingen ett personnummer eller ett organisationsnummer, inte båda (en person som företräder organisationen är en part)</translation>
    </message>
    <message>
        <source>expected 10 digits, e.g. 556677-8899</source>
        <translation>förväntade 10 siffror, t.ex. 556677-8899</translation>
    </message>
    <message>
        <source>the third digit must be at least 2 (this looks like a personal number)</source>
        <translation>tredje siffran måste vara minst 2 (det här ser ut som ett personnummer)</translation>
    </message>
    <message>
        <source>a case waits for a supplement by requesting one (Request supplement…, casedeskctl supplement-request)</source>
        <translation>ett ärende väntar på komplettering genom att en komplettering begärs (Begär komplettering…, casedeskctl supplement-request)</translation>
    </message>
    <message>
        <source>%1 did not take the test e-mail (%2): %3</source>
        <translation>%1 tog inte emot testmejlet (%2): %3</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>måste vara ett helt antal dagar från 1 till 3650</translation>
    </message>
    <message>
        <source>must be between 1 and 3650 days</source>
        <translation>måste vara mellan 1 och 3650 dagar</translation>
    </message>
    <message>
        <source>the e-service %1 has no status &apos;%2&apos;</source>
        <translation>e-tjänsten %1 har ingen status &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a closed case has no handling time (&apos;%1&apos; closes it)</source>
        <translation>ett avslutat ärende har ingen handläggningstid (&apos;%1&apos; avslutar det)</translation>
    </message>
    <message>
        <source>storing the view returned no id</source>
        <translation>när vyn sparades kom inget id tillbaka</translation>
    </message>
    <message>
        <source>no view %1 of yours</source>
        <translation>du har ingen vy %1</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>får vara högst %1 tecken</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>no built-in view &apos;%1&apos;</source>
        <translation>ingen inbyggd vy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no sort &apos;%1&apos;</source>
        <translation>ingen sortering &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 3650</source>
        <translation>måste vara ett helt antal dagar från 0 till 3650</translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; already exists</source>
        <translation>det finns redan en vy som heter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no view %1</source>
        <translation>ingen vy %1</translation>
    </message>
    <message>
        <source>the e-service %1 has no message template &apos;%2&apos;</source>
        <translation>e-tjänsten %1 har ingen meddelandemall &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>not a date YYYY-MM-DD: %1</source>
        <translation>inte ett datum ÅÅÅÅ-MM-DD: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>måste anges</translation>
    </message>
    <message>
        <source>must be day, week or month</source>
        <translation>måste vara day, week eller month</translation>
    </message>
    <message>
        <source>must be table, csv, json or xlsx</source>
        <translation>måste vara table, csv, json eller xlsx</translation>
    </message>
    <message>
        <source>is required for xlsx</source>
        <translation>måste anges för xlsx</translation>
    </message>
    <message>
        <source>only administrators choose which e-services are archived before purge</source>
        <translation>bara administratörer väljer vilka e-tjänster som arkiveras före gallring</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 finns redan</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>kan inte ersätta %1</translation>
    </message>
    <message>
        <source>cannot move the package into %1</source>
        <translation>kan inte flytta paketet till %1</translation>
    </message>
    <message>
        <source>case %1 has a protected identity: only someone allowed to see protected identities may export it</source>
        <translation>ärende %1 har skyddad identitet: bara den som får se skyddade identiteter får exportera det</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>måste vara ett datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>must not be before the first day (from)</source>
        <translation>får inte vara före första dagen (från)</translation>
    </message>
    <message>
        <source>gives too many periods: group by week or month, or choose fewer days</source>
        <translation>ger för många perioder: gruppera per vecka eller månad, eller välj färre dagar</translation>
    </message>
    <message>
        <source>no such e-service</source>
        <translation>ingen sådan e-tjänst</translation>
    </message>
</context>
<context>
    <name>casedesk::Fields</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelskt namn</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Från status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Corrected decision</source>
        <translation>Rättat beslut</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>Beslutsdokument</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Bilagans typ</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>Bilagans namn</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Gallringstid i dagar</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Antal per omgång</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation>Funktionsbrevlåda</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Användare på e-postservern</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Avsändarnamn</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tidsgräns</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fil med CA-certifikat</translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation>Prefix för ärendenummer</translation>
    </message>
    <message>
        <source>Purge time</source>
        <translation>Tid för gallring</translation>
    </message>
    <message>
        <source>Audit log retention days</source>
        <translation>Dagar som granskningsloggen sparas</translation>
    </message>
    <message>
        <source>Navet address</source>
        <translation>Navet-adress</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Navet ordering id</source>
        <translation>Navet-beställningsid</translation>
    </message>
    <message>
        <source>Navet certificate</source>
        <translation>Navet-certifikat</translation>
    </message>
    <message>
        <source>Navet CA certificates</source>
        <translation>Navet-CA-certifikat</translation>
    </message>
    <message>
        <source>Navet timeout</source>
        <translation>Navet-tidsgräns</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Meddelandemall</translation>
    </message>
    <message>
        <source>E-mail address for notifications</source>
        <translation>E-postadress för aviseringar</translation>
    </message>
</context>
<context>
    <name>casedesk::FormModel</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>%1 (not shown to the applicant)</source>
        <translation>%1 (visades inte för sökanden)</translation>
    </message>
</context>
<context>
    <name>casedesk::FormPane</name>
    <message>
        <source>Form as submitted</source>
        <translation>Formuläret som det skickades in</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message numerus="yes">
        <source>Show fields the applicant did not see (%n)</source>
        <translation>
            <numerusform>Visa fält som sökanden inte såg (%n)</numerusform>
            <numerusform>Visa fält som sökanden inte såg (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields whose condition was not met by the applicant&apos;s answers</source>
        <translation>Fält vars villkor inte uppfylldes av sökandens svar</translation>
    </message>
    <message>
        <source>The applicant saw every field of this form</source>
        <translation>Sökanden såg alla fält i formuläret</translation>
    </message>
</context>
<context>
    <name>casedesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxColumnLayout</name>
    <message>
        <source>Default columns</source>
        <translation>Standardkolumner</translation>
    </message>
</context>
<context>
    <name>casedesk::InboxViewMenu</name>
    <message>
        <source>Save as &amp;new view…</source>
        <translation>Spara som &amp;ny vy…</translation>
    </message>
    <message>
        <source>&amp;Save changes to this view</source>
        <translation>&amp;Spara ändringarna i vyn</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>&amp;Byt namn på vyn…</translation>
    </message>
    <message>
        <source>Re&amp;move view</source>
        <translation>Ta &amp;bort vyn</translation>
    </message>
    <message>
        <source>Move view &amp;up</source>
        <translation>Flytta vyn &amp;upp</translation>
    </message>
    <message>
        <source>Move view &amp;down</source>
        <translation>Flytta vyn &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Publish view for an e-service…</source>
        <translation>&amp;Publicera vyn för en e-tjänst…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Spara vy</translation>
    </message>
    <message>
        <source>Name of the new view:</source>
        <translation>Den nya vyns namn:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Byt namn på vy</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Vyns nya namn:</translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation>Ta bort vy</translation>
    </message>
    <message>
        <source>Remove the view “%1”? The cases in it are not changed.</source>
        <translation>Ta bort vyn ”%1”? Ärendena i den ändras inte.</translation>
    </message>
    <message>
        <source>Move view</source>
        <translation>Flytta vy</translation>
    </message>
    <message>
        <source>Publish view</source>
        <translation>Publicera vy</translation>
    </message>
    <message>
        <source>Everyone who works or reads this e-service will see the view, showing its cases:</source>
        <translation>Alla som handlägger eller läser den här e-tjänsten ser vyn, med e-tjänstens ärenden:</translation>
    </message>
</context>
<context>
    <name>casedesk::MailPage</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS från början</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>Ingen (bara i ett betrott nät)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Address for the test e-mail</source>
        <translation>Adress för testmejlet</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>Skicka &amp;testmejl</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>&amp;Avsändaradress:</translation>
    </message>
    <message>
        <source>Test &amp;to:</source>
        <translation>Test &amp;till:</translation>
    </message>
    <message>
        <source>The password is not kept in the database: the background service reads it from the file named by CASEDESK_SMTP_PASSWORD_FILE. E-mails never contain personal data, only the case reference and the e-service&apos;s name.</source>
        <translation>Lösenordet sparas inte i databasen: bakgrundstjänsten läser det från filen som CASEDESK_SMTP_PASSWORD_FILE anger. E-post innehåller aldrig personuppgifter, bara ärendenumret och e-tjänstens namn.</translation>
    </message>
    <message>
        <source>Cannot save the mail settings</source>
        <translation>E-postinställningarna kunde inte sparas</translation>
    </message>
    <message>
        <source>Cannot send a test e-mail</source>
        <translation>Testmejlet kunde inte skickas</translation>
    </message>
    <message>
        <source>Enter the address to send the test e-mail to.</source>
        <translation>Ange adressen som testmejlet ska skickas till.</translation>
    </message>
    <message>
        <source>Cannot read the mail settings: %1</source>
        <translation>E-postinställningarna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>SMTP password for the test, not stored</source>
        <translation>SMTP-lösenord för testet, sparas inte</translation>
    </message>
    <message>
        <source>only for this test; never stored</source>
        <translation>bara för det här testet; sparas aldrig</translation>
    </message>
    <message>
        <source>Pass&amp;word for the test:</source>
        <translation>Lösen&amp;ord för testet:</translation>
    </message>
    <message>
        <source>Sending the test e-mail to %1…</source>
        <translation>Skickar testmejlet till %1…</translation>
    </message>
    <message>
        <source>Sending the test e-mail…</source>
        <translation>Skickar testmejlet…</translation>
    </message>
    <message>
        <source>%1 took the test e-mail (reply %2): look for it in the mailbox.</source>
        <translation>%1 tog emot testmejlet (svar %2): titta efter det i brevlådan.</translation>
    </message>
    <message>
        <source>The test e-mail was not sent: %1</source>
        <translation>Testmejlet skickades inte: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ansluten till %1</translation>
    </message>
    <message>
        <source>Could not load cases: %1</source>
        <translation>Ärendena kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>E-service filter</source>
        <translation>Filter för e-tjänst</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter för status</translation>
    </message>
    <message>
        <source>Submitted within</source>
        <translation>Inkom inom</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Senaste 365 dagarna</translation>
    </message>
    <message>
        <source>Search reference, personal number, name, answers… (Ctrl+F)</source>
        <translation>Sök ärendenummer, personnummer, namn, svar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;Take case</source>
        <translation>&amp;Ta ärendet</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>T&amp;illdela…</translation>
    </message>
    <message>
        <source>Change status of &amp;selected cases…</source>
        <translation>Ändra status för &amp;markerade ärenden…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>New status for the selected cases:</source>
        <translation>Ny status för de markerade ärendena:</translation>
    </message>
    <message>
        <source>Assign s&amp;elected cases…</source>
        <translation>Tilldela m&amp;arkerade ärenden…</translation>
    </message>
    <message>
        <source>Assign cases</source>
        <translation>Tilldela ärenden</translation>
    </message>
    <message>
        <source>Assign the selected cases to (login name):</source>
        <translation>Tilldela de markerade ärendena till (användarnamn):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Om CaseDesk</translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Om CaseDesk</translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation>Alla e-tjänster</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed.</source>
        <translation>
            <numerusform>%n ärende ändrat.</numerusform>
            <numerusform>%n ärenden ändrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Inte ändrade:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>%n ärende tilldelat.</numerusform>
            <numerusform>%n ärenden tilldelade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned:</source>
        <translation>Inte tilldelade:</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter för handläggare</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Jag</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Inte ansluten till %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost. CaseDesk keeps trying to reconnect; what you have typed is kept, but changes cannot be saved until the connection is back.</source>
        <translation>Anslutningen till databasen bröts. CaseDesk försöker ansluta igen; det du har skrivit finns kvar, men ändringar kan inte sparas förrän anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Not saving to %1: restart CaseDesk</source>
        <translation>Sparar inte till %1: starta om CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk has stopped saving. Another program removed or replaced the database&apos;s working files while CaseDesk had them open, so anything more written now could be lost. What you have typed is kept here but not saved: copy it somewhere safe, then restart CaseDesk.
%1</source>
        <translation>CaseDesk har slutat spara. Ett annat program tog bort eller ersatte databasens arbetsfiler medan CaseDesk hade dem öppna, så allt som skrivs nu kan gå förlorat. Det du har skrivit finns kvar här men är inte sparat: kopiera det till ett säkert ställe och starta sedan om CaseDesk.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n case(s) not tried.</source>
        <translation>
            <numerusform>Avbrutet: %n ärende prövades inte.</numerusform>
            <numerusform>Avbrutet: %n ärenden prövades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>No cases match ‘%1’.</source>
        <translation>Inga ärenden matchar ’%1’.</translation>
    </message>
    <message>
        <source>No cases in this view with these filters.</source>
        <translation>Inga ärenden i den här vyn med de här filtren.</translation>
    </message>
    <message>
        <source>The open case, %1, is not among them.</source>
        <translation>Det öppna ärendet, %1, finns inte bland dem.</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Flagga</translation>
    </message>
    <message>
        <source>&amp;High priority</source>
        <translation>&amp;Hög prioritet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>High priority &amp;first</source>
        <translation>Hög prioritet &amp;först</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Senaste %n dagen</numerusform>
            <numerusform>Senaste %n dagarna</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag cases</source>
        <translation>Flagga ärenden</translation>
    </message>
    <message>
        <source>Remove flags</source>
        <translation>Ta bort flaggor</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hög prioritet</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Normal prioritet</translation>
    </message>
    <message>
        <source>Send a message from a &amp;template to selected cases…</source>
        <translation>Skicka ett meddelande från en &amp;mall till markerade ärenden…</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Skicka meddelande</translation>
    </message>
    <message>
        <source>The e-services of the selected cases have no message templates. An administrator adds them under Settings → Templates.</source>
        <translation>De markerade ärendenas e-tjänster har inga meddelandemallar. En administratör lägger till dem under Inställningar → Mallar.</translation>
    </message>
    <message>
        <source>Template to send:</source>
        <translation>Mall att skicka:</translation>
    </message>
    <message>
        <source>Send the template “%1” to the applicant of each selected case? Each gets their own message on Min sida.</source>
        <translation>Skicka mallen ”%1” till sökanden i varje markerat ärende? Var och en får ett eget meddelande på Min sida.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Skicka %n meddelande</numerusform>
            <numerusform>Skicka %n meddelanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n meddelande skickat.</numerusform>
            <numerusform>%n meddelanden skickade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Inte skickat:</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;p&gt;Case handling for the e-services of a municipality.&lt;/p&gt;&lt;p&gt;CaseDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;p&gt;Ärendehantering för en kommuns e-tjänster.&lt;/p&gt;&lt;p&gt;CaseDesk är fri programvara: du kan sprida den vidare och/eller ändra den under villkoren i GNU General Public License, publicerad av Free Software Foundation, antingen version 3 av licensen eller (om du så vill) någon senare version.&lt;/p&gt;&lt;p&gt;Den sprids i hopp om att den ska vara användbar, men UTAN NÅGON GARANTI; även utan underförstådd garanti om SÄLJBARHET eller LÄMPLIGHET FÖR NÅGOT SPECIELLT ÄNDAMÅL. Se &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;GNU General Public License&lt;/a&gt; för detaljer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
</context>
<context>
    <name>casedesk::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personer att nämna</translation>
    </message>
</context>
<context>
    <name>casedesk::MessageThreadModel</name>
    <message>
        <source>Attachments: %1</source>
        <translation>Bilagor: %1</translation>
    </message>
    <message>
        <source>From the applicant</source>
        <translation>Från sökande</translation>
    </message>
    <message>
        <source>due %1, answered</source>
        <translation>sista dag %1, besvarad</translation>
    </message>
</context>
<context>
    <name>casedesk::MessagesPane</name>
    <message>
        <source>Conversation with the applicant</source>
        <translation>Konversation med sökande</translation>
    </message>
    <message>
        <source>Sa&amp;ve attachment…</source>
        <translation>S&amp;para bilaga…</translation>
    </message>
    <message>
        <source>Save an attachment of the selected message</source>
        <translation>Spara en bilaga från det markerade meddelandet</translation>
    </message>
    <message>
        <source>Previe&amp;w attachment</source>
        <translation>Förhands&amp;visa bilaga</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Spara bilaga…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Ski&amp;cka</translation>
    </message>
    <message>
        <source>New message to the applicant</source>
        <translation>Nytt meddelande till sökande</translation>
    </message>
    <message>
        <source>Message to the applicant (Ctrl+Enter sends)</source>
        <translation>Meddelande till sökande (Ctrl+Enter skickar)</translation>
    </message>
    <message>
        <source>The conversation cannot be shown: %1</source>
        <translation>Konversationen kan inte visas: %1</translation>
    </message>
    <message>
        <source>The message was not sent: %1: %2</source>
        <translation>Meddelandet skickades inte: %1: %2</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Meddelandet skickades inte: %1</translation>
    </message>
    <message>
        <source>Select a message with attachments first</source>
        <translation>Markera först ett meddelande med bilagor</translation>
    </message>
    <message>
        <source>Show an attachment of the selected message in the Attachments tab</source>
        <translation>Visa en bilaga från det markerade meddelandet på fliken Bilagor</translation>
    </message>
    <message>
        <source>Which attachment?</source>
        <translation>Vilken bilaga?</translation>
    </message>
    <message>
        <source>Preview attachment</source>
        <translation>Förhandsvisa bilaga</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Bilagan kunde inte sparas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Message to %1 not sent</source>
        <translation>Meddelandet i %1 skickades inte</translation>
    </message>
    <message>
        <source>No messages with the applicant yet. What you write below reaches them on Min sida, and an e-mail tells them a message is waiting.</source>
        <translation>Inga meddelanden med sökanden ännu. Det du skriver nedan når sökanden på Min sida, och ett mejl berättar att ett meddelande väntar.</translation>
    </message>
</context>
<context>
    <name>casedesk::NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>casedesk::NavetPage</name>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>Tjänstens &amp;adress:</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>Or&amp;dering id:</source>
        <translation>&amp;Beställnings-id:</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certifikat (PKCS#12):</translation>
    </message>
    <message>
        <source>Extra &amp;trusted authorities (PEM):</source>
        <translation>Extra &amp;betrodda utfärdare (PEM):</translation>
    </message>
    <message>
        <source>&amp;Wait at most:</source>
        <translation>&amp;Vänta högst:</translation>
    </message>
    <message>
        <source>The background service (casedeskctl serve) makes the lookups with the organisation&apos;s certificate: the paths are on the machine that runs it, and the certificate&apos;s password is given to the service in the file named by CASEDESK_NAVET_PASSWORD_FILE, never here. Which e-services look every new case up is chosen on the E-services page; caseworkers ask with &quot;Fetch from Navet&quot; in a case.</source>
        <translation>Bakgrundstjänsten (casedeskctl serve) gör uppslagen med organisationens certifikat: sökvägarna gäller datorn som kör den, och certifikatets lösenord ges till tjänsten i filen som CASEDESK_NAVET_PASSWORD_FILE anger, aldrig här. Vilka e-tjänster som slår upp varje nytt ärende väljs på sidan E-tjänster; handläggare frågar med &quot;Hämta från Navet&quot; i ett ärende.</translation>
    </message>
    <message>
        <source>Cannot read the Navet settings: %1</source>
        <translation>Navet-inställningarna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Cannot save the Navet settings</source>
        <translation>Navet-inställningarna kan inte sparas</translation>
    </message>
</context>
<context>
    <name>casedesk::NoteStreamModel</name>
    <message>
        <source>Internal note by %1, %2: %3</source>
        <translation>Intern anteckning av %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>casedesk::NotesPane</name>
    <message>
        <source>Internal notes</source>
        <translation>Interna anteckningar</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Lägg till a&amp;nteckning</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Ny intern anteckning</translation>
    </message>
    <message>
        <source>Internal note for colleagues — the applicant never sees it (Ctrl+Enter adds)</source>
        <translation>Intern anteckning till kollegor – sökande ser den aldrig (Ctrl+Enter lägger till)</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>Anteckningen lades inte till: %1</translation>
    </message>
    <message>
        <source>Note on %1 not added</source>
        <translation>Anteckningen i %1 lades inte till</translation>
    </message>
</context>
<context>
    <name>casedesk::NotificationWatcher</name>
    <message>
        <source>New message from the applicant</source>
        <translation>Nytt meddelande från sökanden</translation>
    </message>
    <message>
        <source>Supplement received from the applicant</source>
        <translation>Komplettering från sökanden</translation>
    </message>
    <message>
        <source>%1 assigned a case to you</source>
        <translation>%1 har tilldelat dig ett ärende</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note</source>
        <translation>%1 nämnde dig i en anteckning</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s)</source>
        <translation>
            <numerusform>%n avisering till</numerusform>
            <numerusform>%n aviseringar till</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages, assignments and mentions of the cases you work: see the inbox.</source>
        <translation>Meddelanden, tilldelningar och omnämnanden i dina ärenden: se inkorgen.</translation>
    </message>
    <message>
        <source>A case of yours is overdue</source>
        <translation>Ett av dina ärenden är försenat</translation>
    </message>
</context>
<context>
    <name>casedesk::NotificationsPage</name>
    <message>
        <source>A &amp;message or supplement from the applicant on a case assigned to me</source>
        <translation>Ett &amp;meddelande eller en komplettering från sökanden i ett ärende som är tilldelat mig</translation>
    </message>
    <message>
        <source>A case &amp;assigned to me by someone else</source>
        <translation>Ett ärende som någon annan &amp;tilldelar mig</translation>
    </message>
    <message>
        <source>A case of mine becomes &amp;overdue</source>
        <translation>Ett av mina ärenden blir &amp;försenat</translation>
    </message>
    <message>
        <source>Someone &amp;mentions me (@login) in a note</source>
        <translation>Någon &amp;nämner mig (@användarnamn) i en anteckning</translation>
    </message>
    <message>
        <source>Also send them by &amp;e-mail (the case&apos;s reference and e-service only)</source>
        <translation>Skicka dem också med &amp;e-post (bara ärendets ärendenummer och e-tjänst)</translation>
    </message>
    <message>
        <source>E-mail address for notifications</source>
        <translation>E-postadress för aviseringar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Tell me on the desktop when:</source>
        <translation>Avisera mig på skrivbordet när:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-post&amp;adress:</translation>
    </message>
    <message>
        <source>Clicking a notification opens its case. An e-mail never holds personal data: it names the case&apos;s reference and e-service, and the case is read in CaseDesk.</source>
        <translation>Ett klick på en avisering öppnar ärendet. Ett e-postmeddelande innehåller aldrig personuppgifter: det anger ärendets ärendenummer och e-tjänst, och ärendet läses i CaseDesk.</translation>
    </message>
    <message>
        <source>Cannot read your notification settings: %1</source>
        <translation>Dina aviseringsinställningar kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Cannot save your notification settings</source>
        <translation>Dina aviseringsinställningar kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>casedesk::OutcomeTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Inaktiverat</translation>
    </message>
</context>
<context>
    <name>casedesk::OutcomesPage</name>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Decision outcomes</source>
        <translation>Beslutsutfall</translation>
    </message>
    <message>
        <source>&amp;Save outcome</source>
        <translation>&amp;Spara utfall</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>In&amp;aktivera</translation>
    </message>
    <message>
        <source>The outcomes caseworkers choose from when they record a decision. Until an e-service has its own list it uses the built-in one; the first change copies it. Retired outcomes stay on past decisions.</source>
        <translation>De utfall som handläggarna väljer mellan när de registrerar ett beslut. Tills en e-tjänst har en egen lista används den inbyggda; den första ändringen kopierar den. Inaktiverade utfall finns kvar på tidigare beslut.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation>S&amp;venskt namn:</translation>
    </message>
    <message>
        <source>E&amp;nglish name:</source>
        <translation>E&amp;ngelskt namn:</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Aktivera igen</translation>
    </message>
    <message>
        <source>Cannot save the outcome</source>
        <translation>Utfallet kunde inte sparas</translation>
    </message>
    <message>
        <source>Cannot change the outcome</source>
        <translation>Utfallet kunde inte ändras</translation>
    </message>
    <message>
        <source>Cannot read the outcomes: %1</source>
        <translation>Beslutsutfallen kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::PartiesPanel</name>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Show &amp;personal numbers</source>
        <translation>Visa &amp;personnummer</translation>
    </message>
    <message>
        <source>Shows the personal numbers in full. Each showing is recorded in the audit log.</source>
        <translation>Visar personnumren i sin helhet. Varje visning registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>Protected identity: you do not have the right to see who the parties are.</source>
        <translation>Skyddad identitet: du har inte behörighet att se vilka parterna är.</translation>
    </message>
    <message>
        <source>Protected identity: never give these details to anybody outside the case.</source>
        <translation>Skyddad identitet: lämna aldrig ut de här uppgifterna till någon utanför ärendet.</translation>
    </message>
    <message>
        <source>Hide &amp;personal numbers</source>
        <translation>Dölj &amp;personnummer</translation>
    </message>
    <message>
        <source>Copy the personal number of %1</source>
        <translation>Kopiera personnumret för %1</translation>
    </message>
    <message>
        <source>Show the personal numbers first (recorded in the audit log).</source>
        <translation>Visa personnumren först (registreras i granskningsloggen).</translation>
    </message>
    <message>
        <source>Address given: %1</source>
        <translation>Angiven adress: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Not checked against the population register</source>
        <translation>Inte kontrollerad mot folkbokföringen</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopiera adress</translation>
    </message>
    <message>
        <source>Copy the postal address of %1</source>
        <translation>Kopiera postadressen för %1</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Kopiera e-post</translation>
    </message>
    <message>
        <source>Copy the e-mail address of %1</source>
        <translation>Kopiera e-postadressen för %1</translation>
    </message>
    <message>
        <source>A lookup is waiting for the background service.</source>
        <translation>En förfrågan väntar på bakgrundstjänsten.</translation>
    </message>
    <message>
        <source>Asks the population register (Navet) about every person of the case. The background service answers within seconds; a protected identity protects the case at once.</source>
        <translation>Frågar folkbokföringen (Navet) om varje person i ärendet. Bakgrundstjänsten svarar inom några sekunder; en skyddad identitet skyddar ärendet direkt.</translation>
    </message>
    <message>
        <source>Navet lookup asked %1 by %2: waiting for the background service…</source>
        <translation>Förfrågan till Navet %1 av %2: väntar på bakgrundstjänsten…</translation>
    </message>
    <message>
        <source>Navet could not answer the lookup of %1: %2</source>
        <translation>Navet kunde inte svara på förfrågan %1: %2</translation>
    </message>
    <message>
        <source>Copy the organisation number of %1</source>
        <translation>Kopiera organisationsnumret för %1</translation>
    </message>
    <message>
        <source>Fetch all from &amp;Navet</source>
        <translation>Hämta alla från &amp;Navet</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Hämta</translation>
    </message>
    <message>
        <source>Fetch %1 from the population register (Navet)</source>
        <translation>Hämta %1 från folkbokföringen (Navet)</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopiera nummer</translation>
    </message>
</context>
<context>
    <name>casedesk::PreferencesPage</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CaseDesk starts.</source>
        <translation>Ett nytt språk gäller från nästa gång CaseDesk startas.</translation>
    </message>
    <message>
        <source>Saved database connections</source>
        <translation>Sparade databasanslutningar</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Kom ihåg lösenordet i nyckelringen</translation>
    </message>
    <message>
        <source>Open this connection when CaseDesk &amp;starts</source>
        <translation>Öppna den här anslutningen när CaseDesk &amp;startar</translation>
    </message>
    <message>
        <source>Save &amp;connection</source>
        <translation>Spara &amp;anslutning</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Database connections</source>
        <translation>Databasanslutningar</translation>
    </message>
    <message>
        <source>Cannot save the connection</source>
        <translation>Anslutningen kunde inte sparas</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ge anslutningen ett namn.</translation>
    </message>
    <message>
        <source>The password was not remembered</source>
        <translation>Lösenordet sparades inte</translation>
    </message>
</context>
<context>
    <name>casedesk::PurgeLogTableModel</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Gallrat</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>Vad som togs bort</translation>
    </message>
    <message>
        <source>%1 fields, %2 attachments, %3 messages, %4 notes, %5 signatures, %6 events, %7 mails</source>
        <translation>%1 fält, %2 bilagor, %3 meddelanden, %4 anteckningar, %5 signaturer, %6 händelser, %7 mejl</translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionCaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Purged from</source>
        <translation>Gallras från</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Väntar på</translation>
    </message>
    <message>
        <source>Export to the archive</source>
        <translation>Export till arkivet</translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionPage</name>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Never purge</source>
        <translation>&amp;Gallra aldrig</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Purge closed cases &amp;after:</source>
        <translation>Gallra avslutade ärenden &amp;efter:</translation>
    </message>
    <message>
        <source>Next purge</source>
        <translation>Nästa gallring</translation>
    </message>
    <message>
        <source>Cases due for purging</source>
        <translation>Ärenden som ska gallras</translation>
    </message>
    <message>
        <source>Purge log</source>
        <translation>Gallringslogg</translation>
    </message>
    <message>
        <source>The preview could not be computed: %1</source>
        <translation>Förhandsvisningen kunde inte tas fram: %1</translation>
    </message>
    <message>
        <source>The next run purges %1 case(s); %2 more become due within 7 days.</source>
        <translation>Nästa körning gallrar %1 ärende(n); ytterligare %2 ska gallras inom 7 dagar.</translation>
    </message>
    <message>
        <source>Cannot save the retention time</source>
        <translation>Gallringstiden kunde inte sparas</translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation>E-tjänsterna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Keep each closed case until it is &amp;exported to the archive</source>
        <translation>Behåll varje avslutat ärende tills det har &amp;exporterats till arkivet</translation>
    </message>
    <message>
        <source>Retention skips a case that was not exported as an archive package since it was last closed (Case → Export archive package…, or casedeskctl export).</source>
        <translation>Gallringen hoppar över ett ärende som inte har exporterats som arkivpaket sedan det senast avslutades (Ärende → Exportera arkivpaket…, eller casedeskctl export).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait for their export to the archive and are kept until then (see the list).</source>
        <translation>
            <numerusform>%n ärende väntar på sin export till arkivet och behålls till dess (se listan).</numerusform>
            <numerusform>%n ärenden väntar på sin export till arkivet och behålls till dess (se listan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SavedViewModel</name>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n ärende</numerusform>
            <numerusform>%1, %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Published for %1</source>
        <translation>Publicerad för %1</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>Din vy</translation>
    </message>
    <message>
        <source>This view cannot be read: %1</source>
        <translation>Vyn kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusar</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Egna inställningar</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Loggbok</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>Decision outcomes</source>
        <translation>Beslutsutfall</translation>
    </message>
    <message>
        <source>Checking your access…</source>
        <translation>Kontrollerar din behörighet…</translation>
    </message>
    <message>
        <source>Your access could not be checked: %1</source>
        <translation>Din behörighet kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>Navet</source>
        <translation>Navet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The page %1 has changes that are not saved. Save them?</source>
        <translation>Sidan %1 har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation>E-tjänsterna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them?</source>
        <translation>Formuläret har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>casedesk::SignatureListModel</name>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>What was signed</source>
        <translation>Vad som undertecknades</translation>
    </message>
    <message>
        <source>Registered guardian</source>
        <translation>Registrerad vårdnadshavare</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>yes (Navet)</source>
        <translation>ja (Navet)</translation>
    </message>
    <message>
        <source>NO (Navet)</source>
        <translation>NEJ (Navet)</translation>
    </message>
</context>
<context>
    <name>casedesk::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation>Alla e-tjänster</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppera per</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportera &amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;E-service:</source>
        <translation>&amp;E-tjänst:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Inflöde</translation>
    </message>
    <message>
        <source>Cases submitted, decided and closed</source>
        <translation>Ärenden inkomna, beslutade och avslutade</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inkomna</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnade</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Handläggningstid</translation>
    </message>
    <message>
        <source>Days from submission (median and 90th percentile)</source>
        <translation>Dagar från inkommande (median och 90:e percentil)</translation>
    </message>
    <message>
        <source>Median to decision</source>
        <translation>Median till beslut</translation>
    </message>
    <message>
        <source>90th percentile to decision</source>
        <translation>90:e percentil till beslut</translation>
    </message>
    <message>
        <source>Median to closing</source>
        <translation>Median till avslut</translation>
    </message>
    <message>
        <source>90th percentile to closing</source>
        <translation>90:e percentil till avslut</translation>
    </message>
    <message>
        <source>Days from submission</source>
        <translation>Dagar från inkommande</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Median dagar till beslut</translation>
    </message>
    <message>
        <source>Median days to closing</source>
        <translation>Median dagar till avslut</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Balans</translation>
    </message>
    <message>
        <source>Open and overdue cases at the end of each period</source>
        <translation>Öppna och försenade ärenden vid varje periods slut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Open and overdue cases</source>
        <translation>Öppna och försenade ärenden</translation>
    </message>
    <message>
        <source>Open at end</source>
        <translation>Öppna vid periodens slut</translation>
    </message>
    <message>
        <source>Overdue at end</source>
        <translation>Försenade vid periodens slut</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>Andel försenade</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Beslut per utfall</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Tid per status</translation>
    </message>
    <message>
        <source>Days spent in each status</source>
        <translation>Dagar i varje status</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dagar</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90:e percentil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Kompletteringar</translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <source>Supplement requests per case</source>
        <translation>Begäran om komplettering per ärende</translation>
    </message>
    <message>
        <source>Cases submitted</source>
        <translation>Inkomna ärenden</translation>
    </message>
    <message>
        <source>Per case</source>
        <translation>Per ärende</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), Swedish calendar days.</source>
        <translation>
            <numerusform>%n period, svenska kalenderdagar.</numerusform>
            <numerusform>%n perioder, svenska kalenderdagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export statistics as CSV</source>
        <translation>Exportera statistik som CSV</translation>
    </message>
    <message>
        <source>Export statistics as XLSX</source>
        <translation>Exportera statistik som XLSX</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::StatusTableModel</name>
    <message>
        <source>Submitted</source>
        <translation>Inskickat</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under handläggning</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelskt namn</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Används av</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation>Alla e-tjänster</translation>
    </message>
</context>
<context>
    <name>casedesk::StatusesPage</name>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusar</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>&amp;Lägg till status</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Id (new status):</source>
        <translation>&amp;Id (ny status):</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Svenskt namn:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;Engelskt namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>Allowed next statuses</source>
        <translation>Tillåtna nästa statusar</translation>
    </message>
    <message>
        <source>A case in the selected status may move to</source>
        <translation>Ett ärende i den valda statusen får flyttas till</translation>
    </message>
    <message>
        <source>Cannot add the status</source>
        <translation>Statusen kunde inte läggas till</translation>
    </message>
    <message>
        <source>Delete status</source>
        <translation>Ta bort status</translation>
    </message>
    <message>
        <source>Delete the status %1?</source>
        <translation>Ta bort statusen %1?</translation>
    </message>
    <message>
        <source>Cannot delete the status</source>
        <translation>Statusen kunde inte tas bort</translation>
    </message>
    <message>
        <source>The statuses cannot be read: %1</source>
        <translation>Statusarna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The transitions cannot be read: %1</source>
        <translation>Övergångarna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>&amp;Save status</source>
        <translation>&amp;Spara status</translation>
    </message>
    <message>
        <source>Saves the selected status&apos;s names and the statuses it may move to</source>
        <translation>Sparar den valda statusens namn och de statusar den kan flyttas till</translation>
    </message>
    <message>
        <source>Cannot save the status</source>
        <translation>Statusen kunde inte sparas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>How long a case may stay in the selected status before it is overdue</source>
        <translation>Hur länge ett ärende får stå i den valda statusen innan det är försenat</translation>
    </message>
    <message>
        <source>&amp;Working days (weekends and public holidays not counted)</source>
        <translation>&amp;Arbetsdagar (helger och helgdagar räknas inte)</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Handläggningstid:</translation>
    </message>
</context>
<context>
    <name>casedesk::SupplementRequestDialog</name>
    <message>
        <source>Request supplement — %1</source>
        <translation>Begär komplettering – %1</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Utgå från en mall</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(ingen mall)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>Describe what the applicant needs to send in</source>
        <translation>Beskriv vad sökande behöver skicka in</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>The applicant is told by e-mail to supplement on Min sida; the case waits for the supplement.</source>
        <translation>Sökande får besked via e-post om att komplettera på Min sida; ärendet väntar på kompletteringen.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>&amp;What is missing:</source>
        <translation>&amp;Vad som saknas:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>S&amp;kicka begäran</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Begäran skickades inte: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>(templates unavailable)</source>
        <translation>(mallarna kan inte läsas)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
</context>
<context>
    <name>casedesk::TemplatesPage</name>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platshållare:</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Mallnamn</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Malltext</translation>
    </message>
    <message>
        <source>Save te&amp;mplate</source>
        <translation>Spara &amp;mall</translation>
    </message>
    <message>
        <source>Remo&amp;ve template</source>
        <translation>Ta &amp;bort mall</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>E-mails to the applicant and the functional mailbox</source>
        <translation>E-post till sökande och funktionsbrevlådan</translation>
    </message>
    <message>
        <source>Kind of e-mail</source>
        <translation>Typ av e-post</translation>
    </message>
    <message>
        <source>Language of the e-mail</source>
        <translation>Språk i e-posten</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-posttext</translation>
    </message>
    <message>
        <source>E-mails carry the reference and the e-service&apos;s name only: the applicant reads everything else on Min sida.</source>
        <translation>E-posten innehåller bara ärendenumret och e-tjänstens namn: allt annat läser sökande på Min sida.</translation>
    </message>
    <message>
        <source>Save &amp;e-mail</source>
        <translation>Spara e-&amp;post</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Återställ till stan&amp;dard</translation>
    </message>
    <message>
        <source>Tell the applicant by e-mail when a case is &amp;closed</source>
        <translation>Meddela sökande via e-post när ett ärende &amp;avslutas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;ext:</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Mallen kunde inte sparas</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <source>Remove the template %1?</source>
        <translation>Ta bort mallen %1?</translation>
    </message>
    <message>
        <source>Cannot remove the template</source>
        <translation>Mallen kunde inte tas bort</translation>
    </message>
    <message>
        <source>Changed for this e-service</source>
        <translation>Ändrad för den här e-tjänsten</translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation>Inbyggd standard</translation>
    </message>
    <message>
        <source>{caseworker} is not allowed in e-mails: a caseworker&apos;s name is not for e-mail.</source>
        <translation>{caseworker} får inte användas i e-post: handläggarens namn ska inte skickas via e-post.</translation>
    </message>
    <message>
        <source>Cannot save the e-mail</source>
        <translation>E-posten kunde inte sparas</translation>
    </message>
    <message>
        <source>Cannot reset the e-mail</source>
        <translation>E-posten kunde inte återställas</translation>
    </message>
    <message>
        <source>Cannot change the announcement</source>
        <translation>Inställningen för avslutsmeddelandet kunde inte ändras</translation>
    </message>
    <message>
        <source>The templates cannot be read: %1</source>
        <translation>Mallarna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Cannot save the templates</source>
        <translation>Mallarna kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>casedesk::UserTableModel</name>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 (work)</source>
        <translation>%1 (handlägga)</translation>
    </message>
    <message>
        <source>%1 (read)</source>
        <translation>%1 (läsa)</translation>
    </message>
</context>
</TS>
