// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QHash>
#include <QObject>

class QCompleter;
class QPlainTextEdit;
class QStandardItemModel;

namespace casedesk {

// Completes "@login" in a note while it is typed (issue #16 §3): after "@", a list of the people
// (login and name, matched anywhere, in any case) drops down; Enter or Tab puts "@login " in the
// text, Escape closes the list. The database tells whoever is named (0034).
class MentionCompleter : public QObject
{
    Q_OBJECT
public:
    explicit MentionCompleter(QPlainTextEdit* editor);

    // The people who can be named: login -> display name (empty: the login alone).
    void setPeople(const QHash<QString, QString>& people);
    QCompleter* completer() const { return m_completer; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The "@…" word the cursor is in: its start in the text (at "@"), or -1.
    int mentionStart() const;
    void update();
    void insert(const QString& login);

    QPlainTextEdit* m_editor;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
};

} // namespace casedesk
