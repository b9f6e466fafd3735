<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseText</name>
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
        <source>Cannot read the audit log</source>
        <translation>Loggboken kunde inte läsas</translation>
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
        <source>Form as submitted</source>
        <translation>Formuläret som det skickades in</translation>
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
        <source>Messages</source>
        <translation>Meddelanden</translation>
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
        <source>CaseDesk test e-mail</source>
        <translation>Testmejl från CaseDesk</translation>
    </message>
    <message>
        <source>This is a test e-mail from CaseDesk. If it arrived, the mail settings work.
</source>
        <translation>Det här är ett testmejl från CaseDesk. Om det kom fram fungerar e-postinställningarna.
</translation>
    </message>
    <message>
        <source>Test e-mail queued</source>
        <translation>Testmejlet ligger i kö</translation>
    </message>
    <message>
        <source>The test e-mail is queued; the background service sends it within a minute.</source>
        <translation>Testmejlet ligger i kö; bakgrundstjänsten skickar det inom en minut.</translation>
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
        <source>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;p&gt;Case handling for the e-services of a municipality.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;p&gt;Ärendehantering för kommunens e-tjänster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation>Alla e-tjänster</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Uppdaterat</translation>
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
</context>
<context>
    <name>casedesk::MessageListModel</name>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <source>From applicant</source>
        <translation>Från sökande</translation>
    </message>
    <message>
        <source>To applicant</source>
        <translation>Till sökande</translation>
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
</context>
<context>
    <name>casedesk::SecretStore</name>
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
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
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
        <source>Save &amp;transitions</source>
        <translation>Spara &amp;övergångar</translation>
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
        <source>Cannot rename the status</source>
        <translation>Statusen kunde inte byta namn</translation>
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
        <source>Cannot save the transitions</source>
        <translation>Övergångarna kunde inte sparas</translation>
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
