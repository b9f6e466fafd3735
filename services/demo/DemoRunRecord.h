// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {
class Database;
}

namespace casedesk::demo {

// What a demo-data run was started with, kept in the settings table (key demo.run.<seed>) from
// before its first batch. A run killed halfway is completed by running it again: the record
// gives back the moment the data leads up to and the attachment share, so that the missing
// cases come out exactly as an uninterrupted run would have made them.
struct DemoRunRecord
{
    qint64 cases = 0;
    qint64 nowMsecs = 0;
    double attachmentShare = 0;

    static QString settingKey(quint64 seed);
    // std::nullopt when the seed was never started (or by a version that kept no record).
    static Result<std::optional<DemoRunRecord>> load(const Database& db, quint64 seed);
    VoidResult save(const Database& db, quint64 seed) const;
};

// The numbers n of the demo cases of `seed` (external id demo-<seed>-<n>) that are stored,
// ascending.
Result<QList<qint64>> storedDemoCaseNumbers(const Database& db, quint64 seed);

} // namespace casedesk::demo
