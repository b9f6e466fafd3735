// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "XmlTree.h"

#include <QXmlStreamReader>

#include <optional>
#include <vector>

namespace casedesk::intake {

namespace {

Error xmlError(ErrorText reason)
{
    return makeError(ErrorCode::InvalidInput, std::move(reason), QStringLiteral("$"));
}

Error xmlErrorAt(const QXmlStreamReader& reader, ErrorText reason)
{
    return xmlError({QT_TRANSLATE_NOOP("casedesk::Errors", "%1 (line %2, column %3)"),
                     {reason, reader.lineNumber(), reader.columnNumber()}});
}

// Open ePlatform writes XML 1.1 when it is told to use UTF-8; QXmlStreamReader reads only
// 1.0, and nothing in an export needs what 1.1 adds. Rewrites the version in the declaration.
QByteArray asXml10(const QByteArray& data)
{
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (data.mid(start, 5) != "<?xml")
        return data;
    const qsizetype end = data.indexOf("?>", start);
    if (end < 0 || end > start + 200)
        return data;
    const QByteArray declaration = data.mid(start, end - start);
    for (const char* version : {"version=\"1.1\"", "version='1.1'"}) {
        const qsizetype at = declaration.indexOf(version);
        if (at >= 0) {
            QByteArray copy = data;
            copy[start + at + 11] = '0';
            return copy;
        }
    }
    return data;
}

} // namespace

const XmlElement* XmlElement::child(const QString& localName, Qt::CaseSensitivity cs) const
{
    for (const XmlElement& element : children) {
        if (element.name.compare(localName, cs) == 0)
            return &element;
    }
    return nullptr;
}

QString XmlElement::childText(const QString& localName, Qt::CaseSensitivity cs) const
{
    const XmlElement* element = child(localName, cs);
    if (!element)
        return {};
    QString text = element->text;
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}

QList<const XmlElement*> XmlElement::childrenNamed(const QString& localName) const
{
    QList<const XmlElement*> result;
    for (const XmlElement& element : children) {
        if (element.name == localName)
            result.append(&element);
    }
    return result;
}

QString XmlElement::attribute(const QString& localName) const
{
    for (const auto& [name, value] : attributes) {
        if (name == localName)
            return value;
    }
    return {};
}

Result<XmlElement> readXmlTree(const QByteArray& data, const XmlTreeLimits& limits)
{
    QXmlStreamReader reader(asXml10(data));
    std::vector<XmlElement> open;
    std::optional<XmlElement> root;
    qint64 elements = 0;

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // Blocks external entities (XXE) and entity expansion (billion laughs) at the root.
            return xmlErrorAt(reader,
                              QT_TRANSLATE_NOOP("casedesk::Errors", "DTD declarations are not accepted"));
        case QXmlStreamReader::EntityReference:
            return xmlErrorAt(reader,
                              QT_TRANSLATE_NOOP("casedesk::Errors", "entity references are not accepted"));
        case QXmlStreamReader::StartElement: {
            if (root)
                return xmlErrorAt(reader,
                                  QT_TRANSLATE_NOOP("casedesk::Errors", "content after the root element"));
            if (int(open.size()) >= limits.maxDepth)
                return xmlErrorAt(reader,
                                  {QT_TRANSLATE_NOOP("casedesk::Errors", "elements nested more than %1 deep"),
                                   {limits.maxDepth}});
            if (++elements > limits.maxElements)
                return xmlErrorAt(reader, {QT_TRANSLATE_NOOP("casedesk::Errors", "more than %1 elements"),
                                           {limits.maxElements}});
            XmlElement element;
            element.name = reader.name().toString();
            element.namespaceUri = reader.namespaceUri().toString();
            element.line = reader.lineNumber();
            for (const QXmlStreamAttribute& attribute : reader.attributes())
                element.attributes.append({attribute.name().toString(), attribute.value().toString()});
            open.push_back(std::move(element));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlElement element = std::move(open.back());
            open.pop_back();
            // Indentation between child elements is not text.
            if (!element.children.isEmpty() && element.text.trimmed().isEmpty())
                element.text.clear();
            if (open.empty())
                root = std::move(element);
            else
                open.back().children.append(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back().text.append(reader.text());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        }
    }
    if (reader.hasError()) {
        return xmlError(
            {QT_TRANSLATE_NOOP("casedesk::Errors", "not well-formed XML at line %1, column %2: %3"),
             {reader.lineNumber(), reader.columnNumber(), reader.errorString()}});
    }
    if (!root)
        return xmlError(QT_TRANSLATE_NOOP("casedesk::Errors", "no root element"));
    return std::move(*root);
}

} // namespace casedesk::intake
