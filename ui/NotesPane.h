// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/CaseTypes.h"

#include <QHash>
#include <QWidget>

class QListView;

namespace casedesk {

class MentionCompleter;

class ComposeBox;
class DatabaseWorker;
class NoteStreamModel;
class UserPrompts;

// Internal notes: the caseworkers' own stream, on a background of its own and under a label
// that says the applicant never sees it; with its own compose box (no attachments, no
// templates, so nothing meant for the applicant lands here by mistake). The note is written by
// the DatabaseWorker; its text stays (read-only) until the database took it.
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    NotesPane(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);

    void setCase(const CaseSummary& summary, const QList<NoteRow>& notes, const QString& blockedReason);
    // Whom "@" offers while a note is typed: login -> name (MentionCompleter).
    void setPeople(const QHash<QString, QString>& people);
    void clear();

    NoteStreamModel* model() const { return m_model; }
    ComposeBox* compose() const { return m_compose; }

    // Starts adding what the compose box holds as a note: false when nothing was started (no
    // case, a note already on its way). When the database answered, the text is cleared, or kept
    // with the error inline; then addFinished.
    bool addNote();
    bool isAdding() const { return !m_addingReference.isEmpty(); }

Q_SIGNALS:
    void noteAdded(const QString& reference);
    void addFinished(bool added);

private:
    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QString m_addingReference; // the case a note is on its way for
    CaseSummary m_owner;
    QHash<QString, QString> m_drafts;
    NoteStreamModel* m_model = nullptr;
    QListView* m_view = nullptr;
    ComposeBox* m_compose = nullptr;
    MentionCompleter* m_mentions = nullptr;
};

} // namespace casedesk
