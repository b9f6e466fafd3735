#pragma once

#include "domain/Submission.h"

#include <QAbstractItemModel>

namespace casedesk {

// The form as the applicant saw it: pages at the top level, their fields below, in order.
// Fields whose condition was false for the submitted values are left out, as the applicant
// never saw them.
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

    explicit FormModel(QObject* parent = nullptr);
    void setPages(const QList<FormPage>& pages);
    int hiddenFieldCount() const { return m_hidden; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kPageItem = 0; // internalId of pages; fields carry page index + 1
    QList<FormPage> m_pages;                 // visible fields only
    int m_hidden = 0;
};

} // namespace casedesk
