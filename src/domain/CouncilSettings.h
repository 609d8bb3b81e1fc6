#pragma once

#include "Validation.h"

#include <QString>

namespace hearth {

// Settings a council chooses once for the whole team; they travel from the hub to officers.
struct CouncilSettings
{
    QString councilName;
    QString primaryInstrument = QStringLiteral("ucla3"); // kpis.md: the primary loneliness instrument
    int reviewIntervalWeeks = 12;
    int suppressionThreshold = 5; // kpis.md disclosure control N
    int staleAfterMonths = 12; // directory entries past review
    int noResponseDays = 14; // referrals with no response
    int retentionYears = 6; // after closure

    FieldErrors validate() const;
    bool operator==(const CouncilSettings&) const = default;
};

} // namespace hearth
