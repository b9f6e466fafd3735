// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

class QApplication;

namespace casedesk {

// Parses the command line (--db, --demo, --lang), installs the translation, opens and if
// needed creates the database, and runs the main window.
int runGui(QApplication& app);

} // namespace casedesk
