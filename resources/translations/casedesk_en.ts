<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditText</name>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched from the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population register lookup asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing announcement changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service&apos;s file types changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups at intake changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail template changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail template reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision outcome changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status transitions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) within a few minutes</source>
        <translation>
            <numerusform>%n time within a few minutes</numerusform>
            <numerusform>%n times within a few minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published view removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Attachment renamed to match its content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in Open ePlatform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in Open ePlatform (not verifiable here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant read the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — not visible to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) from the applicant</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (corrected): %1, %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1, %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the functional mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} — the case&apos;s reference number
{eservice} — the e-service&apos;s name
{caseworker} — your login (message templates only; never in e-mails)
{due_date} — the due date of the open supplement request (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last day %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyText</name>
    <message>
        <source>no personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyddad folkbokföring in the population register: no address is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretessmarkering in the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address: %1 (differs from what the applicant wrote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special postal address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistered from the population register (cause %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Navet %1, asked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 (%2), but the form changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered guardian according to the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT a registered guardian according to the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk: case handling for municipal e-services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path or postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database and making demo cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart; the table beside it has the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewText</name>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AccessPage</name>
    <message>
        <source>&lt;b&gt;This is an embedded SQLite database for one person.&lt;/b&gt; It does not enforce any of these settings: anyone who can open the file can read every case. Use a shared PostgreSQL database when several people work cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May see &amp;protected identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or &amp;update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user is a PostgreSQL login role. Set its password with psql: \password NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AttachmentListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AttachmentPane</name>
    <message>
        <source>This type of file can only be saved (Save as…), not opened from CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AuditPage</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BulkChange</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CaseActionsBar</name>
    <message>
        <source>Request s&amp;upplement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decisi&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement request is already open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in status %1 cannot wait for a supplement; move it on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant to send in what is missing, by a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has a decision; use &quot;Correct decision…&quot; to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision, close the case and tell the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction as a new decision linked to this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CaseExportActions</name>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export archive &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole case as one PDF/A document for the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole case, as the PDF export lays it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case PDF and every attachment in an archive package (E-ARK, FGS) for the e-archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With internal notes (every page marked as internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes are never shown to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export archive package into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive package of %1 written to %2 (%n file(s))</source>
        <translation>
            <numerusform>Archive package of %1 written to %2 (%n file)</numerusform>
            <numerusform>Archive package of %1 written to %2 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CaseView</name>
    <message>
        <source>Select a case in the list to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is shown, but opening it was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved, because the case changed after you opened it.

%1

The case has been reloaded; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case %1? Closing starts the retention period after which the case is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to (login name, empty to unassign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to see protected identities: the content of this case is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has a protected identity that you may not see, so it cannot be worked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have read-only access (reader): ask an administrator for work access to change cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the cases of %1 but not work them: ask an administrator for work access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the personal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask Navet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in status %1 cannot move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in status %1 cannot move to %2; it can move to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is assigned to %2. Take it over, so that it is assigned to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ComposeBox</name>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert tem&amp;plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a message template at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DateField</name>
    <message>
        <source>e.g. 2027-01-15, 15 jan or +14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date, e.g. 2027-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write e.g. 2027-01-15, 15/1 2027 or 15 jan 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DecisionDialog</name>
    <message>
        <source>Correct decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the PDF from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a &amp;PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is recorded as a new decision linked to the old one, which stays in the history. The applicant is told by e-mail that a decision is available on Min sida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision closes the case (its retention period starts) and tells the applicant by e-mail that a decision is available on Min sida. It cannot be edited afterwards, only corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF to attach, or let CaseDesk create one from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the correction of the decision on %1? The applicant is told that a decision is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision &quot;%1&quot; on %2? The case will be closed and the applicant told that a decision is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outcomes unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision text: the applicant reads it with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DesktopNotifier</name>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DialogPrompts</name>
    <message>
        <source>This file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is CaseDesk’s own database or one of its working files. CaseDesk does not open, attach or save over it, because that could make the database lose changes. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EServiceTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged after closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EServicesPage</name>
    <message>
        <source>E-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional &amp;mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of &amp;e-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the e-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up every new case&apos;s people in Navet (the population register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service asks Navet about the applicant and the signers of each new case of this e-service; a protected identity protects the case at once. Needs the Navet settings and the service&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::Errors</name>
    <message>
        <source>no case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 12 capital letters or digits, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time of day HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of days from 1 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting; see &apos;casedeskctl settings --help&apos; (--force sets it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mail kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to %1, or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purge cannot run as at a future moment: it would delete cases before their time (use --dry-run to look ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, &apos;_&apos; or &apos;.&apos;, at most 63, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be admin, caseworker or reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be read or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user &apos;%1&apos; (add it with &apos;user add&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reader can only be granted read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 36500 days, or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2-40 lower-case letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in status &apos;%1&apos; cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases are in the status &apos;%2&apos;; move them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like section.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readSecretBlocking needs a QCoreApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keyring did not answer within %n second.</numerusform>
            <numerusform>The keyring did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a non-empty PostgreSQL password can be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is running (gnome-keyring, KWallet or the Windows Credential Manager); the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused access (it may be locked); the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed; the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed (%1); the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused it as a conflict with another change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused it: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the data as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an error without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/casedesk.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected sqlite:/path/to/file.db or postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must name one database, e.g. postgresql://user@host/casedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection option &apos;%1&apos; contains &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, but this CaseDesk only knows up to version %2; install a newer CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1 and needs version %2: run &apos;casedeskctl init&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1: a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: permission denied on a folder on the way to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at %1%2; create one with &apos;casedeskctl init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at %1; create one with &apos;casedeskctl init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full: %1 cannot grow, nothing was changed (free space on its disk: &apos;casedeskctl purge&apos; deletes the cases that are due and may use CaseDesk&apos;s reserve next to the file to do it)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: nothing was changed (CaseDesk needs write permission on the file and its folder to change it)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full or over a size limit: cannot write %1, nothing was changed (free space on its disk, for example with &apos;casedeskctl purge&apos;, or check quotas and the disk)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error on %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while CaseDesk had the database open; CaseDesk has stopped writing to the database to protect the data. Restart CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not being watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the free space for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space for %1 (%2 KiB free, %3 KiB wanted and as much again left free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reserve space in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke during COMMIT, so whether the change was stored is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last change may not have been saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sequence gave too few ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference counter returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserting demo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data with seed %1 is already in the database (%2 cases); nothing added. Use another --seed for more cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data with seed %1 is already in the database (%2 of %3 cases); nothing added. Use another --seed for more cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data with seed %1 was started with --cases %2 (%3 stored); nothing added. Run it with --cases %2 to complete it, or use another --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of cases must be 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 demo cases were stored before the error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 is not a demo-data run record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single &apos;%1&apos; at %2; use &apos;%1%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name but found &apos;%1&apos; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted string, a number, true or false at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character U+%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid MIME type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executable content is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content does not look like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared as %1 but the content is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma-separated list of file types, or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 is not allowed for e-service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stored as %1 (external id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment is %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments total %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with a UTC offset, e.g. 2026-11-20T10:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, number, boolean, array of strings or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid field id (a letter or &apos;_&apos;, then letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing (use null for no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty; leave the key out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field id &apos;%1&apos; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected lowercase letters a-z, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attachments, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signatures, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signers, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (not shown: long or with control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but missing (nor is there an Owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not FlowInstance in the Open ePlatform namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used from the age of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission is %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CaseDesk submission or Open ePlatform export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is over the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTD declarations are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity references are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content after the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ is not ASCII, which needs SMTPUTF8 (not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password is never stored in the database: give it to the service in a file named by CASEDESK_SMTP_PASSWORD_FILE (mode 0600) or in CASEDESK_SMTP_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SMTP setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a host name or an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, starttls or tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ASCII address (the part before @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds from 5 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP is not configured: set smtp.host and smtp.from (casedeskctl settings set smtp.host HOST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sender address: casedeskctl settings set smtp.from noreply@example.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.user is set but there is no password: set CASEDESK_SMTP_PASSWORD_FILE (a file of mode 0600) or CASEDESK_SMTP_PASSWORD for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send the SMTP password unencrypted to %1: set smtp.security to starttls or tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments larger than %1 bytes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a MIME type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision document must be a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case already has a decision; record a correction instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the case&apos;s latest decision (%1) can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing %1 returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: expected a personal number of 12 digits (YYYYMMDDNNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal function returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no open supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the message returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments go with the applicant&apos;s own message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a personal number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement needs a text or an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 on case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement request (due %1) is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos; at position %1 closes no placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder at position %1 is not closed with &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder %1; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators change templates and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message template &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be sv or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caseworker} is not allowed in e-mails (no names in e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-40 characters a-z, 0-9 or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the attachment returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment %1 on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stored (external id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting cases returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain: too few parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explaining a case query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention days cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language must be sv or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing the mail returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1 is no longer claimed by this delivery run (its lease ran out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; had no access to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused secure_delete; nothing was purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the background service (casedesk_service) and administrators purge cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purge log took %1 rows for %2 purged cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 cases were purged before this; the next run continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; there is no reserve at %2 to purge on, so free space on the disk by other means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private in-memory database cannot be shared with the database worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not work cases of the e-service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has a protected identity, which you may not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed by someone else since you opened it (version %1); last change: %2 by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was changed by someone else since you opened it (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case becomes &apos;decided&apos; by recording a decision (casedeskctl decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case in &apos;%1&apos; cannot move to &apos;%2&apos;; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work on the case was not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status change needs its history event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database returned no case document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (use an empty text for files only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments go with a message written in the same transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the attachment: its name, type or size is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name &apos;%1&apos; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators change the attachment types of an e-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the folder %1 does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accessible by group or others (mode %2); a password file must be readable only by its owner: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet (%1) did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet&apos;s answer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet&apos;s server %1 is not trusted: %2 (is the right authority in navet.ca_certificates?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection to Navet (%1) failed: %2 (does Navet accept the certificate in navet.certificate?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach Navet at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet answered with HTTP status %1 and content type &apos;%2&apos;, not XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet answered with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the background service (casedesk_service) and administrators look people up in Navet directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet refused the lookup: %1 (fault %2, Navet error %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet refused the lookup: %1 (fault %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be J or N, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid personal number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is about another person than the one asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SOAP 1.1 envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 persons instead of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet is not configured: set %1 (casedeskctl settings set %1 VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s password is never stored in the database: give it to the program that makes lookups in a file named by CASEDESK_NAVET_PASSWORD_FILE (mode 0600) or in CASEDESK_NAVET_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Navet setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https address, e.g. https://navet.example.se/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an organisation number of 10 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds from 1 to 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for the certificate: set CASEDESK_NAVET_PASSWORD_FILE (a file of mode 0600) or CASEDESK_NAVET_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program has no TLS support (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: the password is wrong or it is not a PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold both a certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate in %1 is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 submissions in one batch, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the submission returned no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the submission returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the submissions returned %1 outcomes for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a new case starts in a submitted status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the applicant submitted cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version only ever grows by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case is assigned only to someone who may work its e-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread messages come only from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status change is recorded in the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case becomes decided only by recording a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment is recorded in the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are written only with a new submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages from the applicant come only through the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown message kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message cannot be changed; an incoming one can only be marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file goes with a message or with a new submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file goes with an outgoing message written in the same transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement request goes with its message to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision goes to the applicant with its message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case has one decision; later ones correct the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail that is not about a case is a test mail, sent by an administrator to the sender address or a functional mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail about a case goes to its applicant or its e-service&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail about a case is queued with the change it announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a queued mail cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the background service expires the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.retention_days is not a number of days from 1 to %1; the audit log is left as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is expired by the background service, not by administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk was full: purged on CaseDesk&apos;s reserve, which is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk was full: purged on CaseDesk&apos;s reserve, which is made again once there is room for it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite, little room: incremental vacuum and checkpoint after every batch; reclaimed %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space not reclaimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1 free inside the file, reused by new cases (no room for VACUUM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: VACUUM not possible now (%1); free space is reused by new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1 free inside the file, reused by new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: incremental vacuum; reclaimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: VACUUM, from now on incremental; reclaimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is reading, so the write-ahead log is emptied at its next checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM left to autovacuum (only the database owner may vacuum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM (ANALYZE) on the case tables except %1 (failed; left to autovacuum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: VACUUM (ANALYZE) on the case tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment belongs to a message of the same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement request belongs to a message of the same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplement answer belongs to a message of the same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision points only into its own case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision cannot be changed: record a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth number 000 is never issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the background service and administrators record what Navet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register entry names its person by a personal number YYYYMMDD-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is not named in case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 names nobody with a personal number to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not work this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators choose which e-services look applicants up at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a personal number or an organisation number, not both (a person acting for the organisation is a party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 10 digits, e.g. 556677-8899</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third digit must be at least 2 (this looks like a personal number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case waits for a supplement by requesting one (Request supplement…, casedeskctl supplement-request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the test e-mail (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-service %1 has no status &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed case has no handling time (&apos;%1&apos; closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the view returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view %1 of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in view &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sort &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-service %1 has no message template &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date YYYY-MM-DD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be table, csv, json or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators choose which e-services are archived before purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the package into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has a protected identity: only someone allowed to see protected identities may export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the first day (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives too many periods: group by week or month, or choose fewer days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such e-service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::Fields</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log retention days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet ordering id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address for notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::FormModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not shown to the applicant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::FormPane</name>
    <message>
        <source>Form as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show fields the applicant did not see (%n)</source>
        <translation>
            <numerusform>Show the field the applicant did not see (%n)</numerusform>
            <numerusform>Show fields the applicant did not see (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields whose condition was not met by the applicant&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant saw every field of this form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::InboxColumnLayout</name>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::InboxViewMenu</name>
    <message>
        <source>Save as &amp;new view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes to this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move view &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move view &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish view for an e-service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the view “%1”? The cases in it are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works or reads this e-service will see the view, showing its cases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MailPage</name>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address for the test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept in the database: the background service reads it from the file named by CASEDESK_SMTP_PASSWORD_FILE. E-mails never contain personal data, only the case reference and the e-service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test e-mail to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mail settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password for the test, not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for this test; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word for the test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test e-mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the test e-mail (reply %2): look for it in the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test e-mail was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, personal number, name, answers… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of &amp;selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status for the selected cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign s&amp;elected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected cases to (login name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed.</source>
        <translation>
            <numerusform>%n case changed.</numerusform>
            <numerusform>%n cases changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>%n case assigned.</numerusform>
            <numerusform>%n cases assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. CaseDesk keeps trying to reconnect; what you have typed is kept, but changes cannot be saved until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saving to %1: restart CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk has stopped saving. Another program removed or replaced the database&apos;s working files while CaseDesk had them open, so anything more written now could be lost. What you have typed is kept here but not saved: copy it somewhere safe, then restart CaseDesk.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n case(s) not tried.</source>
        <translation>
            <numerusform>Cancelled: %n case not tried.</numerusform>
            <numerusform>Cancelled: %n cases not tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match ‘%1’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this view with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open case, %1, is not among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message from a &amp;template to selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-services of the selected cases have no message templates. An administrator adds them under Settings → Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template “%1” to the applicant of each selected case? Each gets their own message on Min sida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Send %n message</numerusform>
            <numerusform>Send %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;p&gt;Case handling for the e-services of a municipality.&lt;/p&gt;&lt;p&gt;CaseDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MessageThreadModel</name>
    <message>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MessagesPane</name>
    <message>
        <source>Conversation with the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an attachment of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the applicant (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message with attachments first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an attachment of the selected message in the Attachments tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which attachment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages with the applicant yet. What you write below reaches them on Min sida, and an e-mail tells them a message is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NavetPage</name>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;dering id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;trusted authorities (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service (casedeskctl serve) makes the lookups with the organisation&apos;s certificate: the paths are on the machine that runs it, and the certificate&apos;s password is given to the service in the file named by CASEDESK_NAVET_PASSWORD_FILE, never here. Which e-services look every new case up is chosen on the E-services page; caseworkers ask with &quot;Fetch from Navet&quot; in a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Navet settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the Navet settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NoteStreamModel</name>
    <message>
        <source>Internal note by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NotesPane</name>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note for colleagues — the applicant never sees it (Ctrl+Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1 not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NotificationWatcher</name>
    <message>
        <source>New message from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned a case to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s)</source>
        <translation>
            <numerusform>%n more notification</numerusform>
            <numerusform>%n more notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages, assignments and mentions of the cases you work: see the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case of yours is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NotificationsPage</name>
    <message>
        <source>A &amp;message or supplement from the applicant on a case assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case &amp;assigned to me by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case of mine becomes &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;mentions me (@login) in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send them by &amp;e-mail (the case&apos;s reference and e-service only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address for notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me on the desktop when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicking a notification opens its case. An e-mail never holds personal data: it names the case&apos;s reference and e-service, and the case is read in CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your notification settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save your notification settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::OutcomeTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::OutcomesPage</name>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes caseworkers choose from when they record a decision. Until an e-service has its own list it uses the built-in one; the first change copies it. Retired outcomes stay on past decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nglish name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PartiesPanel</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;personal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the personal numbers in full. Each showing is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity: you do not have the right to see who the parties are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity: never give these details to anybody outside the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;personal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the personal number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the personal numbers first (recorded in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked against the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the postal address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the e-mail address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup is waiting for the background service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the population register (Navet) about every person of the case. The background service answers within seconds; a protected identity protects the case at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet lookup asked %1 by %2: waiting for the background service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet could not answer the lookup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the organisation number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch all from &amp;Navet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch %1 from the population register (Navet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PreferencesPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time CaseDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection when CaseDesk &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PurgeLogTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, %2 attachments, %3 messages, %4 notes, %5 signatures, %6 events, %7 mails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionCaseTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionPage</name>
    <message>
        <source>E-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge closed cases &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases due for purging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run purges %1 case(s); %2 more become due within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the retention time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each closed case until it is &amp;exported to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention skips a case that was not exported as an archive package since it was last closed (Case → Export archive package…, or casedeskctl export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) wait for their export to the archive and are kept until then (see the list).</source>
        <translation>
            <numerusform>%n case waits for its export to the archive and is kept until then (see the list).</numerusform>
            <numerusform>%n cases wait for their export to the archive and are kept until then (see the list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SavedViewModel</name>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n case</numerusform>
            <numerusform>%1, %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Published for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-services cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SignatureListModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (Navet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO (Navet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases submitted, decided and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from submission (median and 90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue cases at the end of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days spent in each status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requests per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), Swedish calendar days.</source>
        <translation>
            <numerusform>%n period, Swedish calendar days.</numerusform>
            <numerusform>%n periods, Swedish calendar days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export statistics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics as XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatusTableModel</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All e-services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatusesPage</name>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id (new status):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed next statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in the selected status may move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the status %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transitions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the selected status&apos;s names and the statuses it may move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a case may stay in the selected status before it is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days (weekends and public holidays not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SupplementRequestDialog</name>
    <message>
        <source>Request supplement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the applicant needs to send in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is told by e-mail to supplement on Min sida; the case waits for the supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(templates unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::TemplatesPage</name>
    <message>
        <source>E-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails to the applicant and the functional mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails carry the reference and the e-service&apos;s name only: the applicant reads everything else on Min sida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the applicant by e-mail when a case is &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed for this e-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caseworker} is not allowed in e-mails: a caseworker&apos;s name is not for e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::UserTableModel</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
