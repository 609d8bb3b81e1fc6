#pragma once

#include "Sqlite.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace hearth::demo {

struct DemoPlanCounts
{
    int strategies = 0, priorities = 0, items = 0, updates = 0;
};

// Writes the demo council's loneliness strategy (issue 6) straight into the caller's transaction:
// "Tackling loneliness together", a three-year plan that began in the April before last, with the
// five priorities councils' own plans share (raise awareness, map services and gaps, build the
// social prescribing model, train staff to identify loneliness, grow community opportunities),
// three or four actions each led by the demo officers with partners such as Age UK, Citizens
// Advice, the local CVS and the NHS ICB, and dated progress updates up to `today`. As of `today`
// there are actions in every status, some overdue, some at risk or off track and some without a
// recent update. The same seed and `today` give the same rows.
DemoPlanCounts writeDemoActionPlan(sql::Connection& db, std::uint64_t seed, const QString& siteId, const QDate& today,
                                   const QString& managerId, const QStringList& officerIds);

} // namespace hearth::demo
