// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FormPane.h"

#include "FormModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

// Measures a row at its column's width, so that a wrapped answer gets the height of all its
// lines: the tree view asks for a size without a width, and Qt's style wraps only within one.
class WholeTextDelegate : public QStyledItemDelegate
{
public:
    explicit WholeTextDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem measured(option);
        int width = m_view->columnWidth(index.column());
        if (index.column() == 0)
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                width -= m_view->indentation();
        measured.rect = QRect(0, 0, std::max(width, 40), std::max(option.rect.height(), 1));
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView* m_view;
};

} // namespace

FormPane::FormPane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_showHidden = new QCheckBox;
    m_showHidden->setObjectName(QStringLiteral("showHiddenFields"));
    layout->addWidget(m_showHidden);

    m_model = new FormModel(this);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("formView"));
    m_view->setAccessibleName(tr("Form as submitted"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WholeTextDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    // Whole answers: wrapped at the column's width, anywhere in a word too long for it, each
    // row as high as its text; nothing elided.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setUniformRowHeights(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setSectionResizeMode(FormModel::Label, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    // Rows are measured at the columns' widths: measured again when a width changes.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
    layout->addWidget(m_view, 1);

    auto* copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FormPane::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_showHidden, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowHidden(show);
        m_view->expandAll();
    });
    updateHiddenSwitch();
}

void FormPane::setPages(const QList<FormPage>& pages)
{
    m_model->setPages(pages);
    m_view->expandAll();
    // The question column as wide as its longest question, up to half the pane; answers get
    // the rest.
    m_view->resizeColumnToContents(FormModel::Label);
    m_view->setColumnWidth(FormModel::Label, std::min(m_view->columnWidth(FormModel::Label),
                                                      std::max(m_view->width() / 2, 200)));
    updateHiddenSwitch();
}

void FormPane::updateHiddenSwitch()
{
    const int hidden = m_model->hiddenFieldCount();
    m_showHidden->setText(tr("Show fields the applicant did not see (%n)", nullptr, hidden));
    m_showHidden->setEnabled(hidden > 0);
    m_showHidden->setToolTip(hidden > 0 ? tr("Fields whose condition was not met by the applicant's answers")
                                        : tr("The applicant saw every field of this form"));
}

QString FormPane::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(FormModel::Label);
    // In the order shown, not the order of selecting.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex& a, const QModelIndex& b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    QStringList lines;
    for (const QModelIndex& label : std::as_const(rows)) {
        const QModelIndex value = label.siblingAtColumn(FormModel::Value);
        const QString answer = value.data().toString();
        lines << (label.parent().isValid() ? label.data().toString() + QStringLiteral(": ") + answer
                                           : label.data().toString());
    }
    return lines.join(QLatin1Char('\n'));
}

void FormPane::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace casedesk
