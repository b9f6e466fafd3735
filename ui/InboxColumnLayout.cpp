// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "InboxColumnLayout.h"

#include "CaseListModel.h"
#include "CaseText.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace casedesk {

namespace {

constexpr int kHiddenByDefault[] = {CaseListModel::Assignee, CaseListModel::LastActivity,
                                    CaseListModel::Signature, CaseListModel::SupplementDue};

} // namespace

InboxColumnLayout::InboxColumnLayout(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    // The viewport's width: the table's less a vertical scroll bar when one appears.
    m_table->viewport()->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &InboxColumnLayout::showHeaderMenu);
    // A width the person chose (dragging a header's edge, or double-clicking it) is theirs: no
    // more fitting. Resizes Qt makes itself (a model reset, a restored layout) do not count.
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_inFit && m_personResizing)
            m_fitting = false;
    });
}

void InboxColumnLayout::applyDefaults()
{
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        header->setSectionHidden(column, false);
    for (int column : kHiddenByDefault)
        header->setSectionHidden(column, true);
    m_fitting = true;
    fit();
}

bool InboxColumnLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_fitting)
        fit();
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_personResizing = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_personResizing = false;
    }
    return QObject::eventFilter(watched, event);
}

void InboxColumnLayout::fit()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const int icon = 16 + metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    // What each fixed column must hold whole; the widest header or text of its kind.
    auto widthFor = [&](int column, std::initializer_list<QString> texts, int extra) {
        int width =
            metrics.horizontalAdvance(m_table->model()->headerData(column, Qt::Horizontal).toString()) +
            padding;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + extra + padding / 2);
        return width;
    };
    m_inFit = true;
    int fixed = 0;
    auto set = [&](int column, int width) {
        if (header->isSectionHidden(column))
            return;
        header->resizeSection(column, width);
        fixed += width;
    };
    set(CaseListModel::Reference, widthFor(CaseListModel::Reference, {QStringLiteral("CD-2026-000000")}, 0));
    // The widest ages: today with its time, and days.
    const QDateTime today(QDate::currentDate(), QTime(23, 58));
    const std::initializer_list<QString> ages{CaseText::age(today), CaseText::age(today.addDays(-1)),
                                              CaseText::age(today.addDays(-59))};
    set(CaseListModel::Submitted, widthFor(CaseListModel::Submitted, ages, 0));
    set(CaseListModel::LastActivity, widthFor(CaseListModel::LastActivity, ages, 0));
    set(CaseListModel::Unread, icon + metrics.horizontalAdvance(QStringLiteral("99")) + padding / 2);
    set(CaseListModel::Signature, widthFor(CaseListModel::Signature, {}, icon));
    set(CaseListModel::SupplementDue,
        widthFor(CaseListModel::SupplementDue, {QStringLiteral("2026-12-31")}, icon));
    set(CaseListModel::Assignee, metrics.horizontalAdvance(QStringLiteral("Anna Andersson")) + padding);
    const QDate day = QDate::currentDate();
    set(CaseListModel::Due,
        widthFor(CaseListModel::Due,
                 {CaseText::dueText(day.addDays(-99), day), CaseText::dueText(day.addDays(99), day),
                  CaseText::dueText(day.addDays(1), day)},
                 icon));
    // The names and the status share what is left (elided when short of room): the applicant
    // 4 parts, the e-service and the status 3 each.
    const int available = m_table->viewport()->width() - fixed - 2;
    const int minimum = metrics.horizontalAdvance(QStringLiteral("Mmmm"));
    const std::pair<int, int> shares[] = {
        {CaseListModel::EService, 3}, {CaseListModel::Applicant, 4}, {CaseListModel::Status, 3}};
    int parts = 0;
    for (const auto& [column, share] : shares)
        parts += header->isSectionHidden(column) ? 0 : share;
    int left = available;
    int remainingParts = parts;
    for (const auto& [column, share] : shares) {
        if (header->isSectionHidden(column))
            continue;
        const int width = remainingParts == share ? left : available * share / std::max(parts, 1);
        header->resizeSection(column, std::max(minimum, width));
        left -= width;
        remainingParts -= share;
    }
    m_inFit = false;
}

void InboxColumnLayout::showHeaderMenu(const QPoint& at)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_table->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The reference names the case: it always stays.
        action->setEnabled(column != CaseListModel::Reference);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (m_fitting)
                fit();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, &InboxColumnLayout::applyDefaults);
    menu.exec(header->viewport()->mapToGlobal(at));
}

} // namespace casedesk
