// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PdfReadBack.h"

#include <QFile>
#include <QPdfDocument>
#include <QTemporaryDir>

namespace casedesk::test {

PdfReadBack readPdf(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    PdfReadBack result;
    result.pages = document.pageCount();
    for (int i = 0; i < result.pages; ++i)
        result.text << document.getAllText(i).text();
    return result;
}

} // namespace casedesk::test
