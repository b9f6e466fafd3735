// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "FormVisibility.h"

#include "FieldCondition.h"

#include <QHash>

namespace casedesk {

QSet<QString> fieldsHiddenFromApplicant(const QList<FormPage>& pages)
{
    QHash<QString, QString> values;
    for (const FormPage& page : pages)
        for (const FormField& field : page.fields)
            values.insert(field.id, field.valueText);
    QSet<QString> hidden;
    for (const FormPage& page : pages)
        for (const FormField& field : page.fields) {
            if (field.visibleWhen.isEmpty())
                continue;
            auto condition = FieldCondition::parse(field.visibleWhen);
            if (condition.ok() && !condition->evaluate(values))
                hidden.insert(field.id);
        }
    return hidden;
}

} // namespace casedesk
