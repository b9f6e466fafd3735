#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "casedesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "casedesk.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "casedesk.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "casedesk.retention", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "casedesk.demo", QtInfoMsg)
