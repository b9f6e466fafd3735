#pragma once

#include "domain/CaseTypes.h"

#include <QHash>
#include <QWidget>

class QListView;

namespace casedesk {

class ComposeBox;
class Database;
class NoteStreamModel;
class UserPrompts;

// Internal notes: the caseworkers' own stream, on a background of its own and under a label
// that says the applicant never sees it; with its own compose box (no attachments, no
// templates, so nothing meant for the applicant lands here by mistake).
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    NotesPane(const Database& db, UserPrompts& prompts, QWidget* parent = nullptr);

    void setCase(const CaseSummary& summary, const QList<NoteRow>& notes, const QString& blockedReason);
    void clear();

    NoteStreamModel* model() const { return m_model; }
    ComposeBox* compose() const { return m_compose; }

    // Adds what the compose box holds as a note; false (text kept, error inline) on failure.
    bool addNote();

Q_SIGNALS:
    void noteAdded(const QString& reference);

private:
    const Database& m_db;
    CaseSummary m_owner;
    QHash<QString, QString> m_drafts;
    NoteStreamModel* m_model = nullptr;
    QListView* m_view = nullptr;
    ComposeBox* m_compose = nullptr;
};

} // namespace casedesk
