// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace casedesk::test {

// tests/data, from CASEDESK_TESTDATA (set by CTest) or relative to this source file.
inline QString testDataPath(const QString& relative)
{
    QString root = qEnvironmentVariable("CASEDESK_TESTDATA");
    if (root.isEmpty())
        root = QStringLiteral(CASEDESK_SOURCE_TESTDATA);
    return root + QLatin1Char('/') + relative;
}

inline QByteArray readTestData(const QString& relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open test data " << relative.toStdString() << ": "
                      << file.errorString().toStdString();
        return {};
    }
    return file.readAll();
}

} // namespace casedesk::test

// Readable QString assertions.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
