// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

// A small element tree read with QXmlStreamReader, refusing DTDs and entity references; used
// by OepXmlParser.cpp and by the Navet response parser (services/navet).

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace casedesk::intake {

struct XmlElement
{
    QString name; // local name
    QString namespaceUri;
    QString text; // the element's own character data (CDATA included), not its children's
    QList<std::pair<QString, QString>> attributes; // local name and value, in document order
    QList<XmlElement> children;
    qint64 line = 0;

    // The first child with this local name, or nullptr.
    const XmlElement* child(const QString& localName, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // The first child's text with trailing whitespace removed; empty when there is none.
    QString childText(const QString& localName, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QList<const XmlElement*> childrenNamed(const QString& localName) const;
    // The value of the attribute with this local name; empty when there is none.
    QString attribute(const QString& localName) const;
};

struct XmlTreeLimits
{
    int maxDepth = 32;
    qint64 maxElements = 200000;
};

// Parses the whole document. Errors have field "$" and name the line:
// "not well-formed XML at line 12, column 3: Opening and ending tag mismatch."
Result<XmlElement> readXmlTree(const QByteArray& data, const XmlTreeLimits& limits = {});

} // namespace casedesk::intake
