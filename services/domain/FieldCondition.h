// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

namespace casedesk {

// A form field's visibility condition, e.g. "hasCar == 'Ja'" or
// "(a == 'x' || b != 'y') && !c". Grammar: or := and ('||' and)*; and := unary ('&&' unary)*;
// unary := '!' unary | '(' or ')' | ident (('=='|'!=') literal)?; literal is a quoted string
// ('..' or ".."), a number, true or false. A bare ident is true when the field has a non-empty
// value other than "false"/"Nej"/"0" (compared case-insensitively, trimmed). `ident == true`
// is the same as the bare ident and `ident == false` its negation; a number literal compares
// numerically when the value is a number; a string literal compares with the trimmed value.
// Parse errors name the 0-based character offset: "unexpected character '#' at 7".
class FieldCondition
{
public:
    struct Node;
    static Result<FieldCondition> parse(const QString& expression);
    bool evaluate(const QHash<QString, QString>& fieldValues) const;

    // Whether `id` can be named in a condition: a letter or '_', then letters, digits, '_',
    // '-' or '.'; not "true" or "false".
    static bool isIdentifier(const QString& id);

    // The field ids the condition reads, each once, in order of appearance.
    QStringList referencedFields() const;

    FieldCondition(const FieldCondition&) = default;
    FieldCondition& operator=(const FieldCondition&) = default;
    ~FieldCondition();

private:
    explicit FieldCondition(std::shared_ptr<const Node> root);
    std::shared_ptr<const Node> m_root;
};

} // namespace casedesk
