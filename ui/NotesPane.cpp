// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "NotesPane.h"

#include "CaseText.h"
#include "ComposeBox.h"
#include "MentionCompleter.h"
#include "MessageThreadModel.h"
#include "UserPrompts.h"
#include "messaging/MessageService.h"
#include "worker/DatabaseWorker.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace casedesk {

NotesPane::NotesPane(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("notesPane"));
    setAccessibleName(CaseText::internalNoteText());
    // Its own paper colour, so that nobody mistakes it for the conversation.
    setAutoFillBackground(true);
    QPalette paper = palette();
    paper.setColor(QPalette::Window, QColor(0xfb, 0xed, 0xb0));
    paper.setColor(QPalette::WindowText, QColor(0x3a, 0x30, 0x00));
    setPalette(paper);

    auto* banner =
        new QLabel(QStringLiteral("<img src=\":/icons/protected.svg\" width=16 height=16> <b>%1</b>")
                       .arg(CaseText::internalNoteText().toHtmlEscaped()));
    banner->setObjectName(QStringLiteral("internalNoteBanner"));
    banner->setAccessibleName(CaseText::internalNoteText());

    m_model = new NoteStreamModel(this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("noteStream"));
    m_view->setAccessibleName(tr("Internal notes"));
    m_view->setAccessibleDescription(CaseText::internalNoteText());
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(3);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QPalette listPaper = m_view->palette();
    listPaper.setColor(QPalette::Base, QColor(0xff, 0xf8, 0xdc));
    listPaper.setColor(QPalette::Text, QColor(0x3a, 0x30, 0x00));
    m_view->setPalette(listPaper);

    ComposeBox::Options options;
    options.objectPrefix = QStringLiteral("note");
    options.sendText = tr("Add &note");
    options.editorName = tr("New internal note");
    options.placeholder = tr("Internal note for colleagues — the applicant never sees it (Ctrl+Enter adds)");
    options.attachments = false;
    options.templates = false;
    m_compose = new ComposeBox(prompts, options);
    connect(m_compose, &ComposeBox::sendRequested, this, &NotesPane::addNote);
    m_mentions = new MentionCompleter(m_compose->editor());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_compose);
}

void NotesPane::setPeople(const QHash<QString, QString>& people)
{
    m_mentions->setPeople(people);
}

void NotesPane::setCase(const CaseSummary& summary, const QList<NoteRow>& notes, const QString& blockedReason)
{
    if (summary.reference != m_owner.reference) {
        if (!m_owner.reference.isEmpty())
            m_drafts.insert(m_owner.reference, m_compose->text());
        m_compose->setSending(false);
        m_compose->clearAfterSend();
        m_compose->setText(m_drafts.take(summary.reference));
        m_compose->setSending(m_addingReference == summary.reference);
    }
    m_owner = summary;
    m_model->setNotes(notes);
    m_view->scrollToBottom();
    m_compose->setBlocked(blockedReason);
}

void NotesPane::clear()
{
    if (!m_owner.reference.isEmpty())
        m_drafts.insert(m_owner.reference, m_compose->text());
    m_owner = CaseSummary();
    m_model->setNotes({});
    m_compose->setSending(false);
    m_compose->clearAfterSend();
}

bool NotesPane::addNote()
{
    if (m_owner.reference.isEmpty() || isAdding())
        return false;
    const QString reference = m_owner.reference;
    const QString body = m_compose->text();
    m_addingReference = reference;
    m_compose->setSending(true);
    m_worker.post(
        DatabaseWorker::Lane::Write, this,
        [reference, body](Database& db) { return MessageService(db).addNote(reference, body); },
        [this, reference, body](Result<NoteRow> note) {
            m_addingReference.clear();
            const bool shown = reference == m_owner.reference;
            if (shown)
                m_compose->setSending(false);
            if (!note.ok()) {
                const QString why = tr("The note was not added: %1").arg(note.error().explain());
                if (shown)
                    m_compose->showError(why);
                else // its text waits in the drafts; say so where the person is now
                    m_prompts.warn(this, tr("Note on %1 not added").arg(reference), why);
                Q_EMIT addFinished(false);
                return;
            }
            if (shown) {
                QList<NoteRow> notes = m_model->notes();
                notes << *note;
                m_model->setNotes(notes);
                m_view->scrollToBottom();
                m_compose->clearAfterSend();
            } else if (m_drafts.value(reference) == body) {
                m_drafts.remove(reference);
            }
            Q_EMIT noteAdded(reference);
            Q_EMIT addFinished(true);
        });
    return true;
}

} // namespace casedesk
