// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace casedesk {

// A date to type or pick: a line edit that understands the forms of parseTypedDate() (ISO,
// "15/1 2027", "15 jan 2027", "+14") in the UI language, a button that opens a calendar, and a
// line beneath that says which date was understood ("fredag 15 januari 2027") or, in words, why
// the text is no acceptable date. QDateEdit edited one section at a time: typing 2027-01-15
// over 2026-12-15 kept the month and day of the old date, and a date outside its range was
// silently replaced.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The acceptable range; a date outside it is an error said under the field.
    void setRange(const QDate& earliest, const QDate& latest);
    void setDate(const QDate& date);
    // The date understood, when it is acceptable; invalid otherwise.
    QDate date() const;
    bool isAcceptable() const { return date().isValid(); }
    // Why the text is no acceptable date; empty when it is one.
    QString problem() const { return m_problem; }
    QLineEdit* lineEdit() const { return m_edit; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void dateChanged(const QDate& date); // invalid while the text is no acceptable date

private:
    void interpret();
    void showCalendar();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_calendarButton = nullptr;
    QLabel* m_feedback = nullptr;
    QDate m_earliest;
    QDate m_latest;
    QDate m_date;
    QString m_problem;
};

} // namespace casedesk
