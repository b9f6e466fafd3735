#include "DesktopStart.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "demo/DemoDataGenerator.h"
#include "repositories/CaseRepository.h"

namespace casedesk {

namespace {

constexpr int kDemoCases = 2000;

} // namespace

Result<Session> prepareDesktopDatabase(const DatabaseUrl& url, bool fillDemo)
{
    // The embedded file is ours to make on first start (run-demo.sh starts on a new one); a
    // shared server database is made by its administrator.
    auto db = Database::open(url, OpenMode::CreateIfMissing);
    if (!db.ok())
        return db.error();
    const Migrator migrator(**db);
    if (url.isEmbedded()) {
        if (auto migrated = migrator.migrate(); !migrated.ok())
            return migrated.error();
    } else if (auto current = migrator.requireCurrent(); !current.ok()) {
        return current.error();
    }
    if (fillDemo) {
        // A first start that was closed or killed while filling is completed on the next.
        auto existing = CaseRepository(**db).count(CaseQuery());
        auto unfinished = DemoDataGenerator::unfinished(**db, 1);
        if ((existing.ok() && *existing == 0) || (unfinished.ok() && *unfinished)) {
            if (auto r = DemoDataGenerator(**db, kDemoCases, 1).run(); !r.ok())
                return r.error();
        }
    }
    return Session(**db);
}

} // namespace casedesk
