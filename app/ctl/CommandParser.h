// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include <QCommandLineParser>

#include <optional>

namespace casedesk::ctl {

class CtlContext;

// Parses a command's own arguments with --help. Returns an exit code when the command should
// stop here (help shown: 0, bad usage: 2), nothing when it should go on.
std::optional<int> parseCommandLine(CtlContext& context, QCommandLineParser& parser, const QString& usage,
                                    int minPositional, int maxPositional);

} // namespace casedesk::ctl
