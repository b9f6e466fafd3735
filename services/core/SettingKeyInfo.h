// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QString>

namespace casedesk {

// One documented key of the shared settings, as `casedeskctl settings --help` and `list` show it.
struct SettingKeyInfo
{
    QString key;
    QString description;
    QString defaultValue; // as shown to people; empty: none
};

} // namespace casedesk
