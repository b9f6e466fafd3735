// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "IntakeSupport.h"
#include "JsonSupport.h"
#include "TextRules.h"
#include "domain/FieldCondition.h"
#include "domain/FormCanonical.h"

#include <QHash>

namespace casedesk::intake {

namespace {

const QStringList PageKeys{QStringLiteral("title"), QStringLiteral("fields")};
const QStringList FieldKeys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("type"),
                            QStringLiteral("value"), QStringLiteral("visibleWhen")};

// string, number, bool, array of strings or null; checked as free text.
VoidResult checkFieldValue(const QJsonValue& value, const QString& path, const IntakeLimits& limits)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return {};
    case QJsonValue::String:
        return checkMultiLine(value.toString(), path, limits.maxMultiLineLength);
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        if (items.size() > limits.maxFieldsPerPage) {
            return invalid(path, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 items, over the limit of %2"),
                                  {items.size(), limits.maxFieldsPerPage}});
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                return invalid(indexPath(path, i),
                               QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
            if (VoidResult checked =
                    checkMultiLine(items.at(i).toString(), indexPath(path, i), limits.maxMultiLineLength);
                !checked)
                return checked;
        }
        return checkMultiLine(jsonValueToText(value), path, limits.maxMultiLineLength);
    }
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return invalid(path, QT_TRANSLATE_NOOP("casedesk::Errors",
                                           "expected a string, number, boolean, array of strings or null"));
}

Result<FormField> parseField(const QJsonValue& json, const QString& path, const IntakeLimits& limits)
{
    if (!json.isObject())
        return invalid(path, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
    const QJsonObject object = json.toObject();
    if (VoidResult known = checkKnownKeys(object, path, FieldKeys); !known)
        return known.error();

    FormField field;
    Result<QString> id =
        singleLineString(object, QStringLiteral("id"), path, true, limits.maxSingleLineLength);
    if (!id)
        return id.error();
    if (!FieldCondition::isIdentifier(id.value())) {
        return invalid(childPath(path, QStringLiteral("id")),
                       QT_TRANSLATE_NOOP(
                           "casedesk::Errors",
                           "not a valid field id (a letter or '_', then letters, digits, '_', '-' or '.')"));
    }
    field.id = id.value();

    if (!object.contains(QStringLiteral("label")))
        return invalid(childPath(path, QStringLiteral("label")),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (!object.value(QStringLiteral("label")).isString())
        return invalid(childPath(path, QStringLiteral("label")),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
    Result<QString> label =
        singleLineString(object, QStringLiteral("label"), path, false, limits.maxSingleLineLength);
    if (!label)
        return label.error();
    field.label = label.value();

    Result<QString> type =
        singleLineString(object, QStringLiteral("type"), path, true, limits.maxSingleLineLength);
    if (!type)
        return type.error();
    field.type = type.value();

    const QString valuePath = childPath(path, QStringLiteral("value"));
    if (!object.contains(QStringLiteral("value")))
        return invalid(valuePath,
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing (use null for no value)"));
    field.value = object.value(QStringLiteral("value"));
    if (VoidResult checked = checkFieldValue(field.value, valuePath, limits); !checked)
        return checked.error();
    field.valueText = jsonValueToText(field.value);

    const QString conditionPath = childPath(path, QStringLiteral("visibleWhen"));
    if (object.contains(QStringLiteral("visibleWhen"))) {
        const QJsonValue condition = object.value(QStringLiteral("visibleWhen"));
        if (!condition.isString())
            return invalid(conditionPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
        // An empty condition would vanish from the recomputed signed form; leave the key out.
        if (condition.toString().trimmed().isEmpty())
            return invalid(conditionPath, QT_TRANSLATE_NOOP("casedesk::Errors",
                                                            "must not be empty; leave the key out instead"));
        if (VoidResult checked =
                checkSingleLine(condition.toString(), conditionPath, limits.maxSingleLineLength);
            !checked)
            return checked.error();
        field.visibleWhen = condition.toString();
    }
    return field;
}

Result<FormPage> parsePage(const QJsonValue& json, const QString& path, const IntakeLimits& limits)
{
    if (!json.isObject())
        return invalid(path, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an object"));
    const QJsonObject object = json.toObject();
    if (VoidResult known = checkKnownKeys(object, path, PageKeys); !known)
        return known.error();

    FormPage page;
    if (!object.contains(QStringLiteral("title")))
        return invalid(childPath(path, QStringLiteral("title")),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (!object.value(QStringLiteral("title")).isString())
        return invalid(childPath(path, QStringLiteral("title")),
                       QT_TRANSLATE_NOOP("casedesk::Errors", "expected a string"));
    Result<QString> title =
        singleLineString(object, QStringLiteral("title"), path, false, limits.maxSingleLineLength);
    if (!title)
        return title.error();
    page.title = title.value();

    const QString fieldsPath = childPath(path, QStringLiteral("fields"));
    const QJsonValue fields = object.value(QStringLiteral("fields"));
    if (fields.isUndefined())
        return invalid(fieldsPath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (!fields.isArray())
        return invalid(fieldsPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an array"));
    const QJsonArray fieldArray = fields.toArray();
    if (fieldArray.size() > limits.maxFieldsPerPage) {
        return invalid(fieldsPath, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 fields, over the limit of %2"),
                                    {fieldArray.size(), limits.maxFieldsPerPage}});
    }
    for (qsizetype i = 0; i < fieldArray.size(); ++i) {
        Result<FormField> field = parseField(fieldArray.at(i), indexPath(fieldsPath, i), limits);
        if (!field)
            return field.error();
        page.fields.append(std::move(field).value());
    }
    return page;
}

} // namespace

Result<QList<FormPage>> parsePages(const QJsonObject& root, const IntakeLimits& limits)
{
    const QString pagesPath = QStringLiteral("pages");
    const QJsonValue pagesValue = root.value(pagesPath);
    if (pagesValue.isUndefined() || pagesValue.isNull())
        return invalid(pagesPath, QT_TRANSLATE_NOOP("casedesk::Errors", "required but missing"));
    if (!pagesValue.isArray())
        return invalid(pagesPath, QT_TRANSLATE_NOOP("casedesk::Errors", "expected an array"));
    const QJsonArray pageArray = pagesValue.toArray();
    if (pageArray.isEmpty())
        return invalid(pagesPath, QT_TRANSLATE_NOOP("casedesk::Errors", "must have at least one page"));
    if (pageArray.size() > limits.maxPages) {
        return invalid(pagesPath, {QT_TRANSLATE_NOOP("casedesk::Errors", "%1 pages, over the limit of %2"),
                                   {pageArray.size(), limits.maxPages}});
    }

    QList<FormPage> pages;
    QHash<QString, QString> fieldPaths; // id -> path of the field that has it
    for (qsizetype p = 0; p < pageArray.size(); ++p) {
        const QString pagePath = indexPath(pagesPath, p);
        Result<FormPage> page = parsePage(pageArray.at(p), pagePath, limits);
        if (!page)
            return page.error();
        for (qsizetype f = 0; f < page->fields.size(); ++f) {
            const QString fieldPath = indexPath(childPath(pagePath, QStringLiteral("fields")), f);
            const QString& id = page->fields.at(f).id;
            if (fieldPaths.contains(id)) {
                return invalid(childPath(fieldPath, QStringLiteral("id")),
                               {QT_TRANSLATE_NOOP("casedesk::Errors", "duplicate field id '%1' (also at %2)"),
                                {id, fieldPaths.value(id)}});
            }
            fieldPaths.insert(id, fieldPath);
        }
        pages.append(std::move(page).value());
    }

    // Conditions may name fields on later pages, so they are checked once all ids are known.
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (qsizetype f = 0; f < pages.at(p).fields.size(); ++f) {
            const FormField& field = pages.at(p).fields.at(f);
            if (field.visibleWhen.isEmpty())
                continue;
            const QString conditionPath =
                childPath(indexPath(childPath(indexPath(pagesPath, p), QStringLiteral("fields")), f),
                          QStringLiteral("visibleWhen"));
            Result<FieldCondition> condition = FieldCondition::parse(field.visibleWhen);
            if (!condition)
                return withField(condition.error(), conditionPath);
            for (const QString& referenced : condition->referencedFields()) {
                if (!fieldPaths.contains(referenced))
                    return invalid(conditionPath,
                                   {QT_TRANSLATE_NOOP("casedesk::Errors", "refers to unknown field '%1'"),
                                    {referenced}});
            }
        }
    }
    return pages;
}

} // namespace casedesk::intake
