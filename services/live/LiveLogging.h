#pragma once

#include <QLoggingCategory>

// casedesk.live: the change feed (listener connection, reconnects). Never personal data.
Q_DECLARE_LOGGING_CATEGORY(lcLive)
