// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "CommandParser.h"

#include "CtlContext.h"

namespace casedesk::ctl {

std::optional<int> parseCommandLine(CtlContext& context, QCommandLineParser& parser, const QString& usage,
                                    int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList arguments = context.arguments();
    arguments.prepend(QStringLiteral("casedeskctl"));
    if (!parser.parse(arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out() << "Usage: casedeskctl [--db URL] " << usage << "\n\n"
                      << parser.helpText().section(QLatin1Char('\n'), 1);
        context.out().flush();
        return ExitOk;
    }
    // The first positional argument is the command's own name.
    const qsizetype count = parser.positionalArguments().size() - 1;
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
        return context.usage(QStringLiteral("usage: casedeskctl ") + usage);
    return std::nullopt;
}

} // namespace casedesk::ctl
