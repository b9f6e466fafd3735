// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/Submission.h"

#include <QAbstractItemModel>

namespace casedesk {

// The form as the applicant saw it: pages at the top level, their fields below, in order.
// Fields whose condition was false for the submitted values were hidden from the applicant: left
// out, or shown marked as such (setShowHidden) for a caseworker who wants to know what the form
// would have asked.
class FormModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Value,
        ColumnCount
    };
    // Whether a field row was hidden from the applicant (bool), for views and tests.
    static constexpr int HiddenFromApplicantRole = Qt::UserRole + 1;

    explicit FormModel(QObject* parent = nullptr);
    void setPages(const QList<FormPage>& pages);
    int hiddenFieldCount() const { return m_hidden; }
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        FormField field;
        bool hiddenFromApplicant = false;
    };
    struct Page
    {
        QString title;
        QList<Row> rows;
    };
    void rebuild();

    static constexpr quintptr kPageItem = 0; // internalId of pages; fields carry page index + 1
    QList<Page> m_all;                       // every field, marked
    QList<Page> m_pages;                     // what the view shows
    int m_hidden = 0;
    bool m_showHidden = false;
};

} // namespace casedesk
