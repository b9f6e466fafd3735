// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "MentionCompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace casedesk {

namespace {

constexpr int kLoginRole = Qt::UserRole + 1;
constexpr int kMatchRole = Qt::UserRole + 2; // "login name": what the typed text is matched in

// A character that may be in a login (AccessService: a-z, 0-9, "_", "."; upper case is read as
// lower by the mention rule).
bool inLogin(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('.');
}

} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit* editor)
    : QObject(editor)
    , m_editor(editor)
{
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(kMatchRole);
    m_completer->popup()->setObjectName(QStringLiteral("mentionList"));
    m_completer->popup()->setAccessibleName(tr("People to mention"));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { insert(index.data(kLoginRole).toString()); });
    connect(editor, &QPlainTextEdit::textChanged, this, &MentionCompleter::update);
    // The list has the keys while it is open. Installed after QCompleter's own filter, this one
    // sees them first: QCompleter would hand Enter to the editor, which takes it as a new line.
    m_completer->popup()->installEventFilter(this);
}

void MentionCompleter::setPeople(const QHash<QString, QString>& people)
{
    m_model->clear();
    QStringList logins = people.keys();
    logins.sort();
    for (const QString& login : std::as_const(logins)) {
        const QString name = people.value(login);
        auto* item = new QStandardItem(
            name.isEmpty() || name == login ? login : QStringLiteral("%1 (%2)").arg(name, login));
        item->setData(login, kLoginRole);
        item->setData(QString(login + QLatin1Char(' ') + name), kMatchRole);
        m_model->appendRow(item);
    }
}

int MentionCompleter::mentionStart() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString text = cursor.block().text();
    int at = cursor.positionInBlock();
    while (at > 0 && inLogin(text.at(at - 1)))
        --at;
    if (at == 0 || text.at(at - 1) != QLatin1Char('@'))
        return -1;
    const int sign = at - 1;
    // As the database reads a mention: "@" at the start or after a character not in a login.
    if (sign > 0 && inLogin(text.at(sign - 1)))
        return -1;
    return cursor.block().position() + sign;
}

void MentionCompleter::update()
{
    const int start = mentionStart();
    if (start < 0 || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix =
        m_editor->toPlainText().mid(start + 1, m_editor->textCursor().position() - start - 1);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QString& login)
{
    const int start = mentionStart();
    if (start < 0 || login.isEmpty())
        return;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(start, QTextCursor::MoveAnchor);
    cursor.setPosition(m_editor->textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(QLatin1Char('@') + login + QLatin1Char(' '));
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
}

bool MentionCompleter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress &&
        m_completer->popup()->isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            if (key->modifiers() == Qt::NoModifier) { // Ctrl+Enter still adds the note
                insert(m_completer->popup()->currentIndex().data(kLoginRole).toString());
                return true;
            }
            break;
        case Qt::Key_Escape:
            m_completer->popup()->hide();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casedesk
