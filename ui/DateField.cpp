// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DateField.h"

#include "TypedDate.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace casedesk {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(tr("e.g. 2027-01-15, 15 jan or +14"));
    m_calendarButton = new QToolButton;
    m_calendarButton->setObjectName(QStringLiteral("dateCalendar"));
    m_calendarButton->setText(tr("Calendar…"));
    m_calendarButton->setAccessibleName(tr("Choose the date in a calendar"));
    m_calendarButton->setToolTip(m_calendarButton->accessibleName());
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("dateFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_calendarButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::interpret);
    // Leaving the field writes the date as it was understood, unambiguously.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_date.isValid())
            m_edit->setText(m_date.toString(Qt::ISODate));
    });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    interpret();
}

void DateField::setRange(const QDate& earliest, const QDate& latest)
{
    m_earliest = earliest;
    m_latest = latest;
    interpret();
}

void DateField::setDate(const QDate& date)
{
    m_edit->setText(date.toString(Qt::ISODate));
}

QDate DateField::date() const
{
    return m_problem.isEmpty() ? m_date : QDate();
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_calendarButton->setEnabled(!readOnly);
}

void DateField::interpret()
{
    const QLocale locale; // the UI language's (main.cpp sets the default)
    const std::optional<QDate> parsed = parseTypedDate(m_edit->text(), locale, QDate::currentDate());
    m_date = parsed.value_or(QDate());
    if (m_edit->text().trimmed().isEmpty())
        m_problem = tr("Write a date, e.g. 2027-01-15.");
    else if (!parsed)
        m_problem = tr("Not a date: write e.g. 2027-01-15, 15/1 2027 or 15 jan 2027.");
    else if (m_earliest.isValid() && m_date < m_earliest)
        m_problem =
            m_earliest == QDate::currentDate()
                ? tr("The date cannot have passed.")
                : tr("The date cannot be before %1.").arg(locale.toString(m_earliest, QLocale::LongFormat));
    else if (m_latest.isValid() && m_date > m_latest)
        m_problem = tr("The date cannot be after %1.").arg(locale.toString(m_latest, QLocale::LongFormat));
    else
        m_problem.clear();
    const QString understood = m_date.isValid() ? locale.toString(m_date, QLocale::LongFormat) : QString();
    // Said in words, not by colour alone.
    m_feedback->setText(m_problem.isEmpty()    ? understood
                        : understood.isEmpty() ? m_problem
                                               : QStringLiteral("%1 (%2)").arg(m_problem, understood));
    m_feedback->setAccessibleName(m_feedback->text());
    m_edit->setAccessibleDescription(m_feedback->text());
    Q_EMIT dateChanged(date());
}

void DateField::showCalendar()
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto* calendar = new QCalendarWidget;
    calendar->setObjectName(QStringLiteral("dateCalendarPopup"));
    calendar->setLocale(QLocale());
    calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    if (m_earliest.isValid())
        calendar->setMinimumDate(m_earliest);
    if (m_latest.isValid())
        calendar->setMaximumDate(m_latest);
    if (m_date.isValid())
        calendar->setSelectedDate(m_date);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](const QDate& chosen) {
        setDate(chosen);
        menu->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate& chosen) {
        setDate(chosen);
        menu->close();
    });
    menu->popup(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace casedesk
