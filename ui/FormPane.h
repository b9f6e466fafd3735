// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "domain/Submission.h"

#include <QWidget>

class QCheckBox;
class QTreeView;

namespace casedesk {

class FormModel;

// The Form tab: the form as submitted, every answer whole (wrapped, line breaks kept, never cut
// off with "…"), answers copied with the standard Copy shortcut or the context menu, and a
// switch that also shows the fields the applicant did not see, marked as such, with their count.
class FormPane : public QWidget
{
    Q_OBJECT
public:
    explicit FormPane(QWidget* parent = nullptr);
    void setPages(const QList<FormPage>& pages);
    // The selected rows as text: "question: answer" per field, a page's title alone.
    QString selectedText() const;

private:
    void copySelection() const;
    void updateHiddenSwitch();

    FormModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QCheckBox* m_showHidden = nullptr;
};

} // namespace casedesk
