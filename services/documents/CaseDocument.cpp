// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CaseDocument.h"

#include "domain/FormVisibility.h"

#include <QLocale>
#include <QTimeZone>

namespace casedesk {

const Decision* CaseRecord::standingDecision() const
{
    const Decision* standing = nullptr;
    for (const Decision& decision : thread.decisions) {
        bool corrected = false;
        for (const Decision& later : thread.decisions)
            corrected = corrected || later.correctsDecisionId == decision.id;
        if (!corrected && (!standing || decision.decidedAt >= standing->decidedAt))
            standing = &decision;
    }
    return standing;
}

QString documentDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    static const QTimeZone sweden(QByteArrayLiteral("Europe/Stockholm"));
    return time.toTimeZone(sweden).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

// The document's words in its two languages. The record's language, not the reader's: a case
// of a Swedish e-service goes to the records in Swedish whoever exports it.
class Words
{
public:
    explicit Words(const QString& language)
        : m_en(language == QLatin1String("en"))
    {}
    QString operator()(const char* sv, const char* en) const { return QString::fromUtf8(m_en ? en : sv); }
    bool english() const { return m_en; }
    QString language() const { return m_en ? QStringLiteral("en") : QStringLiteral("sv"); }

private:
    bool m_en;
};

// Text from the case, escaped, its line breaks kept.
QString html(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

class Builder
{
public:
    Builder(const CaseRecord& record)
        : r(record)
        , w(record.language())
    {}

    QString build()
    {
        cover();
        parties();
        form();
        signatures();
        attachments();
        messages();
        supplementRequests();
        decisions();
        history();
        if (r.includeNotes)
            notes();
        return QStringLiteral("<html><body>") + m_out + QStringLiteral("</body></html>");
    }

private:
    const CaseRecord& r;
    Words w;
    QString m_out;

    void heading(const QString& text, int level = 2)
    {
        m_out += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(html(text));
    }
    void paragraph(const QString& text)
    {
        m_out += QStringLiteral("<p>") + html(text) + QStringLiteral("</p>");
    }
    void emptyNote(const QString& text)
    {
        m_out += QStringLiteral("<p><i>") + html(text) + QStringLiteral("</i></p>");
    }

    // A two-column table of label and value; rows with an empty value are left out.
    void facts(const QList<std::pair<QString, QString>>& rows)
    {
        m_out += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
        for (const auto& [label, value] : rows) {
            if (value.isEmpty())
                continue;
            m_out += QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>")
                         .arg(html(label), html(value));
        }
        m_out += QStringLiteral("</table>");
    }

    // A table with a header row; every cell is text from the case.
    void table(const QStringList& header, const QList<QStringList>& rows)
    {
        m_out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
        for (const QString& h : header)
            m_out += QStringLiteral("<th align='left'>") + html(h) + QStringLiteral("</th>");
        m_out += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            m_out += QStringLiteral("<tr>");
            for (const QString& cell : row)
                m_out += QStringLiteral("<td>") + html(cell) + QStringLiteral("</td>");
            m_out += QStringLiteral("</tr>");
        }
        m_out += QStringLiteral("</table>");
    }

    QString statusName(const QString& id) const
    {
        const auto it = r.statuses.constFind(id);
        if (it == r.statuses.constEnd())
            return id;
        return it->name(w.language());
    }

    QString yesNo(bool yes) const { return yes ? w("Ja", "Yes") : w("Nej", "No"); }

    void cover()
    {
        const CaseSummary& s = r.detail.summary;
        heading(w("Ärende %1", "Case %1").arg(s.reference), 1);
        const Decision* decision = r.standingDecision();
        facts({
            {w("Diarienummer", "Reference"), s.reference},
            {w("E-tjänst", "E-service"), s.eserviceName.isEmpty() ? s.eserviceId : s.eserviceName},
            {w("Status", "Status"), statusName(s.statusId)},
            {w("Inkom", "Submitted"), documentDateTime(s.submittedAt)},
            {w("Beslutat", "Decided"), decision ? documentDateTime(decision->decidedAt) : QString()},
            {w("Beslut", "Decision"), decision ? decision->outcomeName(w.language()) : QString()},
            {w("Avslutat", "Closed"), documentDateTime(s.closedAt)},
            {w("Handläggare", "Handled by"), s.assignee},
            {w("Inlämnat via", "Submitted through"),
             r.detail.externalId.isEmpty()
                 ? r.detail.source
                 : QStringLiteral("%1 (%2)").arg(r.detail.source, r.detail.externalId)},
            {w("Skyddad identitet", "Protected identity"),
             s.protectedIdentity ? w("Ja: handlingen innehåller skyddade personuppgifter",
                                     "Yes: the document holds protected personal data")
                                 : QString()},
            {w("Utskrivet", "Exported"),
             QStringLiteral("%1, %2").arg(documentDateTime(r.exportedAt), r.exportedBy)},
        });
    }

    void parties()
    {
        heading(w("Parter", "Parties"));
        const Applicant& a = r.detail.applicant;
        QString address = a.address.street;
        const QString postal =
            QStringList({a.address.postalCode, a.address.city}).join(QLatin1Char(' ')).trimmed();
        if (!postal.isEmpty())
            address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + postal;
        heading(w("Sökande", "Applicant"), 3);
        facts({
            {w("Namn", "Name"), a.name},
            {w("Personnummer", "Personal identity number"), a.personalNumber},
            {w("Organisationsnummer", "Organisation number"), a.organisationNumber},
            {w("Adress", "Address"), address},
            {w("E-post", "E-mail"), a.email},
            {w("Telefon", "Phone"), a.phone},
            {w("Skyddad identitet", "Protected identity"), a.protectedIdentity ? yesNo(true) : QString()},
        });
        if (!r.detail.registerEntries.isEmpty()) {
            heading(w("Enligt folkbokföringen (Navet)", "According to the population register (Navet)"), 3);
            QList<QStringList> rows;
            for (const RegisterEntry& entry : r.detail.registerEntries) {
                const NavetPerson& p = entry.person;
                QStringList notes;
                if (p.protectedIdentity())
                    notes << w("skyddad identitet", "protected identity");
                if (p.deceased())
                    notes << w("avliden", "deceased");
                rows << QStringList{
                    p.name.fullName(), p.personalNumber, p.registeredAddress.oneLine(),
                    notes.join(QStringLiteral(", ")),
                    QStringLiteral("%1, %2").arg(documentDateTime(entry.fetchedAt), entry.fetchedBy)};
            }
            table({w("Namn", "Name"), w("Personnummer", "Personal identity number"), w("Adress", "Address"),
                   w("Anmärkning", "Note"), w("Hämtat", "Fetched")},
                  rows);
        }
    }

    void form()
    {
        heading(w("Ansökan som sökanden fyllde i", "The form as the applicant filled it in"));
        const QSet<QString> hidden = fieldsHiddenFromApplicant(r.detail.pages);
        QList<QStringList> hiddenRows;
        for (const FormPage& page : r.detail.pages) {
            QList<std::pair<QString, QString>> shown;
            for (const FormField& field : page.fields) {
                if (hidden.contains(field.id))
                    hiddenRows << QStringList{page.title, field.label, field.valueText, field.visibleWhen};
                else
                    shown.append(
                        {field.label.isEmpty() ? field.id : field.label,
                         field.valueText.isEmpty() ? w("(inget svar)", "(no answer)") : field.valueText});
            }
            heading(page.title, 3);
            if (shown.isEmpty())
                emptyNote(w("Inga fält visades på sidan.", "No field was shown on this page."));
            else
                facts(shown);
        }
        if (!hiddenRows.isEmpty()) {
            heading(w("Fält som var dolda för sökanden", "Fields hidden from the applicant"), 3);
            paragraph(
                w("Villkoren för dessa fält var inte uppfyllda när ansökan skickades in; sökanden såg dem "
                  "inte.",
                  "The conditions of these fields were not met when the form was submitted; the applicant "
                  "did not see them."));
            table({w("Sida", "Page"), w("Fält", "Field"), w("Värde", "Value"), w("Villkor", "Condition")},
                  hiddenRows);
        }
    }

    QString checkText(SignatureCheck check) const
    {
        switch (check) {
        case SignatureCheck::Valid:
            return w("Giltig: stämmer med uppgifterna", "Valid: matches the data");
        case SignatureCheck::Mismatch:
            return w("Stämmer inte med uppgifterna", "Does not match the data");
        case SignatureCheck::SignedInOpenEPlatform:
            return w("Signerad i Open ePlatform (kan inte kontrolleras här)",
                     "Signed in Open ePlatform (not verifiable here)");
        case SignatureCheck::Awaiting:
            return w("Väntar på underskrift", "Awaiting signature");
        }
        return {};
    }

    QString roleName(const QString& role) const
    {
        if (role == QLatin1String("applicant"))
            return w("Sökande", "Applicant");
        if (role == QLatin1String("co_applicant"))
            return w("Medsökande", "Co-applicant");
        if (role == QLatin1String("guardian"))
            return w("Vårdnadshavare", "Guardian");
        if (role == QLatin1String("signer"))
            return w("Undertecknare", "Signer");
        if (role == QLatin1String("representative"))
            return w("Ombud", "Representative");
        return role;
    }

    // A long code (a SHA-256, a signed digest) on a line of its own in a small fixed-width font,
    // so that it is never broken and reads as one word.
    static QString codeRow(int columns, const QString& label, const QString& code)
    {
        return QStringLiteral("<tr><td colspan='%1'><span style='font-size:7pt'>%2 </span>"
                              "<span style='font-family:\"DejaVu Sans Mono\",monospace; "
                              "font-size:7pt'>%3</span></td></tr>")
            .arg(columns)
            .arg(html(label), html(code));
    }

    void signatures()
    {
        heading(w("Underskrifter", "Signatures"));
        if (r.detail.signatures.isEmpty()) {
            emptyNote(w("Ärendet har inga underskrifter.", "The case has no signatures."));
            return;
        }
        m_out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
        for (const QString& h :
             {w("Roll", "Role"), w("Namn", "Name"), w("Personnummer", "Personal identity number"),
              w("Signerad", "Signed"), w("Kontroll", "Check")})
            m_out += QStringLiteral("<th align='left'>") + html(h) + QStringLiteral("</th>");
        m_out += QStringLiteral("</tr>");
        for (const SignatureRow& s : r.detail.signatures) {
            const QString signedText =
                s.signedAt.isValid() ? QStringLiteral("%1 (%2)").arg(documentDateTime(s.signedAt), s.provider)
                                     : QString();
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(html(roleName(s.role)), html(s.name), html(s.personalNumber), html(signedText),
                              html(checkText(s.check)));
            if (!s.signedDigest.isEmpty())
                m_out += codeRow(5, w("Signerat innehåll:", "What was signed:"), s.signedDigest);
        }
        m_out += QStringLiteral("</table>");
    }

    QString size(qint64 bytes) const
    {
        const QLocale locale(w.english() ? QLocale::English : QLocale::Swedish);
        return locale.toString(bytes) + w(" byte", " bytes");
    }

    void attachments()
    {
        heading(w("Bilagor", "Attachments"));
        if (r.detail.attachments.isEmpty()) {
            emptyNote(w("Ärendet har inga bilagor.", "The case has no attachments."));
            return;
        }
        m_out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
        for (const QString& h :
             {w("Fil", "File"), w("Typ", "Type"), w("Storlek", "Size"), w("Kom med", "Came with")})
            m_out += QStringLiteral("<th align='left'>") + html(h) + QStringLiteral("</th>");
        m_out += QStringLiteral("</tr>");
        for (const AttachmentInfo& a : r.detail.attachments) {
            m_out +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(html(a.fileName), html(a.mimeType), html(size(a.size)),
                         html(a.messageId == 0 ? w("Ansökan", "Application") : w("Meddelande", "Message")));
            m_out += codeRow(4, QStringLiteral("SHA-256:"), a.sha256);
        }
        m_out += QStringLiteral("</table>");
    }

    void messages()
    {
        heading(w("Meddelanden", "Messages"));
        if (r.thread.messages.isEmpty()) {
            emptyNote(w("Inga meddelanden.", "No messages."));
            return;
        }
        for (const ThreadMessage& m : r.thread.messages) {
            QString line = m.inbound()
                               ? w("Från sökanden", "From the applicant")
                               : w("Till sökanden, från %1", "To the applicant, from %1").arg(m.author);
            line += QStringLiteral(" — ") + documentDateTime(m.sentAt);
            if (m.readAt.isValid())
                line += w(" (läst %1)", " (read %1)").arg(documentDateTime(m.readAt));
            m_out += QStringLiteral("<p><b>") + html(line) + QStringLiteral("</b><br/>") + html(m.body);
            QStringList files;
            for (const AttachmentInfo& a : m.attachments)
                files << a.fileName;
            if (!files.isEmpty())
                m_out += QStringLiteral("<br/><i>") +
                         html(w("Bifogat: %1", "Attached: %1").arg(files.join(QStringLiteral(", ")))) +
                         QStringLiteral("</i>");
            m_out += QStringLiteral("</p>");
        }
    }

    void supplementRequests()
    {
        if (r.thread.supplementRequests.isEmpty())
            return;
        heading(w("Begäran om komplettering", "Supplement requests"));
        QList<QStringList> rows;
        for (const SupplementRequest& s : r.thread.supplementRequests)
            rows << QStringList{documentDateTime(s.requestedAt), s.requestedBy, s.text,
                                s.dueDate.toString(Qt::ISODate),
                                s.open() ? w("Väntar", "Waiting") : documentDateTime(s.answeredAt)};
        table({w("Begärd", "Requested"), w("Av", "By"), w("Vad som saknas", "What is missing"),
               w("Senast", "Due"), w("Besvarad", "Answered")},
              rows);
    }

    void decisions()
    {
        heading(w("Beslut", "Decisions"));
        if (r.thread.decisions.isEmpty()) {
            emptyNote(w("Inget beslut är fattat.", "No decision has been made."));
            return;
        }
        const QString language = w.language();
        for (const Decision& d : r.thread.decisions) {
            QString line = QStringLiteral("%1 — %2, %3")
                               .arg(d.outcomeName(language), documentDateTime(d.decidedAt), d.decidedBy);
            if (d.correctsDecisionId != 0)
                line += w(" (rättar ett tidigare beslut)", " (corrects an earlier decision)");
            m_out += QStringLiteral("<p><b>") + html(line) + QStringLiteral("</b><br/>") + html(d.text);
            if (!d.documentFileName.isEmpty())
                m_out += QStringLiteral("<br/><i>") +
                         html(w("Beslutsdokument: %1", "Decision document: %1").arg(d.documentFileName)) +
                         QStringLiteral("</i>");
            m_out += QStringLiteral("</p>");
        }
    }

    QString eventText(const EventRow& e) const
    {
        QString text;
        if (e.kind == QLatin1String("submitted"))
            text = w("Inskickat", "Submitted");
        else if (e.kind == QLatin1String("status_changed"))
            text = w("Status ändrad från %1 till %2", "Status changed from %1 to %2")
                       .arg(statusName(e.fromStatusId), statusName(e.toStatusId));
        else if (e.kind == QLatin1String("assigned"))
            return w("Tilldelat %1", "Assigned to %1").arg(e.detail);
        else if (e.kind == QLatin1String("unassigned"))
            text = w("Ingen handläggare", "Unassigned");
        else if (e.kind == QLatin1String("message_sent"))
            text = w("Meddelande skickat till sökanden", "Message sent to the applicant");
        else if (e.kind == QLatin1String("message_received"))
            text = w("Meddelande från sökanden", "Message from the applicant");
        else if (e.kind == QLatin1String("messages_read"))
            text = w("Sökanden läste meddelandena", "The applicant read the messages");
        else if (e.kind == QLatin1String("note_added"))
            text = w("Intern anteckning", "Internal note added");
        else if (e.kind == QLatin1String("supplement_requested"))
            text = w("Komplettering begärd", "Supplement requested");
        else if (e.kind == QLatin1String("supplement_received") || e.kind == QLatin1String("supplemented"))
            text = w("Komplettering inkommen", "Supplement received");
        else if (e.kind == QLatin1String("decision_recorded"))
            text = w("Beslut fattat", "Decision recorded");
        else if (e.kind == QLatin1String("decision_corrected"))
            text = w("Beslut rättat", "Decision corrected");
        else
            text = e.kind;
        // A note's text is internal: the history says only that one was added.
        if (!e.detail.isEmpty() && (e.kind != QLatin1String("note_added") || r.includeNotes))
            text += QStringLiteral(": ") + e.detail;
        return text;
    }

    void history()
    {
        heading(w("Händelser", "History"));
        QList<QStringList> rows;
        for (const EventRow& e : r.detail.events)
            rows << QStringList{documentDateTime(e.occurredAt), e.actor, eventText(e)};
        table({w("Tid", "Time"), w("Av", "By"), w("Händelse", "Event")}, rows);
    }

    void notes()
    {
        heading(w("Interna anteckningar (visas inte för sökanden)",
                  "Internal notes (not shown to the applicant)"));
        if (r.thread.notes.isEmpty()) {
            emptyNote(w("Inga interna anteckningar.", "No internal notes."));
            return;
        }
        for (const NoteRow& n : r.thread.notes)
            m_out += QStringLiteral("<p><b>") +
                     html(QStringLiteral("%1 — %2").arg(n.author, documentDateTime(n.createdAt))) +
                     QStringLiteral("</b><br/>") + html(n.body) + QStringLiteral("</p>");
    }
};

} // namespace

PagedDocument caseDocument(const CaseRecord& record)
{
    const Words w(record.language());
    PagedDocument document;
    document.language = record.language();
    document.title = w("Ärende %1 — %2", "Case %1 — %2")
                         .arg(record.detail.summary.reference, record.detail.summary.eserviceName.isEmpty()
                                                                   ? record.detail.summary.eserviceId
                                                                   : record.detail.summary.eserviceName);
    document.headerRight = record.detail.summary.reference;
    QStringList marks;
    if (record.includeNotes)
        marks << w("INTERNT: innehåller interna anteckningar", "INTERNAL: holds internal notes");
    if (record.detail.summary.protectedIdentity)
        marks << w("SKYDDAD IDENTITET", "PROTECTED IDENTITY");
    document.marking = marks.join(QStringLiteral(" · "));
    document.html = Builder(record).build();
    return document;
}

} // namespace casedesk
