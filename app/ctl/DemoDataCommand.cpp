#include "CommandParser.h"
#include "Commands.h"
#include "CtlContext.h"

namespace casedesk::ctl {

int runDemoData(CtlContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills the database with realistic demo data."));
    if (auto stop = parseCommandLine(context, parser, QStringLiteral("demo-data --cases N [--seed S]"), 0, 0))
        return *stop;
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("demo-data is being written")));
}

} // namespace casedesk::ctl
