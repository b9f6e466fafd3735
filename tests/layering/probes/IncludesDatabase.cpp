// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
// Must not compile: a widget or model that reaches for the connection (see CMakeLists.txt).
#include "db/Database.h"
