#include "Session.h"

#include "db/Database.h"

namespace casedesk {

Session::Session(const Database& db)
    : url(db.url())
    , currentUser(db.currentUser())
{}

} // namespace casedesk
