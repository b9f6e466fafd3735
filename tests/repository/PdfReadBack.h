// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QByteArray>
#include <QStringList>

namespace casedesk::test {

// A PDF CaseDesk wrote, opened with QtPdf (pdfium) as a viewer opens it: its pages' text;
// pages is -1 when it does not open.
struct PdfReadBack
{
    int pages = -1;
    QStringList text;
};

PdfReadBack readPdf(const QByteArray& pdf);

} // namespace casedesk::test
